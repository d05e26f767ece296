#pragma once
// The client side of one live query: its current id, and the queue its notifications land in until next()
// takes them. Shared by the stream (consumer) and the client core (producer, resubscriber).
#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include <surreal/live.hpp>
#include <surreal/value.hpp>

namespace surreal::detail {

class ClientCore;

class LiveSubscription {
 public:
  LiveSubscription(std::weak_ptr<ClientCore> core, std::optional<Uuid> session, std::string table, bool diff,
                   int slot)
      : core_(std::move(core)),
        session_(std::move(session)),
        table_(std::move(table)),
        diff_(diff),
        slot_(slot) {}

  /// Queues one notification (`result` map of the server's message). KILLED ends the stream.
  void deliver(const Value& notification);
  /// Takes the next change; waits up to `timeout` (forever when absent).
  std::optional<RawLiveChange> next(std::optional<std::chrono::milliseconds> timeout);
  /// Ends the stream without telling the server (connection lost for good, or already killed).
  void end(const std::string& reason);
  /// Kills the query on the server (best effort) and ends the stream.
  void close();

  Uuid id() const;
  void set_id(const Uuid& id);
  bool ended() const;
  std::string end_reason() const;

  const std::optional<Uuid>& session() const noexcept { return session_; }
  const std::string& table() const noexcept { return table_; }
  bool diff() const noexcept { return diff_; }
  int slot() const noexcept { return slot_; }

 private:
  std::weak_ptr<ClientCore> core_;
  std::optional<Uuid> session_;
  std::string table_;
  bool diff_;
  int slot_;

  mutable std::mutex mutex_;
  std::condition_variable arrived_;
  std::deque<Value> queue_;
  Uuid id_;
  bool ended_ = false;
  std::string end_reason_;
};

}  // namespace surreal::detail

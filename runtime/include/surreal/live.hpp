#pragma once
// Live queries: a stream of changes to a table.
//
//   auto stream = db.live<app::User>("user");                  // LIVE SELECT * FROM user
//   while (auto change = stream.next(std::chrono::seconds(5))) // nullopt: timed out or the stream ended
//     handle(change->action, change->record, change->result);
//   for (const auto& change : stream) { … }                    // blocks until the stream ends
//
// Destroying or closing the stream kills the live query. With Options::auto_resubscribe a stream survives a
// reconnect: the query is issued again and keeps delivering (its id() changes; Options::on_reconnect is
// told).
#include <chrono>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <surreal/patch.hpp>
#include <surreal/value.hpp>

namespace surreal {

enum class LiveAction { Create, Update, Delete, Killed };

/// "CREATE", "UPDATE", "DELETE", "KILLED".
std::string_view to_string(LiveAction action) noexcept;

struct LiveOptions {
  /// Deliver JSON Patch operations (LIVE SELECT DIFF) instead of whole records.
  bool diff = false;
  /// Call timeout for issuing the query (default: Options::timeout).
  std::optional<std::chrono::milliseconds> timeout;
};

template <class T>
struct LiveChange {
  LiveAction action = LiveAction::Create;
  Uuid query_id;              // the live query that produced it
  RecordId record;            // the changed record (empty for KILLED)
  std::optional<T> result;    // the record after the change (before it, for DELETE); empty in DIFF mode
  std::vector<PatchOp> diff;  // DIFF mode: the operations that turn the old record into the new one
  Value raw;                  // the notification's result as sent
};

namespace detail {
class LiveSubscription;
struct RawLiveChange {
  LiveAction action;
  Uuid query_id;
  Value record;
  Value result;
};
}  // namespace detail

/// The untyped part of every LiveStream: owns the subscription and kills the query when it goes away.
class LiveStreamBase {
 public:
  explicit LiveStreamBase(std::shared_ptr<detail::LiveSubscription> subscription);
  LiveStreamBase(LiveStreamBase&&) noexcept = default;
  LiveStreamBase& operator=(LiveStreamBase&& other) noexcept;
  LiveStreamBase(const LiveStreamBase&) = delete;
  LiveStreamBase& operator=(const LiveStreamBase&) = delete;
  ~LiveStreamBase();

  /// The current live-query id (changes when the query is issued again after a reconnect).
  Uuid id() const;
  const std::string& table() const;
  bool diff() const;
  /// Kills the live query (best effort) and ends the stream. Idempotent.
  void close();
  /// True once the stream ended: closed, killed by the server, or its connection lost for good.
  bool closed() const;
  /// Why the stream ended (empty while it runs).
  std::string close_reason() const;

 protected:
  /// The next change, waiting up to `timeout` (forever when absent); nullopt on timeout or when the stream
  /// ended.
  std::optional<detail::RawLiveChange> next_raw(std::optional<std::chrono::milliseconds> timeout);

 private:
  std::shared_ptr<detail::LiveSubscription> subscription_;
};

template <class T>
class LiveStream : public LiveStreamBase {
 public:
  using LiveStreamBase::LiveStreamBase;

  /// The next change within `timeout`, or nullopt (timed out or stream ended: see closed()).
  std::optional<LiveChange<T>> next(std::chrono::milliseconds timeout) { return convert(next_raw(timeout)); }
  /// The next change, waiting as long as it takes; nullopt when the stream ended.
  std::optional<LiveChange<T>> next() { return convert(next_raw(std::nullopt)); }

  class iterator {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = LiveChange<T>;
    using difference_type = std::ptrdiff_t;
    using pointer = const value_type*;
    using reference = const value_type&;

    iterator() = default;
    explicit iterator(LiveStream* stream) : stream_(stream) { ++*this; }
    reference operator*() const { return *current_; }
    pointer operator->() const { return &*current_; }
    iterator& operator++() {
      current_ = stream_->next();
      if (!current_) stream_ = nullptr;
      return *this;
    }
    void operator++(int) { ++*this; }
    friend bool operator==(const iterator& a, const iterator& b) { return a.stream_ == b.stream_; }

   private:
    LiveStream* stream_ = nullptr;
    std::optional<LiveChange<T>> current_;
  };
  iterator begin() { return iterator(this); }
  iterator end() { return iterator(); }

 private:
  std::optional<LiveChange<T>> convert(std::optional<detail::RawLiveChange> raw) const {
    if (!raw) return std::nullopt;
    LiveChange<T> change;
    change.action = raw->action;
    change.query_id = raw->query_id;
    if (const auto* id = raw->record.template get_if<RecordId>()) change.record = *id;
    if (diff() && raw->result.is_array()) {
      for (const Value& op : raw->result.as_array()) change.diff.push_back(PatchOp::from_value(op));
    } else if (!raw->result.is_none() && raw->action != LiveAction::Killed) {
      change.result = from_value<T>(raw->result);
    }
    change.raw = std::move(raw->result);
    return change;
  }
};

}  // namespace surreal

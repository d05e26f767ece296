#pragma once
// The shared heart of a Client: its connections (slots), the state of each session (replayed after a
// reconnect), the live queries, and the maintenance thread that reconnects dead WebSocket connections with
// backoff.
#include "../transport/endpoint.hpp"
#include "live_subscription.hpp"
#include "rpc_channel.hpp"

#include <surreal/options.hpp>
#include <surreal/value.hpp>

#include <atomic>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace surreal::detail {

/// Per-call choices beyond method and params.
struct CallOptions {
  std::optional<std::chrono::milliseconds> timeout;
  std::optional<Uuid> txn;
  int slot = -1;             // use this connection (transactions, live queries); -1: the least busy one
  int* used_slot = nullptr;  // receives the connection that served the call
};

/// What the server must know about a session; replayed on every new connection.
struct SessionState {
  std::optional<Uuid> id;  // empty: the connection's default session
  std::string ns, db;
  std::optional<Value>
      credentials;  // signin params, to sign in again (a token may not survive a server restart)
  std::string token;
  Object vars;
};

class ClientCore : public std::enable_shared_from_this<ClientCore> {
 public:
  static std::shared_ptr<ClientCore> connect(const std::string& url, Options options);
  ~ClientCore();
  ClientCore(const ClientCore&) = delete;
  ClientCore& operator=(const ClientCore&) = delete;

  /// Runs one RPC in `session`, keeping the session state up to date. Thread-safe.
  Value call(const std::optional<Uuid>& session, const std::string& method, Array params,
             const CallOptions& call = {});
  /// Sends one RPC in `session` and returns at once (Client::query_async); conflicts are retried when the
  /// answer is awaited. Only for methods that leave the session state alone. Thread-safe.
  std::shared_ptr<InFlightCall> start(const std::optional<Uuid>& session, const std::string& method,
                                      Array params, const CallOptions& call = {});
  /// Makes `request` from attempt number `attempt` on (0: the first), sending it again after a retryable
  /// conflict of which nothing was committed, until the retries are used up.
  /// How often a call is sent again after a retryable conflict of which nothing was committed (0: never).
  std::size_t conflict_retries_for(const CallOptions& call) const;
  Value call_from_attempt(const std::optional<Uuid>& session, const RpcRequest& request,
                          const CallOptions& call, std::chrono::milliseconds timeout, std::size_t attempt);

  /// True when the calling thread has a Pipeline on this client: its calls are sent deferred.
  bool pipelined_here() const;
  /// Writes the deferred calls of every connection. Tries them all; throws the first ConnectionError.
  void flush();

  const Options& options() const noexcept { return options_; }
  const std::string& server_version() const noexcept { return version_text_; }
  int server_major() const noexcept { return version_major_; }
  bool websocket() const noexcept { return endpoint_.websocket(); }

  /// Throws UnsupportedError when the server (or the transport) lacks `method`.
  void require(const std::string& method) const;

  void add_session(const Uuid& id);
  void remove_session(const Uuid& id);

  /// Registers a live query whose `live` call returned `id` (delivers notifications that arrived before).
  void register_live(const std::shared_ptr<LiveSubscription>& subscription);
  void unregister_live(const Uuid& id);

  void close();
  void simulate_connection_loss();

 private:
  struct Slot {
    std::shared_ptr<RpcChannel> channel;
    std::size_t failures = 0;
    std::chrono::steady_clock::time_point next_attempt{};
    bool given_up = false;
  };

  ClientCore(Endpoint endpoint, Options options);
  /// The request for one call, deferred when the calling thread pipelines (see pipelined_here()).
  RpcRequest request_for(const std::optional<Uuid>& session, const std::string& method, Array params,
                         const CallOptions& call) const;
  std::shared_ptr<RpcChannel> open_channel(std::size_t slot);
  /// The channel to use and its index: `wanted` if >= 0, else the open one with the fewest calls in flight.
  /// Waits (up to `deadline`) while every connection is being re-established.
  std::pair<std::shared_ptr<RpcChannel>, int> pick(int wanted, std::chrono::steady_clock::time_point deadline,
                                                   const std::string& method);
  std::vector<std::shared_ptr<RpcChannel>> open_channels();
  Value call_websocket(const std::optional<Uuid>& session, const RpcRequest& request, const CallOptions& call,
                       std::chrono::milliseconds timeout);
  Value call_http(const std::optional<Uuid>& session, RpcRequest request, const CallOptions& call,
                  std::chrono::milliseconds timeout);
  void record_state(const std::optional<Uuid>& session, const std::string& method, const Array& params,
                    const Value& result);
  SessionState session_state(const std::optional<Uuid>& session) const;

  void on_notification(const Value& notification);
  void on_disconnect(std::size_t slot);
  void end_lives_of_slot(std::size_t slot, const std::string& reason);
  void maintenance_loop();
  void reconnect_slot(std::size_t slot);
  void replay(RpcChannel& channel, std::size_t slot);

  Endpoint endpoint_;
  Options options_;
  std::string version_text_ = "unknown version";
  int version_major_ = 0;

  mutable std::mutex slots_mutex_;
  std::condition_variable slots_changed_;
  std::vector<Slot> slots_;
  std::size_t round_robin_ = 0;

  mutable std::mutex sessions_mutex_;
  std::map<std::string, SessionState> sessions_;  // key: session uuid text, "" for the default session

  std::mutex lives_mutex_;
  std::map<std::string, std::weak_ptr<LiveSubscription>> lives_;  // key: live-query uuid text
  std::map<std::string, std::vector<Value>>
      early_notifications_;  // arrived before their `live` call returned

  std::mutex maintenance_mutex_;
  std::condition_variable maintenance_wake_;
  std::atomic<bool> stopping_{false};
  bool wake_requested_ = false;
  std::thread maintenance_;
};

}  // namespace surreal::detail

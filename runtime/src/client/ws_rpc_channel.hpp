#pragma once
// RPC over one WebSocket connection: request ids, a table of pending calls, live notifications handed up.
#include "../transport/one_shot_signal.hpp"
#include "../transport/websocket_connection.hpp"
#include "rpc_channel.hpp"

#include <mutex>
#include <utility>
#include <vector>

namespace surreal::detail {

class WsRpcChannel final : public RpcChannel, public std::enable_shared_from_this<WsRpcChannel> {
 public:
  /// A live-query notification: the `result` map {id, action, record, result[, session]}.
  using NotificationHandler = std::function<void(const Value& notification)>;
  /// The connection is gone (not called for close()).
  using DisconnectHandler = std::function<void(const std::string& reason)>;

  /// Opens the connection; throws ConnectionError.
  static std::shared_ptr<WsRpcChannel> open(const WebSocketSettings& settings,
                                            NotificationHandler on_notification,
                                            DisconnectHandler on_disconnect);
  ~WsRpcChannel() override;

  Value call(const RpcRequest& request, std::chrono::milliseconds timeout,
             const HttpSessionHeaders* headers) override;
  std::shared_ptr<InFlightCall> start(const RpcRequest& request, std::chrono::milliseconds timeout,
                                      const HttpSessionHeaders* headers) override;
  void flush() override;
  bool is_open() const override;
  std::size_t in_flight() const override;
  void close() override;
  void abort() override;

 private:
  /// One call waiting for its answer. A blocking call keeps it on the caller's stack: no allocation, promise
  /// or reference count per call. The thread reading the connection takes it out of pending_ (under mutex_),
  /// fills it in, then sets `answered`, after which it never touches it again. A call in flight (start())
  /// keeps it on the heap, owned by its pending_ entry and by its InFlightCall alike.
  struct Waiter {
    explicit Waiter(std::string called) : method(std::move(called)) {}
    std::string method;
    std::uint64_t id = 0;    // set by send()
    bool pipelined = false;  // sent in a Client::pipeline(): its wait lets answers gather
    OneShotSignal answered;
    bool has_error = false;
    Value result;                 // the result, or the error object when has_error
    std::string connection_lost;  // set instead when the connection went away
  };

  WsRpcChannel(std::string url, NotificationHandler on_notification, DisconnectHandler on_disconnect);
  class InFlight;
  /// A pending_ entry: the waiter, and for a call in flight the owner that keeps it alive.
  struct PendingEntry {
    Waiter* waiter = nullptr;  // its id is the call's
    std::shared_ptr<Waiter> owner;
  };

  /// Registers `waiter` and sends the request; throws ConnectionError.
  void send(const RpcRequest& request, Waiter& waiter, std::shared_ptr<Waiter> owner);
  /// Waits for the answer of a sent call and returns it, or throws (timeout, lost connection, server error).
  Value await(Waiter& waiter, std::chrono::steady_clock::time_point deadline,
              std::chrono::milliseconds timeout);
  void handle_message(std::string_view bytes);
  void handle_close(const std::string& reason);
  void fail_all(const std::string& reason);
  /// Removes and returns the entry of call `id` (waiter nullptr when absent); the caller holds mutex_.
  PendingEntry take_pending(std::uint64_t id);
  /// How many bytes of answers a pipelined wait lets gather: half of the calls in flight, at the size of the
  /// smallest recent answer (0 when fewer than two are in flight). The smallest, not the average: a mark the
  /// answers in flight cannot reach would hold every wait for the whole gather window.
  std::size_t gather_bytes() const;

  std::string url_;
  NotificationHandler on_notification_;
  DisconnectHandler on_disconnect_;
  mutable std::mutex mutex_;
  // Calls in flight: a flat list, searched linearly (rarely more than a few dozen entries), so a call
  // allocates no map node.
  std::vector<PendingEntry> pending_;
  std::uint64_t next_id_ = 1;
  // The smallest recent answer size (for gather_bytes()): lowered by each smaller answer, it creeps up by
  // 1/16 per larger one, so it follows the sizes a workload has now. Written by the thread reading answers.
  std::atomic<std::size_t> small_answer_bytes_{0};
  bool closed_ = false;
  std::atomic<bool> closing_by_us_{false};
  // Declared last: destroyed first, so its background thread stops while the members above still exist.
  std::unique_ptr<WebSocketConnection> connection_;
};

}  // namespace surreal::detail

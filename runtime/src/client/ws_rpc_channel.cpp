#include "ws_rpc_channel.hpp"

#include "rpc_request_encoding.hpp"
#include "server_error.hpp"

#include <surreal/cbor.hpp>
#include <surreal/error.hpp>

#include <algorithm>

namespace surreal::detail {

namespace {

/// now + timeout, saturated: "wait for ever" may be written as a huge timeout.
std::chrono::steady_clock::time_point deadline_after(std::chrono::milliseconds timeout) {
  const auto now = std::chrono::steady_clock::now();
  if (timeout >= std::chrono::duration_cast<std::chrono::milliseconds>(
                     std::chrono::steady_clock::time_point::max() - now))
    return std::chrono::steady_clock::time_point::max();
  return now + timeout;
}

}  // namespace

WsRpcChannel::WsRpcChannel(std::string url, NotificationHandler on_notification,
                           DisconnectHandler on_disconnect)
    : url_(std::move(url)),
      on_notification_(std::move(on_notification)),
      on_disconnect_(std::move(on_disconnect)) {
  pending_.reserve(64);
}

std::shared_ptr<WsRpcChannel> WsRpcChannel::open(const WebSocketSettings& settings,
                                                 NotificationHandler on_notification,
                                                 DisconnectHandler on_disconnect) {
  std::shared_ptr<WsRpcChannel> channel(
      new WsRpcChannel(settings.url, std::move(on_notification), std::move(on_disconnect)));
  // The callbacks run on whichever thread reads the connection and may outlive a channel being destroyed:
  // they hold it weakly.
  std::weak_ptr<WsRpcChannel> weak = channel;
  channel->connection_ = WebSocketConnection::open(
      settings,
      [weak](std::string_view bytes) {
        if (auto self = weak.lock()) self->handle_message(bytes);
      },
      [weak](const std::string& reason) {
        if (auto self = weak.lock()) self->handle_close(reason);
      },
      [weak]() -> std::size_t {
        auto self = weak.lock();
        return self ? self->gather_bytes() : 0;
      });
  return channel;
}

WsRpcChannel::~WsRpcChannel() {
  closing_by_us_ = true;
  fail_all("the client was closed");
}

Value WsRpcChannel::call(const RpcRequest& request, std::chrono::milliseconds timeout,
                         const HttpSessionHeaders*) {
  const auto deadline = deadline_after(timeout);
  Waiter waiter(request.method);
  send(request, waiter, nullptr);
  return await(waiter, deadline, timeout);
}

/// The handle of a call in flight: the channel (kept open by it) and the shared waiter.
class WsRpcChannel::InFlight final : public InFlightCall {
 public:
  InFlight(std::shared_ptr<WsRpcChannel> channel, std::shared_ptr<Waiter> waiter,
           std::chrono::milliseconds timeout)
      : channel_(std::move(channel)),
        waiter_(std::move(waiter)),
        deadline_(deadline_after(timeout)),
        timeout_(timeout) {}
  bool ready() const override {
    if (waiter_->answered.is_set()) return true;
    // Asked before anything waited: the call's own frame may still be deferred, and someone polling ready()
    // would then never see it answered.
    try {
      channel_->flush();
    } catch (const ConnectionError&) {
      // The connection is closing, which answers this call with a ConnectionError.
    }
    return waiter_->answered.is_set();
  }
  Value await() override { return channel_->await(*waiter_, deadline_, timeout_); }

 private:
  std::shared_ptr<WsRpcChannel> channel_;
  std::shared_ptr<Waiter> waiter_;
  std::chrono::steady_clock::time_point deadline_;
  std::chrono::milliseconds timeout_;
};

std::shared_ptr<InFlightCall> WsRpcChannel::start(const RpcRequest& request,
                                                  std::chrono::milliseconds timeout,
                                                  const HttpSessionHeaders*) {
  auto waiter = std::make_shared<Waiter>(request.method);
  send(request, *waiter, waiter);
  return std::make_shared<InFlight>(shared_from_this(), std::move(waiter), timeout);
}

void WsRpcChannel::send(const RpcRequest& request, Waiter& waiter, std::shared_ptr<Waiter> owner) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (closed_) throw ConnectionError("`" + request.method + "`: the connection to " + url_ + " is closed");
    waiter.id = next_id_++;
    waiter.pipelined = request.deferred;
    pending_.push_back(PendingEntry{&waiter, std::move(owner)});
  }
  try {
    connection_->send(encode_rpc_request(request, waiter.id), request.deferred
                                                                  ? WebSocketConnection::Write::deferred
                                                                  : WebSocketConnection::Write::now);
  } catch (...) {
    std::unique_lock<std::mutex> lock(mutex_);
    if (take_pending(waiter.id).waiter == nullptr) {
      // fail_all() took it (the connection went away meanwhile) and is about to set it: wait, it may be on
      // our stack.
      lock.unlock();
      waiter.answered.wait();
    }
    throw;
  }
}

Value WsRpcChannel::await(Waiter& waiter, std::chrono::steady_clock::time_point deadline,
                          std::chrono::milliseconds timeout) {
  if (!connection_->wait(waiter.answered, deadline, waiter.pipelined)) {
    std::unique_lock<std::mutex> lock(mutex_);
    if (take_pending(waiter.id).waiter != nullptr)
      throw TimeoutError("`" + waiter.method + "` got no answer from " + url_ + " within " +
                         std::to_string(timeout.count()) + " ms");
    // The reading thread took it between the deadline and the lock: the answer is ours after all, in a
    // moment.
    lock.unlock();
    waiter.answered.wait();
  }
  if (!waiter.connection_lost.empty()) throw ConnectionError(waiter.connection_lost);
  // The error is built here, on the caller's thread, rather than carried over as an exception_ptr.
  if (waiter.has_error) throw_rpc_error(waiter.result, waiter.method, server_version_);
  return std::move(waiter.result);
}

std::size_t WsRpcChannel::gather_bytes() const {
  std::size_t in_flight = 0;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    in_flight = pending_.size();
  }
  return in_flight / 2 * small_answer_bytes_.load(std::memory_order_relaxed);
}

void WsRpcChannel::handle_message(std::string_view bytes) {
  // Only the thread reading the connection writes it: a plain load and store suffice. Frame heads are not
  // counted, which keeps the mark below what the answers really take on the wire.
  const std::size_t small = small_answer_bytes_.load(std::memory_order_relaxed);
  small_answer_bytes_.store(small == 0 ? bytes.size() : std::min(bytes.size(), small + small / 16 + 1),
                            std::memory_order_relaxed);
  RpcReply reply;
  try {
    reply = split_rpc_reply(cbor::decode(bytes));
  } catch (const ProtocolError&) {
    // A frame we cannot decode cannot be routed to a caller either; the caller's timeout reports it.
    return;
  }
  if (!reply.id) {
    // No id: a live notification {result: {id, action, record, result}}, or an id-less error such as -32700.
    if (!reply.has_error && reply.result.is_object() && reply.result.contains("action") && on_notification_)
      on_notification_(reply.result);
    return;
  }
  PendingEntry entry;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    entry = take_pending(*reply.id);
    if (entry.waiter == nullptr) return;  // its caller timed out already
  }
  // Out of pending_, the waiter is ours until set(): its caller waits for the signal even after a timeout.
  // (entry.owner, for a call in flight, keeps it alive until then even when its handle is gone.)
  entry.waiter->has_error = reply.has_error;
  entry.waiter->result = std::move(reply.result);
  entry.waiter->answered.set();
}

void WsRpcChannel::handle_close(const std::string& reason) {
  fail_all(reason);
  if (!closing_by_us_ && on_disconnect_) on_disconnect_(reason);
}

void WsRpcChannel::fail_all(const std::string& reason) {
  std::vector<PendingEntry> failed;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    closed_ = true;
    failed.swap(pending_);
  }
  for (auto& [waiter, owner] : failed) {
    waiter->connection_lost = "`" + waiter->method + "`: the connection to " + url_ +
                              " was lost before the answer (" + reason + ")";
    waiter->answered.set();
  }
}

WsRpcChannel::PendingEntry WsRpcChannel::take_pending(std::uint64_t id) {
  for (auto& entry : pending_) {
    if (entry.waiter->id != id) continue;
    PendingEntry taken = std::move(entry);
    if (&entry != &pending_.back()) entry = std::move(pending_.back());
    pending_.pop_back();
    return taken;
  }
  return PendingEntry{};
}

void WsRpcChannel::flush() {
  if (connection_) connection_->flush();
}

bool WsRpcChannel::is_open() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return !closed_ && connection_ && connection_->is_open();
}

std::size_t WsRpcChannel::in_flight() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return pending_.size();
}

void WsRpcChannel::close() {
  closing_by_us_ = true;
  if (connection_) connection_->close();
  fail_all("the client was closed");
}

void WsRpcChannel::abort() {
  if (connection_) connection_->abort();
}

}  // namespace surreal::detail

#include "ws_rpc_channel.hpp"

#include "rpc_request_encoding.hpp"
#include "server_error.hpp"

#include <surreal/cbor.hpp>
#include <surreal/error.hpp>

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
  // The callbacks run on the connection's I/O thread and may outlive a channel being destroyed: they hold it
  // weakly.
  std::weak_ptr<WsRpcChannel> weak = channel;
  channel->connection_ = WebSocketConnection::open(
      settings,
      [weak](std::string_view bytes) {
        if (auto self = weak.lock()) self->handle_message(bytes);
      },
      [weak](const std::string& reason) {
        if (auto self = weak.lock()) self->handle_close(reason);
      });
  return channel;
}

WsRpcChannel::~WsRpcChannel() {
  closing_by_us_ = true;
  fail_all("the client was closed");
}

Value WsRpcChannel::call(const RpcRequest& request, std::chrono::milliseconds timeout,
                         const HttpSessionHeaders*) {
  Waiter waiter(request.method);
  std::uint64_t id = 0;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (closed_) throw ConnectionError("`" + request.method + "`: the connection to " + url_ + " is closed");
    id = next_id_++;
    pending_.emplace_back(id, &waiter);
  }
  try {
    connection_->send(encode_rpc_request(request, id));
  } catch (...) {
    std::unique_lock<std::mutex> lock(mutex_);
    if (take_pending(id) == nullptr) {
      // fail_all() took it (the connection went away meanwhile) and is about to set it: wait, it is on our
      // stack.
      lock.unlock();
      waiter.answered.wait();
    }
    throw;
  }
  if (!waiter.answered.wait_until(deadline_after(timeout))) {
    std::unique_lock<std::mutex> lock(mutex_);
    if (take_pending(id) != nullptr)
      throw TimeoutError("`" + request.method + "` got no answer from " + url_ + " within " +
                         std::to_string(timeout.count()) + " ms");
    // The I/O thread took it between the deadline and the lock: the answer is ours after all, in a moment.
    lock.unlock();
    waiter.answered.wait();
  }
  if (!waiter.connection_lost.empty()) throw ConnectionError(waiter.connection_lost);
  // The error is built here, on the caller's thread, rather than carried over as an exception_ptr.
  if (waiter.has_error) throw_rpc_error(waiter.result, request.method, server_version_);
  return std::move(waiter.result);
}

void WsRpcChannel::handle_message(std::string_view bytes) {
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
  Waiter* waiter = nullptr;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    waiter = take_pending(*reply.id);
    if (waiter == nullptr) return;  // its caller timed out already
  }
  // Out of pending_, the waiter is ours until set(): its caller waits for the signal even after a timeout.
  waiter->has_error = reply.has_error;
  waiter->result = std::move(reply.result);
  waiter->answered.set();
}

void WsRpcChannel::handle_close(const std::string& reason) {
  fail_all(reason);
  if (!closing_by_us_ && on_disconnect_) on_disconnect_(reason);
}

void WsRpcChannel::fail_all(const std::string& reason) {
  std::vector<std::pair<std::uint64_t, Waiter*>> failed;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    closed_ = true;
    failed.swap(pending_);
  }
  for (auto& [id, waiter] : failed) {
    waiter->connection_lost = "`" + waiter->method + "`: the connection to " + url_ +
                              " was lost before the answer (" + reason + ")";
    waiter->answered.set();
  }
}

WsRpcChannel::Waiter* WsRpcChannel::take_pending(std::uint64_t id) {
  for (auto& entry : pending_) {
    if (entry.first != id) continue;
    Waiter* waiter = entry.second;
    entry = pending_.back();
    pending_.pop_back();
    return waiter;
  }
  return nullptr;
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

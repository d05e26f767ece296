#include "ws_rpc_channel.hpp"

#include "rpc_request_encoding.hpp"
#include "server_error.hpp"

#include <surreal/cbor.hpp>
#include <surreal/error.hpp>

namespace surreal::detail {

WsRpcChannel::WsRpcChannel(std::string url, NotificationHandler on_notification,
                           DisconnectHandler on_disconnect)
    : url_(std::move(url)),
      on_notification_(std::move(on_notification)),
      on_disconnect_(std::move(on_disconnect)) {}

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
  auto pending = std::make_shared<Pending>();
  pending->method = request.method;
  std::future<Value> answer = pending->promise.get_future();
  std::uint64_t id = 0;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (closed_) throw ConnectionError("`" + request.method + "`: the connection to " + url_ + " is closed");
    id = next_id_++;
    pending_.emplace(id, pending);
  }
  try {
    connection_->send(encode_rpc_request(request, id));
  } catch (...) {
    std::lock_guard<std::mutex> lock(mutex_);
    pending_.erase(id);
    throw;
  }
  if (answer.wait_for(timeout) != std::future_status::ready) {
    std::lock_guard<std::mutex> lock(mutex_);
    // The answer may have landed between the wait and the lock: then it is ours after all.
    if (pending_.erase(id) == 1)
      throw TimeoutError("`" + request.method + "` got no answer from " + url_ + " within " +
                         std::to_string(timeout.count()) + " ms");
  }
  return answer.get();
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
  std::shared_ptr<Pending> pending;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = pending_.find(*reply.id);
    if (it == pending_.end()) return;  // its caller timed out already
    pending = std::move(it->second);
    pending_.erase(it);
  }
  if (!reply.has_error) {
    pending->promise.set_value(std::move(reply.result));
    return;
  }
  try {
    throw_rpc_error(reply.result, pending->method, server_version_);
  } catch (...) {
    pending->promise.set_exception(std::current_exception());
  }
}

void WsRpcChannel::handle_close(const std::string& reason) {
  fail_all(reason);
  if (!closing_by_us_ && on_disconnect_) on_disconnect_(reason);
}

void WsRpcChannel::fail_all(const std::string& reason) {
  std::unordered_map<std::uint64_t, std::shared_ptr<Pending>> failed;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    closed_ = true;
    failed.swap(pending_);
  }
  for (auto& [id, pending] : failed) {
    pending->promise.set_exception(
        std::make_exception_ptr(ConnectionError("`" + pending->method + "`: the connection to " + url_ +
                                                " was lost before the answer (" + reason + ")")));
  }
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

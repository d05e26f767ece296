#pragma once
// One WebSocket connection to a SurrealDB RPC endpoint, in bytes only. The implementation (ws_connection.cpp)
// uses websocketpp on standalone asio, run by a waiting caller or a background thread; this header exposes
// none of that, and is valid C++17 because that implementation file is compiled as C++17.
#include "one_shot_signal.hpp"
#include "tls_settings.hpp"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace surreal::detail {

struct WebSocketSettings {
  std::string url;  // ws://… or wss://…
  TlsSettings tls;
  std::chrono::milliseconds connect_timeout{10000};
  std::chrono::milliseconds ping_interval{10000};  // 0 disables the health pings
  std::chrono::milliseconds pong_timeout{5000};  // no pong within this time: the connection is closed as dead
};

class WebSocketConnection {
 public:
  /// Called on the I/O thread for every binary (or text) message. Must not block for long.
  using MessageHandler = std::function<void(std::string_view bytes)>;
  /// Called once, on the I/O thread, when the connection is gone (closed by either side, failed, or found
  /// dead).
  using CloseHandler = std::function<void(const std::string& reason)>;

  /// Connects, negotiates the `cbor` subprotocol and returns an open connection. Throws ConnectionError when
  /// the server cannot be reached, refuses the upgrade, does not speak `cbor`, or fails TLS verification.
  static std::unique_ptr<WebSocketConnection> open(const WebSocketSettings& settings,
                                                   MessageHandler on_message, CloseHandler on_close);

  virtual ~WebSocketConnection() = default;
  /// Queues one binary frame; safe from any thread. Throws ConnectionError when the connection is closed.
  virtual void send(std::vector<std::uint8_t> bytes) = 0;
  virtual bool is_open() const = 0;
  /// Waits until `answered` is set (true) or `deadline` passes (false). The waiting thread runs the
  /// connection's I/O itself while no other thread does (see io_leadership.hpp), so that an answer needs no
  /// hand-over between threads.
  virtual bool wait(OneShotSignal& answered, std::chrono::steady_clock::time_point deadline) = 0;
  /// Closes with a normal close frame and waits (briefly) for the I/O thread to finish. Idempotent.
  virtual void close() = 0;
  /// Drops the TCP connection without a close handshake, as a network failure would (used by tests and by the
  /// health check when the peer stopped answering).
  virtual void abort() = 0;
};

}  // namespace surreal::detail

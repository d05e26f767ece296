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
  // The longest a waiting thread lets answers gather before reading them (see wait(); 0: never).
  std::chrono::microseconds gather_window{0};
};

class WebSocketConnection {
 public:
  /// Called on the I/O thread for every binary (or text) message. Must not block for long.
  using MessageHandler = std::function<void(std::string_view bytes)>;
  /// Called once, on the I/O thread, when the connection is gone (closed by either side, failed, or found
  /// dead).
  using CloseHandler = std::function<void(const std::string& reason)>;
  /// How many bytes of answers are worth gathering now (see wait()); asked on the thread reading the
  /// connection. Empty, or 0 or 1: none.
  using GatherMark = std::function<std::size_t()>;

  /// Connects, negotiates the `cbor` subprotocol and returns an open connection. Throws ConnectionError when
  /// the server cannot be reached, refuses the upgrade, does not speak `cbor`, or fails TLS verification.
  static std::unique_ptr<WebSocketConnection> open(const WebSocketSettings& settings,
                                                   MessageHandler on_message, CloseHandler on_close,
                                                   GatherMark gather_mark = {});

  virtual ~WebSocketConnection() = default;
  /// How send() writes its frame.
  enum class Write {
    now,       // before send() returns (or by the thread writing at that moment, together with its own)
    deferred,  // at the next flush() or wait() on this connection, together with the frames deferred
               // meanwhile: one system call for many calls (Client::pipeline())
  };
  /// Sends one binary frame; safe from any thread. Throws ConnectionError when the connection is closed.
  virtual void send(std::vector<std::uint8_t> bytes, Write when) = 0;
  /// Writes the deferred frames of every thread now (nothing when there are none). Throws ConnectionError
  /// when the write fails; the calls of those frames then fail as the connection closes.
  virtual void flush() = 0;
  virtual bool is_open() const = 0;
  /// Waits until `answered` is set (true) or `deadline` passes (false), after writing the deferred frames
  /// (the answer may depend on one of them). The waiting thread runs the connection's I/O itself while no
  /// other thread does (see io_leadership.hpp), so that an answer needs no hand-over between threads.
  /// `gather` (calls in a pipeline): before it blocks for more input, that thread lets answers arrive until
  /// there are GatherMark bytes of them, for at most the settings' gather_window, then reads them all: one
  /// wake-up for many answers. A window that passes without reaching the mark is not waited again before
  /// something was read.
  virtual bool wait(OneShotSignal& answered, std::chrono::steady_clock::time_point deadline, bool gather) = 0;
  /// Closes with a normal close frame and waits (briefly) for the I/O thread to finish. Idempotent.
  virtual void close() = 0;
  /// Drops the TCP connection without a close handshake, as a network failure would (used by tests and by the
  /// health check when the peer stopped answering).
  virtual void abort() = 0;
};

}  // namespace surreal::detail

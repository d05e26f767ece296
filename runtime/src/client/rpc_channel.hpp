#pragma once
// One RPC path to the server: a WebSocket connection (many calls in flight, correlated by id) or HTTP (one
// POST per call). The client core above it decides which channel a call takes and keeps the session state.
#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include <surreal/value.hpp>

namespace surreal::detail {

struct RpcRequest {
  std::string method;
  Array params;
  std::optional<Uuid>
      session;              // 3.x: the session the call runs in (absent: the connection's default session)
  std::optional<Uuid> txn;  // 3.x: the transaction the call runs in
};

/// What HTTP sends as headers because the server keeps no state between HTTP requests.
struct HttpSessionHeaders {
  std::string ns;
  std::string db;
  std::string token;
};

class RpcChannel {
 public:
  virtual ~RpcChannel() = default;
  /// Sends the request and blocks the calling thread (only it) until the answer or the timeout. Returns the
  /// `result`; throws the typed error for an `error` answer, TimeoutError, or ConnectionError.
  virtual Value call(const RpcRequest& request, std::chrono::milliseconds timeout,
                     const HttpSessionHeaders* headers) = 0;
  virtual bool is_open() const = 0;
  /// Calls currently waiting for an answer (for least-pending balancing).
  virtual std::size_t in_flight() const = 0;
  virtual void close() = 0;
  /// Simulates a network failure (tests, dead-peer handling): pending calls fail with ConnectionError.
  virtual void abort() = 0;

  /// The server version text used in error messages ("surrealdb-3.0.2"), set once known.
  void set_server_version(std::string version) { server_version_ = std::move(version); }

 protected:
  std::string server_version_ = "unknown version";
};

}  // namespace surreal::detail

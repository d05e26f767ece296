#pragma once
// One RPC path to the server: a WebSocket connection (many calls in flight, correlated by id) or HTTP (one
// POST per call). The client core above it decides which channel a call takes and keeps the session state.
#include <atomic>
#include <chrono>
#include <cstddef>
#include <exception>
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
  // Over WebSocket: the frame may wait for the next flush or wait on its connection, to be written together
  // with the frames of later calls (the calling thread is in a Client::pipeline()).
  bool deferred = false;
};

/// What HTTP sends as headers because the server keeps no state between HTTP requests.
struct HttpSessionHeaders {
  std::string ns;
  std::string db;
  std::string token;
};

/// A call sent without waiting for its answer (Client::query_async): many may be in flight from one thread.
class InFlightCall {
 public:
  virtual ~InFlightCall() = default;
  /// True once the answer is in: await() returns without waiting.
  virtual bool ready() const = 0;
  /// Waits for the answer (within the call's timeout) and returns the `result`; throws what RpcChannel::call
  /// would. Once only.
  virtual Value await() = 0;
};

/// A call that was answered before it was handed out (channels that cannot pipeline, such as HTTP).
class AnsweredCall final : public InFlightCall {
 public:
  explicit AnsweredCall(Value result) : result_(std::move(result)) {}
  explicit AnsweredCall(std::exception_ptr error) : error_(std::move(error)) {}
  bool ready() const override { return true; }
  Value await() override {
    if (error_) std::rethrow_exception(error_);
    return std::move(result_);
  }

 private:
  Value result_;
  std::exception_ptr error_;
};

/// Makes the blocking call `make()` now and hands out its answer, or the exception it threw, as a call in
/// flight (for paths that cannot pipeline).
template <class MakeCall>
std::shared_ptr<InFlightCall> answered_now(MakeCall&& make) {
  try {
    return std::make_shared<AnsweredCall>(make());
  } catch (...) {
    return std::make_shared<AnsweredCall>(std::current_exception());
  }
}

class RpcChannel {
 public:
  virtual ~RpcChannel() = default;
  /// Sends the request and blocks the calling thread (only it) until the answer or the timeout. Returns the
  /// `result`; throws the typed error for an `error` answer, TimeoutError, or ConnectionError.
  virtual Value call(const RpcRequest& request, std::chrono::milliseconds timeout,
                     const HttpSessionHeaders* headers) = 0;
  /// Sends the request and returns at once; the answer is waited for by InFlightCall::await(). The default
  /// (a channel that cannot have calls in flight) makes the call here and hands out its answer.
  virtual std::shared_ptr<InFlightCall> start(const RpcRequest& request, std::chrono::milliseconds timeout,
                                              const HttpSessionHeaders* headers) {
    return answered_now([&] { return call(request, timeout, headers); });
  }
  /// Writes the frames of deferred calls now (see RpcRequest::deferred). Throws ConnectionError when the
  /// write fails. Channels that never defer have nothing to do.
  virtual void flush() {}
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

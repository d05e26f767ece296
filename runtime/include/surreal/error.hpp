#pragma once
// The error hierarchy of the runtime. Every failure a caller can see is one of these types, so code can catch
// exactly what it can handle (a retryable conflict, a missing record) and let the rest propagate.
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace surreal {

/// Base of every error thrown by surrealpp. `retryable()` says whether running the same operation again may
/// succeed.
class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message) : std::runtime_error(message) {}
  virtual bool retryable() const noexcept { return false; }
};

/// The connection could not be opened, was refused, or dropped while a call was waiting.
class ConnectionError : public Error {
 public:
  using Error::Error;
  bool retryable() const noexcept override { return true; }
};

/// A call did not get its answer in time. The request may still have run on the server.
class TimeoutError : public Error {
 public:
  using Error::Error;
};

/// Wrong credentials, an expired or revoked token, or missing permissions for the operation.
class AuthError : public Error {
 public:
  using Error::Error;
};

/// The peer sent bytes that are not valid SurrealDB CBOR / RPC frames, or the server answered an RPC error
/// that says our request was malformed (-32600 / -32700 / -32601).
class ProtocolError : public Error {
 public:
  using Error::Error;
};

/// The server rejected a query or an RPC. Carries the statement index (for multi-statement queries), the
/// server's error code and, on 3.x, its error kind (e.g. "NotFound", "AlreadyExists").
class QueryError : public Error {
 public:
  QueryError(const std::string& message, std::optional<std::size_t> statement = std::nullopt,
             std::int64_t code = 0, std::string kind = {})
      : Error(message), statement_(statement), code_(code), kind_(std::move(kind)) {}

  /// Index of the failing statement within a `query` call, if the error belongs to one statement.
  std::optional<std::size_t> statement() const noexcept { return statement_; }
  /// The server's JSON-RPC error code (0 for statement errors, which carry no code).
  std::int64_t code() const noexcept { return code_; }
  /// The server's error kind (3.x), empty when the server did not send one.
  const std::string& kind() const noexcept { return kind_; }

 private:
  std::optional<std::size_t> statement_;
  std::int64_t code_;
  std::string kind_;
};

/// A record, table or definition the operation needs does not exist.
class NotFoundError : public QueryError {
 public:
  using QueryError::QueryError;
};

/// A record or definition being created exists already (e.g. a unique index or record id clash).
class AlreadyExistsError : public QueryError {
 public:
  using QueryError::QueryError;
};

/// A transaction conflicted with a concurrent one; the server says it can be retried.
class ConflictError : public QueryError {
 public:
  using QueryError::QueryError;
  bool retryable() const noexcept override { return true; }
};

/// A value could not be converted to the requested C++ type. The message names the path (table, field,
/// record) and the value that was found: "address.city: expected string, got int 42".
///
/// Decoders of nested data build the path while the error propagates: a container or struct decoder catches
/// the error of an element and calls `prepend_field(name)` / `prepend_index(i)` before rethrowing (see
/// surreal::decode_field in <surreal/codec.hpp>), so a successful decode pays nothing for it.
class ConversionError : public Error {
 public:
  explicit ConversionError(const std::string& reason, std::string path = {})
      : Error(reason), reason_(reason), path_(std::move(path)) {
    compose();
  }
  /// "user.address.city", "[3].name", empty at the top level.
  const std::string& path() const noexcept { return path_; }
  /// The message without the path: "expected string, got int 42".
  const std::string& reason() const noexcept { return reason_; }
  const char* what() const noexcept override { return what_.c_str(); }

  /// Puts an object field in front of the path: "city" -> "address.city".
  void prepend_field(std::string_view name) {
    std::string p(name);
    if (!path_.empty() && path_.front() != '[') p += '.';
    path_ = p + path_;
    compose();
  }
  /// Puts an array index in front of the path: "name" -> "[3].name".
  void prepend_index(std::size_t index) {
    std::string p = "[" + std::to_string(index) + "]";
    if (!path_.empty() && path_.front() != '[') p += '.';
    path_ = p + path_;
    compose();
  }

 private:
  void compose() { what_ = path_.empty() ? reason_ : path_ + ": " + reason_; }
  std::string reason_, path_, what_;
};

}  // namespace surreal

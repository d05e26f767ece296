#pragma once
// The answer to a `query` call: one result per statement, in order.
#include <cstddef>
#include <string>
#include <vector>

#include <surreal/error.hpp>
#include <surreal/value.hpp>

namespace surreal {

/// One statement's outcome. `ok()` statements carry their value in `result`; failed ones carry the server's
/// message.
struct StatementResult {
  bool ok() const noexcept { return status == "OK"; }

  std::string status;  // "OK" or "ERR"
  Value result;        // the statement's value (NONE for a failed statement)
  std::string error;   // the server's message for a failed statement
  std::string kind;    // the server's error kind when it sends one (3.x), else empty
  std::string time;    // execution time as the server reports it, e.g. "152.3µs"
  std::string type;    // statement type when the server reports it (3.x), else empty
};

class QueryResult {
 public:
  QueryResult() = default;
  explicit QueryResult(std::vector<StatementResult> statements) : statements_(std::move(statements)) {}
  /// Parses the server's reply to `query`: an array of {status, result, time[, type, kind]}.
  static QueryResult from_reply(const Value& reply);
  /// The same, taking the rows out of `reply` instead of copying them.
  static QueryResult from_reply(Value&& reply);

  std::size_t size() const noexcept { return statements_.size(); }
  bool empty() const noexcept { return statements_.empty(); }
  const StatementResult& operator[](std::size_t index) const { return statements_.at(index); }
  auto begin() const noexcept { return statements_.begin(); }
  auto end() const noexcept { return statements_.end(); }
  /// True when every statement succeeded.
  bool ok() const noexcept;

  /// The value of statement `index`. Throws QueryError (or its typed child: AlreadyExistsError,
  /// NotFoundError, ConflictError, …) carrying the statement index and the server's message when that
  /// statement failed, and std::out_of_range for an index past the last statement.
  const Value& take(std::size_t index) const;
  /// The value of statement `index` converted through surreal::from_value<T>; ConversionError names the
  /// statement.
  template <class T>
  T take(std::size_t index) const;

  /// Throws the error of the first failed statement, if any.
  void check() const;

 private:
  std::vector<StatementResult> statements_;
};

namespace detail {
[[noreturn]] void rethrow_with_statement(const ConversionError& error, std::size_t index);
}

template <class T>
T QueryResult::take(std::size_t index) const {
  const Value& value = take(index);
  try {
    return from_value<T>(value);
  } catch (const ConversionError& error) {
    detail::rethrow_with_statement(error, index);
  }
}

}  // namespace surreal

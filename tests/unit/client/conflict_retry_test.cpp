// Which refused calls the client may send again, and how long it waits between tries.
#include "client/conflict_retry.hpp"

#include <doctest/doctest.h>

using surreal::Array;
using surreal::Object;
using surreal::Value;
using surreal::detail::conflict_backoff;
using surreal::detail::query_failed_only_by_conflict;
using namespace std::chrono_literals;

namespace {

const char* const kConflict2 =
    "Failed to commit transaction due to a read or write conflict. This transaction can be retried";
const char* const kConflict3 =
    "Transaction conflict: Write conflict, retry the transaction. This transaction can be retried";

Value ok(Value result) { return Object{{"status", "OK"}, {"time", "1ms"}, {"result", std::move(result)}}; }
Value err(const char* message) { return Object{{"status", "ERR"}, {"time", "1ms"}, {"result", message}}; }
Value err3(const char* kind, const char* message) {
  return Object{{"status", "ERR"}, {"result", Object{{"kind", kind}, {"message", message}}}};
}

}  // namespace

TEST_CASE("a query whose only statement conflicted wrote nothing and may run again") {
  CHECK(query_failed_only_by_conflict(Array{err(kConflict3)}));
  CHECK(query_failed_only_by_conflict(Array{err(kConflict2)}));
  CHECK(query_failed_only_by_conflict(Array{err3("Conflict", "write conflict")}));
}

TEST_CASE("a transaction whose statements all failed because one conflicted may run again") {
  CHECK(query_failed_only_by_conflict(Array{err("The query was not executed due to a failed transaction"),
                                            err(kConflict3),
                                            err("The query was not executed due to a failed transaction")}));
}

TEST_CASE("a query that committed a statement is never sent again") {
  CHECK_FALSE(query_failed_only_by_conflict(Array{ok(1), err(kConflict3)}));
  CHECK_FALSE(query_failed_only_by_conflict(Array{err(kConflict3), ok(Value::none())}));
}

TEST_CASE("failures other than conflicts are not retried") {
  CHECK_FALSE(
      query_failed_only_by_conflict(Array{err("There was a problem with the database: Parse error")}));
  CHECK_FALSE(
      query_failed_only_by_conflict(Array{err3("AlreadyExists", "Database record `a:1` already exists")}));
}

TEST_CASE("replies that are not statement lists are not retried") {
  CHECK_FALSE(query_failed_only_by_conflict(Array{}));
  CHECK_FALSE(query_failed_only_by_conflict(Value("Transaction conflict")));
  CHECK_FALSE(query_failed_only_by_conflict(Array{Value(1)}));
}

TEST_CASE("the backoff doubles per attempt, keeps 50-100% of it, and stops growing at 1 s") {
  for (int round = 0; round < 50; ++round) {
    const auto first = conflict_backoff(4ms, 0), third = conflict_backoff(4ms, 2),
               late = conflict_backoff(4ms, 30);
    CHECK(first >= 2000us);
    CHECK(first <= 4000us);
    CHECK(third >= 8000us);
    CHECK(third <= 16000us);
    CHECK(late >= 500ms);
    CHECK(late <= 1s);
  }
  CHECK(conflict_backoff(0ms, 0) <= 100us);  // a zero delay still yields the core briefly
}

#include "conflict_retry.hpp"

#include "server_error.hpp"

#include <surreal/query_result.hpp>

#include <algorithm>
#include <random>

namespace surreal::detail {

bool query_failed_only_by_conflict(const Value& reply) {
  if (!reply.is_array() || reply.as_array().empty()) return false;
  // Cheap first pass on the hot path: any statement that succeeded ends the question.
  for (const Value& entry : reply.as_array()) {
    const Value* status = entry.find("status");
    if (!status || !status->is_string() || status->as_string() == "OK") return false;
  }
  const QueryResult statements = QueryResult::from_reply(reply);
  return std::any_of(statements.begin(), statements.end(), [](const StatementResult& statement) {
    return is_conflict(statement.kind, statement.error);
  });
}

std::chrono::microseconds conflict_backoff(std::chrono::milliseconds base, std::size_t attempt) {
  using std::chrono::microseconds;
  const microseconds cap = std::chrono::seconds(1);
  microseconds delay = std::max<microseconds>(base, microseconds(100));
  for (std::size_t i = 0; i < attempt && delay < cap; ++i) delay *= 2;
  delay = std::min(delay, cap);
  thread_local std::minstd_rand random(std::random_device{}());
  std::uniform_int_distribution<long long> jitter(delay.count() / 2, delay.count());
  return microseconds(jitter(random));
}

}  // namespace surreal::detail

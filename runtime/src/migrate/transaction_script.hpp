// A migration script wrapped in one transaction together with its history change, and the reading of the
// answer: which statement really failed.
#pragma once

#include <optional>
#include <string>

#include <surreal/query_result.hpp>

namespace surreal::migrate_detail {

// BEGIN TRANSACTION; <history statement>; <script>; COMMIT TRANSACTION; — the script keeps its own text
// (comments, line breaks), so the server's positions and messages refer to what the user wrote.
std::string wrap_in_transaction(const std::string& history_statement, const std::string& script);

struct StatementFailure {
  std::size_t index =
      0;  // 0-based, among the results the server sent (3.x also answers for BEGIN; 2.x does not)
  std::string message;
  std::string kind;
};

// The first statement that failed for a reason of its own. Inside a transaction every other statement only
// says "The query was not executed due to a failed transaction" (or similar): those are skipped. nullopt when
// all succeeded.
std::optional<StatementFailure> real_failure(const QueryResult& result);

// The server says the operation can be run again (transaction conflicts, write-write clashes).
bool is_retryable_message(const std::string& message);

// A CREATE of a record that exists: in a migration transaction, the history record another process created.
bool is_already_exists_message(const std::string& message);

}  // namespace surreal::migrate_detail

#include "transaction_script.hpp"

#include <algorithm>
#include <cctype>

namespace surreal::migrate_detail {
namespace {

bool contains_ci(std::string_view text, std::string_view needle) {
  auto it = std::search(text.begin(), text.end(), needle.begin(), needle.end(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
  });
  return it != text.end();
}

// The end of a script that is only whitespace and line comments does not need a `;`.
std::string trimmed(const std::string& script) {
  std::size_t end = script.find_last_not_of(" \t\r\n");
  return end == std::string::npos ? std::string{} : script.substr(0, end + 1);
}

}  // namespace

std::string wrap_in_transaction(const std::string& history_statement, const std::string& script) {
  std::string body = trimmed(script);
  std::string text = "BEGIN TRANSACTION;\n" + history_statement + ";\n";
  if (!body.empty()) {
    text += body;
    // A script whose last line is a comment needs the line break before the `;`; one without a final `;`
    // needs it.
    text += "\n";
    if (body.back() != ';') text += ";\n";
  }
  text += "COMMIT TRANSACTION;\n";
  return text;
}

std::optional<StatementFailure> real_failure(const QueryResult& result) {
  std::optional<StatementFailure> fallback;
  for (std::size_t i = 0; i < result.size(); ++i) {
    const StatementResult& statement = result[i];
    if (statement.ok()) continue;
    // 2.x and 3.x: "The query was not executed due to a failed|cancelled transaction".
    bool consequential = contains_ci(statement.error, "not executed due to") ||
                         contains_ci(statement.error, "transaction was cancelled");
    if (!consequential) return StatementFailure{i, statement.error, statement.kind};
    if (!fallback) fallback = StatementFailure{i, statement.error, statement.kind};
  }
  return fallback;
}

bool is_retryable_message(const std::string& message) {
  return contains_ci(message, "can be retried") || contains_ci(message, "transaction conflict") ||
         contains_ci(message, "write conflict") || contains_ci(message, "resource busy");
}

bool is_already_exists_message(const std::string& message) { return contains_ci(message, "already exists"); }

}  // namespace surreal::migrate_detail

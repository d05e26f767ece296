#include "history_table.hpp"

#include <algorithm>

#include "transaction_script.hpp"

namespace surreal::migrate_detail {
namespace {

std::string text_of(const Value& value) {
  if (value.is_string()) return value.as_string();
  if (value.is_datetime()) return value.as_datetime().to_string();
  if (value.is_nullish()) return {};
  return value.to_json();
}

bool missing_table(const std::string& message) {
  return message.find("does not exist") != std::string::npos ||
         message.find("not found") != std::string::npos;
}

}  // namespace

RecordId history_record_id(const std::string& version) {
  return RecordId(std::string(kMigrationHistoryTable), Value(version));
}

void ensure_history_table(Client& db) {
  auto result = db.query("DEFINE TABLE IF NOT EXISTS " + std::string(kMigrationHistoryTable) +
                         " SCHEMALESS COMMENT 'surrealpp: applied migrations'");
  result.check();
}

std::vector<AppliedMigration> read_history(Client& db) {
  QueryResult result =
      db.query("SELECT * FROM " + std::string(kMigrationHistoryTable) + " ORDER BY version ASC");
  if (!result.empty() && !result[0].ok()) {
    if (missing_table(result[0].error)) return {};
    result.check();
  }
  std::vector<AppliedMigration> history;
  const Value& rows = result.take(0);
  if (!rows.is_array()) return history;
  for (const Value& row : rows.as_array()) {
    AppliedMigration applied;
    applied.version = text_of(row["version"]);
    applied.name = text_of(row["name"]);
    applied.checksum = text_of(row["checksum"]);
    applied.applied_at = text_of(row["applied_at"]);
    applied.applied_by = text_of(row["applied_by"]);
    const Value& duration = row["duration_ms"];
    if (duration.is_number()) applied.duration_ms = duration.as_int();
    history.push_back(std::move(applied));
  }
  std::sort(history.begin(), history.end(),
            [](const AppliedMigration& a, const AppliedMigration& b) { return a.version < b.version; });
  return history;
}

}  // namespace surreal::migrate_detail

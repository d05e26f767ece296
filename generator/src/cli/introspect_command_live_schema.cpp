#include "cli/introspect_command_live_schema.hpp"

#include <map>
#include <stdexcept>

#include <surreal/migrate.hpp>

#include "introspect/engine_made_fields.hpp"
#include "introspect/info_reader.hpp"

namespace surrealpp::cli {

schema::Syntax syntax_of(surreal::Client& db) {
  return db.server_major() >= 3 ? schema::Syntax::V3 : schema::Syntax::V2;
}

schema::Schema live_schema(surreal::Client& db) {
  surreal::Value info = db.query("INFO FOR DB").take(0);
  std::map<std::string, std::string> tables;
  const surreal::Value& listed = info["tables"];
  if (listed.is_object()) {
    for (const auto& [name, definition] : listed.as_object()) {
      // The migration history is surrealpp's bookkeeping, not part of the application's schema.
      if (name == surreal::kMigrationHistoryTable) continue;
      tables[name] = db.query("INFO FOR TABLE " + name).take(0).to_json();
    }
  }
  surreal::Value without_history = info;
  if (without_history["tables"].is_object())
    without_history["tables"].as_object().erase(surreal::kMigrationHistoryTable);
  schema::DatabaseInfo database = schema::database_info_from_json(without_history.to_json(), tables);
  schema::ParseResult result = schema::read_database_info(database, syntax_of(db), "INFO FOR DB");
  if (!result.ok()) {
    std::string message = "the database's INFO does not parse:";
    for (const auto& diagnostic : result.diagnostics)
      if (diagnostic.severity == schema::Diagnostic::Severity::Error)
        message += "\n  " + schema::format_diagnostic(diagnostic);
    throw std::runtime_error(message);
  }
  return schema::without_engine_made_fields(result.schema);
}

}  // namespace surrealpp::cli

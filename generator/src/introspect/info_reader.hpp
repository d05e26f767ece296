// Live introspection: the output of `INFO FOR DB` and `INFO FOR TABLE` (2.x and 3.x strings, 3.x `STRUCTURE`
// objects) read back into the schema IR with the SurrealQL front end. `surrealpp introspect` and the
// migrations build on this.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "surrealpp/schema/parse.hpp"

namespace surrealpp::schema {

// What INFO FOR TABLE says about one table, as DDL strings.
struct TableInfo {
  std::string name;
  std::string definition;  // the table's own DEFINE TABLE (from INFO FOR DB)
  std::vector<std::string> fields;
  std::vector<std::string> indexes;
  std::vector<std::string> events;
};

// What INFO FOR DB says, as DDL strings, plus INFO FOR TABLE of each table.
struct DatabaseInfo {
  std::vector<std::string>
      definitions;  // accesses, analyzers, functions, params, users, sequences, configs, …
  std::vector<TableInfo> tables;
};

// The schema the INFO describes, statements in an order that loads: database-level definitions, then each
// table with its fields, indexes and events (fields in INFO's alphabetical order, which puts `x` before
// `x.*`). Each DDL string is parsed with the SurrealQL front end under `syntax`; `label` names the source in
// locations ("INFO FOR DB").
ParseResult read_database_info(const DatabaseInfo& info, Syntax syntax, const std::string& label = "INFO");

// INFO FOR DB / INFO FOR TABLE results as JSON text (the objects the RPC returns, e.g. from the JS SDK or
// `surreal::Value::to_json()`): string form (`{"tables": {"t": "DEFINE TABLE …"}, …}`) or 3.x STRUCTURE form
// (`{"tables": [{"name": "t", "kind": {…}, …}], …}`). `tables` maps each table name to its INFO FOR TABLE
// JSON. Throws std::invalid_argument on JSON that is not an INFO result.
DatabaseInfo database_info_from_json(std::string_view info_for_db,
                                     const std::map<std::string, std::string>& tables);

}  // namespace surrealpp::schema

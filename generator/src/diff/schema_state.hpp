// A schema file is a script: later statements redefine (OVERWRITE) or REMOVE earlier ones. The differ
// compares what the script leaves behind, so it first replays the statements into a set of live definitions.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <vector>

#include "surrealpp/schema/ir.hpp"

namespace surrealpp::schema::diff {

// Identifies one definition in a database: the same key in two schemas means "the same thing, maybe changed".
struct DefinitionKey {
  DefinitionKind kind = DefinitionKind::Table;
  std::string table;  // field/index/event: the table; 2.x token on a scope: the scope; otherwise empty
  std::string name;
  int base = -1;  // access/user/token: the Base as int (ROOT/NAMESPACE/DATABASE differ); -1 elsewhere

  auto operator<=>(const DefinitionKey&) const = default;
};

struct LiveDefinition {
  DefinitionKey key;
  Statement statement;  // the DEFINE statement that is in force
};

struct SchemaState {
  std::vector<LiveDefinition> definitions;  // in the order they were (last) introduced
  std::vector<std::string> warnings;        // statements that were not replayed, with their location

  const LiveDefinition* find(const DefinitionKey& key) const;
};

// The key of a DEFINE statement node; nullopt for nodes that are not definitions (REMOVE, ALTER, INFO, USE,
// opaque statements). DEFINE NAMESPACE/DATABASE are keyed by name alone: their CHANGEFEED, STRICT and COMMENT
// are schema a migration has to carry, even though it runs inside one database.
std::optional<DefinitionKey> key_of(const StatementNode& node);

// Replays the statements: DEFINE adds (OVERWRITE replaces, IF NOT EXISTS keeps the first), REMOVE deletes (a
// removed table takes its fields, indexes and events with it). ALTER and other statements are reported as
// warnings.
SchemaState resolve_schema(const Schema& schema);

}  // namespace surrealpp::schema::diff

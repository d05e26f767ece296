#include "diff/schema_state.hpp"

#include <algorithm>
#include <type_traits>

#include <fmt/format.h>

#include "surrealpp/schema/names.hpp"

namespace surrealpp::schema::diff {
namespace {

// 2.x spells array elements `tags[*]`, 3.x `tags.*`: the same field either way.
std::string field_key_name(std::string name) {
  for (auto at = name.find("[*]"); at != std::string::npos; at = name.find("[*]", at))
    name.replace(at, 3, ".*");
  return name;
}

std::string where(const SourceLocation& location) {
  if (!location.known()) return "a statement";
  return fmt::format("{}:{}:{}", location.file, location.line, location.column);
}

// The key a REMOVE statement deletes.
std::optional<DefinitionKey> key_of_removal(const RemoveStatement& remove) {
  DefinitionKey key{
      remove.kind,
      {},
      remove.kind == DefinitionKind::Field ? field_key_name(remove.name.value) : remove.name.value,
      -1};
  switch (remove.kind) {
    case DefinitionKind::Field:
    case DefinitionKind::Index:
    case DefinitionKind::Event:
    case DefinitionKind::Token:
      if (remove.on) key.table = remove.on->value;
      break;
    default:
      break;
  }
  switch (remove.kind) {
    case DefinitionKind::Access:
    case DefinitionKind::User:
    case DefinitionKind::Token:
      key.base = static_cast<int>(remove.base.value_or(Base::Database));
      break;
    default:
      break;
  }
  return key;
}

DefineMode mode_of(const StatementNode& node) {
  return std::visit(
      [](const auto& n) -> DefineMode {
        if constexpr (requires { n.mode; }) {
          return n.mode;
        } else {
          return DefineMode::Create;
        }
      },
      node);
}

}  // namespace

std::optional<DefinitionKey> key_of(const StatementNode& node) {
  return std::visit(
      [](const auto& n) -> std::optional<DefinitionKey> {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, FieldDefinition> || std::is_same_v<T, IndexDefinition> ||
                      std::is_same_v<T, EventDefinition>) {
          DefinitionKind kind = std::is_same_v<T, FieldDefinition>   ? DefinitionKind::Field
                                : std::is_same_v<T, IndexDefinition> ? DefinitionKind::Index
                                                                     : DefinitionKind::Event;
          std::string name = kind == DefinitionKind::Field ? field_key_name(n.name.value) : n.name.value;
          return DefinitionKey{kind, n.table.value, name, -1};
        } else if constexpr (std::is_same_v<T, AccessDefinition> || std::is_same_v<T, UserDefinition>) {
          DefinitionKind kind =
              std::is_same_v<T, AccessDefinition> ? DefinitionKind::Access : DefinitionKind::User;
          return DefinitionKey{kind, {}, n.name.value, static_cast<int>(n.base)};
        } else if constexpr (std::is_same_v<T, TokenDefinition>) {
          return DefinitionKey{DefinitionKind::Token, n.scope ? n.scope->value : std::string{}, n.name.value,
                               static_cast<int>(n.base)};
        } else if constexpr (std::is_same_v<T, ConfigDefinition>) {
          return DefinitionKey{DefinitionKind::Config, {}, n.kind, -1};
        } else if constexpr (std::is_same_v<T, ApiDefinition>) {
          return DefinitionKey{DefinitionKind::Api, {}, n.path.value, -1};
        } else if constexpr (std::is_same_v<T, ModuleDefinition>) {
          DefinitionKind kind =
              n.kind == ModuleDefinition::Kind::Model ? DefinitionKind::Model : DefinitionKind::Module;
          return DefinitionKey{kind, {}, n.name.value, -1};
        } else if constexpr (std::is_same_v<T, TableDefinition> || std::is_same_v<T, AnalyzerDefinition> ||
                             std::is_same_v<T, FunctionDefinition> || std::is_same_v<T, ParamDefinition> ||
                             std::is_same_v<T, SequenceDefinition> || std::is_same_v<T, BucketDefinition> ||
                             std::is_same_v<T, ScopeDefinition> || std::is_same_v<T, NamespaceDefinition> ||
                             std::is_same_v<T, DatabaseDefinition>) {
          auto kind = defined_kind(StatementNode{n});
          if (!kind) return std::nullopt;
          return DefinitionKey{*kind, {}, n.name.value, -1};
        } else {
          return std::nullopt;  // REMOVE, ALTER, INFO, USE, opaque statements
        }
      },
      node);
}

const LiveDefinition* SchemaState::find(const DefinitionKey& key) const {
  auto it = std::find_if(definitions.begin(), definitions.end(),
                         [&](const LiveDefinition& d) { return d.key == key; });
  return it == definitions.end() ? nullptr : &*it;
}

SchemaState resolve_schema(const Schema& schema) {
  SchemaState state;
  auto position = [&](const DefinitionKey& key) {
    return std::find_if(state.definitions.begin(), state.definitions.end(),
                        [&](const LiveDefinition& d) { return d.key == key; });
  };
  for (const Statement& statement : schema.statements) {
    if (auto key = key_of(statement.node)) {
      auto existing = position(*key);
      if (existing == state.definitions.end()) {
        state.definitions.push_back({*key, statement});
      } else if (mode_of(statement.node) != DefineMode::IfNotExists) {
        // OVERWRITE replaces in place; a plain DEFINE of an existing name would fail in SurrealDB, and the
        // last definition is the one its author means.
        existing->statement = statement;
      }
      continue;
    }
    if (const auto* remove = std::get_if<RemoveStatement>(&statement.node)) {
      auto key = key_of_removal(*remove);
      if (!key) continue;
      std::erase_if(state.definitions, [&](const LiveDefinition& d) {
        if (d.key == *key) return true;
        // A removed table takes its fields, indexes and events with it.
        return key->kind == DefinitionKind::Table && d.key.table == key->name &&
               (d.key.kind == DefinitionKind::Field || d.key.kind == DefinitionKind::Index ||
                d.key.kind == DefinitionKind::Event);
      });
      continue;
    }
    if (std::holds_alternative<AlterStatement>(statement.node)) {
      state.warnings.push_back(
          fmt::format("{}: ALTER statements are not replayed by the differ; write the "
                      "definition as DEFINE … OVERWRITE instead",
                      where(statement.location)));
      continue;
    }
    if (std::holds_alternative<OpaqueStatement>(statement.node)) {
      state.warnings.push_back(fmt::format("{}: not a schema definition, ignored by the differ: {}",
                                           where(statement.location), statement.text.substr(0, 60)));
    }
    // USE and INFO say nothing about the contents of the database a migration runs in.
  }
  return state;
}

}  // namespace surrealpp::schema::diff

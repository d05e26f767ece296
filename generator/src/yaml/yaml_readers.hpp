// The readers of the sections of a YAML schema document (docs/schema-yaml.md). Each reads one list of items
// and appends one statement per item; an item with a problem adds an error diagnostic and is skipped, so
// every error of a document is reported in one pass.
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <vector>

#include "surrealpp/schema/diagnostic.hpp"
#include "surrealpp/schema/ir.hpp"
#include "yaml/yaml_mapping.hpp"

namespace surrealpp::schema::yaml {

struct DocumentReader {
  std::string file;
  Schema& schema;
  std::vector<Diagnostic>& diagnostics;

  // Appends a statement made from YAML (its text is the canonical SurrealQL of the node).
  void add(StatementNode node, const SourceLocation& location);
  void error(const YamlError& error);
  // Calls `read(item)` for every item of a list section, catching each item's errors.
  template <typename Read>
  void each_item(const YAML::Node& list, const std::string& section, Read&& read);
};

// Tables with their nested fields, indexes and events (yaml_table_reader.cpp).
void read_tables(DocumentReader& reader, const YAML::Node& list);
// `table` is set for a table's nested lists; the top-level sections name the table per item.
void read_fields(DocumentReader& reader, const YAML::Node& list, const std::optional<Name>& table);
void read_indexes(DocumentReader& reader, const YAML::Node& list, const std::optional<Name>& table);
void read_events(DocumentReader& reader, const YAML::Node& list, const std::optional<Name>& table);

// Database-level definitions (yaml_definition_reader.cpp).
void read_namespaces(DocumentReader& reader, const YAML::Node& list);
void read_databases(DocumentReader& reader, const YAML::Node& list);
void read_params(DocumentReader& reader, const YAML::Node& list);
void read_functions(DocumentReader& reader, const YAML::Node& list);
void read_analyzers(DocumentReader& reader, const YAML::Node& list);
void read_sequences(DocumentReader& reader, const YAML::Node& list);
void read_configs(DocumentReader& reader, const YAML::Node& list);
void read_apis(DocumentReader& reader, const YAML::Node& list);
void read_buckets(DocumentReader& reader, const YAML::Node& list);
void read_modules(DocumentReader& reader, const YAML::Node& list, bool models);

// Accesses, users and the 2.x scopes and tokens (yaml_auth_reader.cpp).
void read_accesses(DocumentReader& reader, const YAML::Node& list);
void read_users(DocumentReader& reader, const YAML::Node& list);
void read_scopes(DocumentReader& reader, const YAML::Node& list);
void read_tokens(DocumentReader& reader, const YAML::Node& list);

template <typename Read>
void DocumentReader::each_item(const YAML::Node& list, const std::string& section, Read&& read) {
  // An absent key is an undefined node, on which yaml-cpp's IsNull() throws.
  if (!list.IsDefined() || list.IsNull()) return;
  if (!list.IsSequence()) {
    error(YamlError(location_of(list, file), "`" + section + "` must be a list, not " + describe(list)));
    return;
  }
  for (const auto& item : list) {
    try {
      read(item);
    } catch (const YamlError& e) {
      error(e);
    }
  }
}

}  // namespace surrealpp::schema::yaml

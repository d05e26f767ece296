// One YAML item per definition statement (the inverse of the section readers of yaml_readers.hpp). Keys are
// written in the order of the tables in docs/schema-yaml.md.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>

#include "surrealpp/schema/ir.hpp"
#include "yaml/yaml_document.hpp"

namespace surrealpp::schema::yaml {

// The statement has no exact YAML form; the writer keeps it as SurrealQL in `statements`.
class Unrepresentable : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The section a definition belongs to ("tables", "functions", …), or nullopt for the statements that only
// `statements` can hold (REMOVE, ALTER, INFO, data, …). `use` is a section of its own.
std::optional<std::string> section_of(const StatementNode& node);

// The item of a definition. `nested` leaves out the `table` key of a field, index or event written under
// its table. Throws Unrepresentable.
YamlNode item_of(const StatementNode& node, bool nested);

// The items of tables and their parts (yaml_table_writer.cpp); item_of dispatches to them.
YamlNode table_item(const TableDefinition& table);
YamlNode field_item(const FieldDefinition& field, bool nested);
YamlNode index_item(const IndexDefinition& index, bool nested);
YamlNode event_item(const EventDefinition& event, bool nested);

}  // namespace surrealpp::schema::yaml

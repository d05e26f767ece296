// The value kinds of the YAML schema format written from IR pieces: the inverse of yaml_values.hpp. Each
// throws Unrepresentable when the reader could not give the piece back.
#pragma once

#include <optional>
#include <string>

#include "surrealpp/schema/ir.hpp"
#include "yaml/yaml_document.hpp"

namespace surrealpp::schema::yaml {

// `name`: an identifier's value, or `$name` for a parameter. Names that are expressions have no YAML form.
std::string name_text(const Name& name);

// A type as SurrealQL text: as written when known, else re-spelled from the tree.
std::string type_text(const Type& type);

// The plain text of a SurrealQL string literal (comment, password, JWT key): the reader quotes it again.
std::string literal_text(const Expression& literal);

// `mode:` when not the default; nothing for DEFINE without OVERWRITE / IF NOT EXISTS.
void set_mode(YamlNode& item, DefineMode mode);
void set_text(YamlNode& item, const char* key, const std::optional<std::string>& value);
void set_expression(YamlNode& item, const char* key, const std::optional<Expression>& value);
void set_literal(YamlNode& item, const char* key, const std::optional<Expression>& value);
void set_flag(YamlNode& item, const char* key, bool value);  // only when true
void set_permissions(YamlNode& item, const std::optional<Permissions>& permissions, bool per_action);
void set_durations(YamlNode& item, const char* key, const std::optional<Durations>& durations);
void set_changefeed(YamlNode& item, const std::optional<Changefeed>& changefeed);
// `on: root|namespace|database|scope` unless it is `implied` (the reader's default for the item).
void set_base(YamlNode& item, const char* key, Base base, Base implied);
// A list of text as a one-line YAML list.
YamlNode text_list(const std::vector<std::string>& values);

}  // namespace surrealpp::schema::yaml

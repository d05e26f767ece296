// The value kinds of the YAML schema format that map to IR pieces: names, types, permissions, define modes,
// text (quoted for SurrealQL), durations and changefeeds.
#pragma once

#include <optional>
#include <string>

#include "surrealpp/schema/ir.hpp"
#include "yaml/yaml_mapping.hpp"

namespace surrealpp::schema::yaml {

// `name` of an item: an identifier, or a parameter when it starts with `$` (3.x `DEFINE TABLE $name`).
Name read_name(Mapping& item, const char* key = "name");

// A SurrealQL type written as text, parsed with the SurrealQL type grammar; errors point at the YAML value.
Type read_type_text(const std::string& text, const SourceLocation& location);
std::optional<Type> read_type(Mapping& item, const char* key = "type");

// `mode: create | if_not_exists | overwrite`.
DefineMode read_mode(Mapping& item);

// Plain text (comment, password, JWT key) as the SurrealQL string literal the IR keeps.
std::optional<Expression> read_text_literal(Mapping& item, const char* key);

// `permissions:` full | none | {where: expr} | {select: …, create: …, update: …, delete: …}.
std::optional<Permissions> read_permissions(Mapping& item, bool per_action);

// `duration: {grant, token, session}`.
std::optional<Durations> read_durations(Mapping& item, const char* key = "duration");

// `changefeed: 1d` or `{duration: 1d, include_original: true}`.
std::optional<Changefeed> read_changefeed(Mapping& item);

// A base keyword: root | namespace | database (| scope for 2.x tokens).
std::optional<Base> read_base(Mapping& item, const char* key, bool allow_scope);

// One of `choices` (case-insensitive), lower-cased, or a YamlError listing them.
std::optional<std::string> read_choice(Mapping& item, const char* key,
                                       std::initializer_list<const char*> choices);

}  // namespace surrealpp::schema::yaml

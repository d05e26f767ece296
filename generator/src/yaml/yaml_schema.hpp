// The YAML front end: the schema format of docs/schema-yaml.md → the same IR the SurrealQL front end builds.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "surrealpp/schema/parse.hpp"

namespace surrealpp::schema {

// Reads YAML schema text; `file_name` only labels locations. Every problem (YAML syntax, unknown keys, wrong
// value types, missing names, bad SurrealQL types) is an error Diagnostic at its `file:line:col`; the items
// without problems are still read.
ParseResult parse_yaml(std::string_view text, const std::string& file_name);

// Reads and parses a file; an unreadable file is one error diagnostic.
ParseResult parse_yaml_file(const std::filesystem::path& path);

}  // namespace surrealpp::schema

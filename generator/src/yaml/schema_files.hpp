// Which front end reads a schema file: `.yaml` / `.yml` the YAML one, anything else SurrealQL.
#pragma once

#include <filesystem>
#include <vector>

#include "surrealpp/schema/parse.hpp"

namespace surrealpp::schema {

bool is_yaml_schema_file(const std::filesystem::path& path);

// Parses one schema file with the front end its extension names; `surql_options` apply to SurrealQL files.
ParseResult parse_schema_file(const std::filesystem::path& path, const ParseOptions& surql_options = {});

// Parses several files into one schema, statements in file order, diagnostics of all files.
ParseResult parse_schema_files(const std::vector<std::filesystem::path>& paths,
                               const ParseOptions& surql_options = {});

}  // namespace surrealpp::schema

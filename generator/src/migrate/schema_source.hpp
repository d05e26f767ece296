// Reading the schema a command works on: one schema file (.surql or .yaml), or every such file under a
// directory (sorted by path, so the order is the same on every machine).
#pragma once

#include <filesystem>
#include <vector>

#include "surrealpp/schema/parse.hpp"

namespace surrealpp::migrate {

// Parses every file; the statements of all files form one schema. Diagnostics name the files.
schema::ParseResult load_schema(const std::vector<std::filesystem::path>& paths, schema::Syntax syntax);

// The definitions a schema script leaves in force, as a schema of DEFINE statements in load order (what
// snapshots hold).
schema::Schema resolved_schema(const schema::Schema& schema);

}  // namespace surrealpp::migrate

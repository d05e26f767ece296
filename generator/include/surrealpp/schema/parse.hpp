// The SurrealQL front end: text → Schema, with every syntax error (not only the first) as a Diagnostic.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "surrealpp/schema/diagnostic.hpp"
#include "surrealpp/schema/ir.hpp"

namespace surrealpp::schema {

// Which SurrealDB parser to imitate where 2.x and 3.x disagree (FLEXIBLE position, field DELETE permissions,
// SEARCH vs FULLTEXT, DEFINE SCOPE/TOKEN, COMPUTED, COUNT indexes).
enum class Syntax { V2 = 2, V3 = 3 };

struct ParseOptions {
  Syntax syntax = Syntax::V3;
};

struct ParseResult {
  Schema schema;
  std::vector<Diagnostic> diagnostics;

  bool ok() const { return !has_errors(diagnostics); }
};

// Parses SurrealQL text; `file_name` only labels locations.
ParseResult parse_surql(std::string_view text, const std::string& file_name,
                        const ParseOptions& options = {});

// Reads and parses a file; an unreadable file is one error diagnostic.
ParseResult parse_surql_file(const std::filesystem::path& path, const ParseOptions& options = {});

}  // namespace surrealpp::schema

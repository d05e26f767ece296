// `surrealpp export --format json`: the IR as JSON. Every node is an object with its members in a fixed order
// (the order of the C++ struct); absent optional members are left out, flags and lists are always present.
// Statements carry
// `"statement": "define_table"` etc. The format is described in docs/export.md.
#pragma once

#include <string>

#include "surrealpp/schema/ir.hpp"

namespace surrealpp::schema {

struct JsonExportOptions {
  bool locations = true;    // `location` objects on every node that has a known one
  bool source_text = true;  // the text as written: statements' `text`, names' `text`, types' `text`
  bool pretty = true;       // indented, one member per line
};

std::string export_json(const Schema& schema, const JsonExportOptions& options = {});

// The same, for one statement (an object, not wrapped in a schema).
std::string export_statement_json(const Statement& statement, const JsonExportOptions& options = {});

}  // namespace surrealpp::schema

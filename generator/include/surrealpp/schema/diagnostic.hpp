// Findings of the parser and the checks, printed the way compilers print them so editors can jump to them.
#pragma once

#include <string>
#include <vector>

#include "surrealpp/schema/ir.hpp"

namespace surrealpp::schema {

struct Diagnostic {
  enum class Severity { Error, Warning };
  Severity severity = Severity::Error;
  SourceLocation location;
  std::string message;
};

// `file:line:col: error: message` (or `warning:`).
std::string format_diagnostic(const Diagnostic& diagnostic);

bool has_errors(const std::vector<Diagnostic>& diagnostics);

}  // namespace surrealpp::schema

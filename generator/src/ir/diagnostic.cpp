#include "surrealpp/schema/diagnostic.hpp"

#include <algorithm>

namespace surrealpp::schema {

std::string format_diagnostic(const Diagnostic& diagnostic) {
  std::string out = diagnostic.location.file.empty() ? std::string("<input>") : diagnostic.location.file;
  out += ':' + std::to_string(diagnostic.location.line) + ':' + std::to_string(diagnostic.location.column) +
         ": ";
  out += diagnostic.severity == Diagnostic::Severity::Error ? "error: " : "warning: ";
  out += diagnostic.message;
  return out;
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Diagnostic::Severity::Error; });
}

}  // namespace surrealpp::schema

#include "render/render_error.hpp"

#include <utility>

namespace surrealpp::schema {
namespace {

std::string describe(const std::string& construct, Syntax syntax, const SourceLocation& location,
                     const std::string& hint) {
  std::string text;
  if (location.known()) {
    text += location.file.empty() ? std::string("<input>") : location.file;
    text += ':' + std::to_string(location.line) + ':' + std::to_string(location.column) + ": ";
  }
  text += "error: " + construct + " has no SurrealDB " + (syntax == Syntax::V2 ? "2.x" : "3.x") + " form";
  if (!hint.empty()) text += " (" + hint + ")";
  return text;
}

}  // namespace

RenderError::RenderError(std::string construct, Syntax syntax, SourceLocation location,
                         const std::string& hint)
    : std::runtime_error(describe(construct, syntax, location, hint)),
      construct_(std::move(construct)),
      location_(std::move(location)) {}

}  // namespace surrealpp::schema

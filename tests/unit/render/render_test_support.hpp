// Shared helpers of the render unit tests: SurrealQL text in, canonical text out.
#pragma once

#include <doctest/doctest.h>

#include <string>

#include "render/render.hpp"
#include "surrealpp/schema/parse.hpp"

namespace surrealpp::test {

inline schema::Schema parse_ok(const std::string& text, schema::Syntax syntax = schema::Syntax::V3) {
  schema::ParseOptions options;
  options.syntax = syntax;
  schema::ParseResult result = schema::parse_surql(text, "test.surql", options);
  std::string problems;
  for (const auto& diagnostic : result.diagnostics) problems += schema::format_diagnostic(diagnostic) + '\n';
  INFO(problems);
  REQUIRE(result.ok());
  return result.schema;
}

// The canonical text of a one-statement source, without the `;`.
inline std::string canonical(const std::string& text, schema::Syntax to = schema::Syntax::V3,
                             schema::Syntax from = schema::Syntax::V3) {
  schema::Schema parsed = parse_ok(text, from);
  REQUIRE(parsed.statements.size() == 1);
  schema::RenderOptions options;
  options.syntax = to;
  return schema::render_statement(parsed.statements.front(), options);
}

// The whole rendering of a source.
inline std::string formatted(const std::string& text, schema::Syntax to = schema::Syntax::V3) {
  schema::RenderOptions options;
  options.syntax = to;
  return schema::render_surql(parse_ok(text), options);
}

}  // namespace surrealpp::test

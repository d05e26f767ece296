// Helpers shared by the schema unit tests.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <variant>

#include "surrealpp/schema/parse.hpp"

namespace surrealpp::schema::test {

inline std::string all_diagnostics(const ParseResult& result) {
  std::string out;
  for (const auto& diagnostic : result.diagnostics) out += format_diagnostic(diagnostic) + "\n";
  return out;
}

// Parses text that must be valid and returns its schema.
inline Schema parse_ok(const std::string& text, Syntax syntax = Syntax::V3) {
  ParseResult result = parse_surql(text, "test.surql", ParseOptions{syntax});
  INFO(all_diagnostics(result));
  CHECK(result.ok());
  return std::move(result.schema);
}

// Parses text that must be rejected and returns the diagnostics, formatted one per line.
inline std::string parse_errors(const std::string& text, Syntax syntax = Syntax::V3) {
  ParseResult result = parse_surql(text, "test.surql", ParseOptions{syntax});
  CHECK_FALSE(result.ok());
  return all_diagnostics(result);
}

// The one statement of a schema, which must be of type T. The schema must outlive the reference.
template <typename T>
const T& only(const Schema& schema) {
  REQUIRE(schema.statements.size() == 1);
  const T* node = std::get_if<T>(&schema.statements.front().node);
  REQUIRE(node != nullptr);
  return *node;
}

// For a temporary schema: a copy of its one statement (binding `const auto&` to it extends its life).
template <typename T>
T only(Schema&& schema) {
  const Schema& kept = schema;
  return only<T>(kept);
}

}  // namespace surrealpp::schema::test

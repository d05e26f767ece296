// Helpers for differ tests: parse two schema texts and diff them.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "diff/differ.hpp"
#include "surrealpp/schema/parse.hpp"

namespace difftest {

using namespace surrealpp::schema;
using namespace surrealpp::schema::diff;

inline Schema parse(const std::string& text, Syntax syntax = Syntax::V3) {
  ParseOptions options;
  options.syntax = syntax;
  ParseResult result = parse_surql(text, "test.surql", options);
  for (const auto& d : result.diagnostics) INFO(format_diagnostic(d));
  REQUIRE(result.ok());
  return result.schema;
}

inline Plan plan_of(const std::string& from, const std::string& to, Syntax syntax = Syntax::V3) {
  DiffOptions options;
  options.syntax = syntax;
  return diff_schemas(parse(from, syntax), parse(to, syntax), options);
}

inline std::vector<std::string> descriptions(const Plan& plan) {
  std::vector<std::string> result;
  for (const auto& op : plan.operations) result.push_back(op.describe());
  return result;
}

inline const Operation& find_op(const Plan& plan, const std::string& description) {
  auto it = std::find_if(plan.operations.begin(), plan.operations.end(),
                         [&](const Operation& op) { return op.describe() == description; });
  INFO("looking for: " << description);
  REQUIRE(it != plan.operations.end());
  return *it;
}

inline bool contains(const std::vector<std::string>& statements, const std::string& text) {
  return std::find(statements.begin(), statements.end(), text) != statements.end();
}

inline bool any_starts_with(const std::vector<std::string>& statements, const std::string& prefix) {
  return std::any_of(statements.begin(), statements.end(),
                     [&](const std::string& s) { return s.rfind(prefix, 0) == 0; });
}

inline std::size_t index_of(const Plan& plan, const std::string& description) {
  for (std::size_t i = 0; i < plan.operations.size(); ++i)
    if (plan.operations[i].describe() == description) return i;
  FAIL("no operation " << description);
  return 0;
}

}  // namespace difftest

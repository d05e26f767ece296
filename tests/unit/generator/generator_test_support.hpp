#pragma once
// Helpers for the generator tests: a schema from SurrealQL text, and the plan / files the generator makes of
// it.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "emit/cpp/model_plan.hpp"
#include "surrealpp/emit/cpp_generator.hpp"
#include "surrealpp/schema/parse.hpp"

namespace generator_test {

inline surrealpp::schema::Schema parse(std::string_view surql) {
  auto result = surrealpp::schema::parse_surql(surql, "test.surql");
  REQUIRE(result.ok());
  return result.schema;
}

inline surrealpp::emit::cpp::ModelPlan plan(std::string_view surql,
                                            surrealpp::emit::cpp::GenerateOptions options = {}) {
  return surrealpp::emit::cpp::plan_models(parse(surql), options);
}

inline const surrealpp::emit::cpp::TablePlan& table(const surrealpp::emit::cpp::ModelPlan& plan,
                                                    std::string_view name) {
  auto it =
      std::find_if(plan.tables.begin(), plan.tables.end(), [&](const auto& t) { return t.table == name; });
  REQUIRE(it != plan.tables.end());
  return *it;
}

inline const surrealpp::emit::cpp::MemberPlan& member(const surrealpp::emit::cpp::StructPlan& plan,
                                                      std::string_view key) {
  auto it =
      std::find_if(plan.members.begin(), plan.members.end(), [&](const auto& m) { return m.key == key; });
  REQUIRE(it != plan.members.end());
  return *it;
}

// The C++ type of field `field` of table `t` in a one-field schema.
inline std::string field_type(std::string_view type_text) {
  auto p = plan("DEFINE TABLE t SCHEMAFULL; DEFINE FIELD f ON t TYPE " + std::string(type_text) + ";");
  return member(table(p, "t").model(), "f").type;
}

inline std::vector<surrealpp::emit::cpp::GeneratedFile> generate(
    std::string_view surql, surrealpp::emit::cpp::GenerateOptions options = {}) {
  return surrealpp::emit::cpp::generate_cpp(parse(surql), options);
}

inline const std::string& file(const std::vector<surrealpp::emit::cpp::GeneratedFile>& files,
                               std::string_view path) {
  auto it = std::find_if(files.begin(), files.end(), [&](const auto& f) { return f.path == path; });
  REQUIRE_MESSAGE(it != files.end(), "no generated file " << path);
  return it->content;
}

inline bool contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

}  // namespace generator_test

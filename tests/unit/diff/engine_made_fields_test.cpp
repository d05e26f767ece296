// Introspection leaves out the fields SurrealDB makes by itself (in/out of relations, x.* of arrays), and
// keeps every definition someone wrote, including an engine-made name with a different definition.
#include "introspect/engine_made_fields.hpp"
#include "diff_test_support.hpp"

using namespace difftest;

namespace {

std::vector<std::string> field_names(const Schema& schema) {
  std::vector<std::string> names;
  for (const auto& statement : schema.statements)
    if (const auto* field = std::get_if<FieldDefinition>(&statement.node))
      names.push_back(field->table.value + "." + field->name.value);
  return names;
}

}  // namespace

TEST_CASE("INFO's engine-made fields are left out, written ones kept") {
  // As INFO FOR TABLE lists them (3.x): alphabetical, the engine's own fields included.
  Schema info = parse(
      "DEFINE TABLE likes TYPE RELATION IN user OUT post SCHEMAFULL;"
      "DEFINE FIELD at ON likes TYPE datetime PERMISSIONS FULL;"
      "DEFINE FIELD in ON likes TYPE record<user> PERMISSIONS FULL;"
      "DEFINE FIELD out ON likes TYPE record<post> PERMISSIONS FULL;"
      "DEFINE TABLE post SCHEMAFULL;"
      "DEFINE FIELD tags ON post TYPE array<string> PERMISSIONS FULL;"
      "DEFINE FIELD tags.* ON post TYPE string PERMISSIONS FULL;"
      "DEFINE FIELD scores ON post TYPE array<int> PERMISSIONS FULL;"
      "DEFINE FIELD scores.* ON post TYPE int ASSERT $value >= 0 PERMISSIONS FULL;");
  Schema written = without_engine_made_fields(info);
  CHECK(field_names(written) ==
        std::vector<std::string>{"likes.at", "post.tags", "post.scores", "post.scores.*"});
  CHECK(written.statements.size() == info.statements.size() - 3);
}

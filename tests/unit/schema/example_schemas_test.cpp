// The example schemas in schemas/ are what samples and docs build on: they must parse and pass every check.
#include <doctest/doctest.h>

#include <filesystem>

#include "schema_test_support.hpp"
#include "surrealpp/schema/check.hpp"

using namespace surrealpp::schema;

TEST_CASE("every example schema parses and passes the strict checks") {
  const std::filesystem::path schemas = std::filesystem::path(SURREALPP_SOURCE_DIR) / "schemas";
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(schemas)) {
    if (entry.path().extension() != ".surql") continue;
    ++files;
    ParseResult result = parse_surql_file(entry.path());
    INFO(entry.path().string() << "\n" << test::all_diagnostics(result));
    CHECK(result.ok());
    auto findings = check_schema(result.schema, CheckOptions{true});
    std::string text;
    for (const auto& finding : findings) text += format_diagnostic(finding) + "\n";
    CHECK_MESSAGE(findings.empty(), text);
  }
  CHECK(files >= 3);
}

TEST_CASE("the game schema has the tables, relation and function the samples use") {
  ParseResult result =
      parse_surql_file(std::filesystem::path(SURREALPP_SOURCE_DIR) / "schemas" / "game.surql");
  REQUIRE(result.ok());
  bool cast_vote = false, plays_at = false;
  for (const Statement& statement : result.schema.statements) {
    if (const auto* function = std::get_if<FunctionDefinition>(&statement.node)) {
      cast_vote = cast_vote || function->name.value == "fn::cast_vote";
    }
    if (const auto* table = std::get_if<TableDefinition>(&statement.node)) {
      plays_at =
          plays_at || (table->name.value == "plays_at" && table->type == TableDefinition::Type::Relation);
    }
  }
  CHECK(cast_vote);
  CHECK(plays_at);
}

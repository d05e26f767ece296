// DEFINE TABLE: every clause, aliases, and the exact text of captured expressions.
#include <doctest/doctest.h>

#include "schema_test_support.hpp"

using namespace surrealpp::schema;
using surrealpp::schema::test::only;
using surrealpp::schema::test::parse_ok;

TEST_CASE("DEFINE TABLE with SCHEMAFULL, DROP, CHANGEFEED, PERMISSIONS and COMMENT") {
  auto schema = parse_ok(
      "DEFINE TABLE IF NOT EXISTS user DROP SCHEMAFULL CHANGEFEED 1d INCLUDE ORIGINAL COMMENT 'people' "
      "PERMISSIONS FOR select FULL, FOR create WHERE $auth.admin = true, FOR update, delete NONE;");
  const auto& table = only<TableDefinition>(schema);
  CHECK(table.mode == DefineMode::IfNotExists);
  CHECK(table.name.value == "user");
  CHECK(table.drop);
  CHECK(table.schema == TableDefinition::Schemafulness::Schemafull);
  REQUIRE(table.changefeed);
  CHECK(table.changefeed->duration == "1d");
  CHECK(table.changefeed->include_original);
  REQUIRE(table.comment);
  CHECK(table.comment->text == "'people'");
  REQUIRE(table.permissions);
  REQUIRE(table.permissions->rules.size() == 3);
  CHECK(table.permissions->rules[0].kind == PermissionRule::Kind::Full);
  CHECK(table.permissions->rules[1].kind == PermissionRule::Kind::Where);
  CHECK(table.permissions->rules[1].condition->text == "$auth.admin = true");
  CHECK(table.permissions->rules[2].actions ==
        std::vector<PermissionAction>{PermissionAction::Update, PermissionAction::Delete});
  CHECK(table.permissions->rules[2].kind == PermissionRule::Kind::None);
}

TEST_CASE("keywords are case-insensitive and TB / SCHEMAFUL are aliases") {
  const auto& table = only<TableDefinition>(parse_ok("define tb Post schemaful;"));
  CHECK(table.name.value == "Post");
  CHECK(table.schema == TableDefinition::Schemafulness::Schemafull);
}

TEST_CASE("relation tables: IN/OUT and FROM/TO with alternatives, ENFORCED") {
  const auto& likes =
      only<TableDefinition>(parse_ok("DEFINE TABLE likes TYPE RELATION IN user OUT post|comment ENFORCED;"));
  CHECK(likes.type == TableDefinition::Type::Relation);
  CHECK(likes.relation_in == std::vector<std::string>{"user"});
  CHECK(likes.relation_out == std::vector<std::string>{"post", "comment"});
  CHECK(likes.enforced);
  const auto& follows =
      only<TableDefinition>(parse_ok("DEFINE TABLE follows TYPE RELATION FROM user TO user;"));
  CHECK(follows.relation_in == std::vector<std::string>{"user"});
  CHECK(follows.relation_out == std::vector<std::string>{"user"});
}

TEST_CASE("TYPE NORMAL and TYPE ANY, SCHEMALESS") {
  CHECK(only<TableDefinition>(parse_ok("DEFINE TABLE a TYPE NORMAL;")).type == TableDefinition::Type::Normal);
  const auto& any = only<TableDefinition>(parse_ok("DEFINE TABLE a TYPE ANY SCHEMALESS;"));
  CHECK(any.type == TableDefinition::Type::Any);
  CHECK(any.schema == TableDefinition::Schemafulness::Schemaless);
}

TEST_CASE("a view keeps its SELECT text, commas and GROUP BY included, and stops at PERMISSIONS") {
  const auto& view =
      only<TableDefinition>(parse_ok("DEFINE TABLE stats AS SELECT count() AS total, math::sum(age) FROM "
                                     "user GROUP BY country PERMISSIONS NONE;"));
  REQUIRE(view.view);
  CHECK(view.view->text == "SELECT count() AS total, math::sum(age) FROM user GROUP BY country");
  REQUIRE(view.permissions);
  CHECK(view.permissions->rules[0].kind == PermissionRule::Kind::None);
}

TEST_CASE("escaped names: backticks and angle brackets resolve their escapes") {
  CHECK(only<TableDefinition>(parse_ok("DEFINE TABLE `my table`;")).name.value == "my table");
  CHECK(only<TableDefinition>(parse_ok("DEFINE TABLE `a\\`b`;")).name.value == "a`b");
  const auto& angle = only<TableDefinition>(parse_ok("DEFINE TABLE \xE2\x9F\xA8odd name\xE2\x9F\xA9;"));
  CHECK(angle.name.value == "odd name");
  CHECK(angle.name.text == "\xE2\x9F\xA8odd name\xE2\x9F\xA9");
}

TEST_CASE("unicode escapes in names: \\u{hex} and the four-digit JSON form, as SurrealDB reads them") {
  CHECK(only<TableDefinition>(parse_ok("DEFINE TABLE \xE2\x9F\xA8\\u0053\xE2\x9F\xA9;")).name.value == "S");
  CHECK(only<TableDefinition>(parse_ok("DEFINE TABLE \xE2\x9F\xA8\\u{55}\xE2\x9F\xA9;")).name.value == "U");
  CHECK(only<TableDefinition>(parse_ok("DEFINE TABLE `\\u00e9t\\u00e9`;")).name.value == "\xC3\xA9t\xC3\xA9");
}

TEST_CASE("3.x parameter names and OVERWRITE") {
  const auto& table = only<TableDefinition>(parse_ok("DEFINE TABLE OVERWRITE $name COMMENT $comment;"));
  CHECK(table.mode == DefineMode::Overwrite);
  CHECK(table.name.form == Name::Form::Parameter);
  CHECK(table.name.value == "name");
  CHECK(table.comment->text == "$comment");
}

TEST_CASE("keywords are valid table names") {
  CHECK(only<TableDefinition>(parse_ok("DEFINE TABLE table;")).name.value == "table");
  CHECK(only<TableDefinition>(parse_ok("DEFINE TABLE overwrite;")).name.value == "overwrite");
  CHECK(only<TableDefinition>(parse_ok("DEFINE TABLE value SCHEMALESS;")).name.value == "value");
}

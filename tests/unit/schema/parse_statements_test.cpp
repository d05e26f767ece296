// REMOVE / ALTER / INFO / USE, opaque statements, lexical forms (comments, strings, escapes) and locations.
#include <doctest/doctest.h>

#include "schema_test_support.hpp"

using namespace surrealpp::schema;
using surrealpp::schema::test::only;
using surrealpp::schema::test::parse_errors;
using surrealpp::schema::test::parse_ok;

TEST_CASE("REMOVE forms") {
  const auto& field = only<RemoveStatement>(parse_ok("REMOVE FIELD IF EXISTS address.city ON TABLE person;"));
  CHECK(field.kind == DefinitionKind::Field);
  CHECK(field.if_exists);
  CHECK(field.name.value == "address.city");
  CHECK(field.on->value == "person");
  const auto& function = only<RemoveStatement>(parse_ok("REMOVE FUNCTION fn::greet();"));
  CHECK(function.kind == DefinitionKind::Function);
  CHECK(function.name.value == "fn::greet");
  const auto& user = only<RemoveStatement>(parse_ok("REMOVE USER admin ON ROOT;"));
  CHECK(user.base == Base::Root);
  CHECK(only<RemoveStatement>(parse_ok("REMOVE PARAM $limit;")).name.value == "limit");
  CHECK(only<RemoveStatement>(parse_ok("remove tb t;")).kind == DefinitionKind::Table);
}

TEST_CASE("ALTER statements split into clauses") {
  const auto& table =
      only<AlterStatement>(parse_ok("ALTER TABLE IF EXISTS user SCHEMAFULL COMMENT 'people';"));
  CHECK(table.kind == DefinitionKind::Table);
  CHECK(table.if_exists);
  CHECK(table.name->value == "user");
  REQUIRE(table.clauses.size() == 2);
  CHECK(table.clauses[0].keyword == "SCHEMAFULL");
  CHECK(table.clauses[1].keyword == "COMMENT");
  CHECK(table.clauses[1].argument->text == "'people'");
  const auto& bucket =
      only<AlterStatement>(parse_ok("ALTER BUCKET b DROP READONLY DROP COMMENT PERMISSIONS FULL;"));
  REQUIRE(bucket.clauses.size() == 3);
  CHECK(bucket.clauses[0].keyword == "READONLY");
  CHECK(bucket.clauses[0].drop);
  CHECK(bucket.clauses[1].keyword == "COMMENT");
  CHECK(bucket.clauses[1].drop);
  CHECK(bucket.clauses[2].argument->text == "FULL");
  const auto& field = only<AlterStatement>(parse_ok("ALTER FIELD name ON user TYPE string;"));
  CHECK(field.on->value == "user");
  const auto& index = only<AlterStatement>(parse_ok("ALTER INDEX i ON t PREPARE REMOVE COMMENT 'x';"));
  CHECK(index.clauses.size() == 2);
  const auto& system = only<AlterStatement>(parse_ok("ALTER SYSTEM QUERY_TIMEOUT 200ms;"));
  CHECK(system.kind == DefinitionKind::System);
  CHECK(system.clauses[0].argument->text == "200ms");
}

TEST_CASE("ALTER INDEX and ALTER SYSTEM need a clause, with SurrealDB's expectation list") {
  CHECK(parse_errors("ALTER INDEX a ON t;") ==
        "test.surql:1:19: error: unexpected `;`, expected `COMMENT`, `DROP` or `PREPARE`\n");
  CHECK(parse_errors("ALTER SYSTEM;").find("`COMPACT`") != std::string::npos);
}

TEST_CASE("INFO statements") {
  CHECK(only<InfoStatement>(parse_ok("INFO FOR DB;")).target == InfoStatement::Target::Database);
  CHECK(only<InfoStatement>(parse_ok("INFO FOR KV;")).target == InfoStatement::Target::Root);
  const auto& table = only<InfoStatement>(parse_ok("INFO FOR TABLE user STRUCTURE;"));
  CHECK(table.target == InfoStatement::Target::Table);
  CHECK(table.name->value == "user");
  CHECK(table.structure);
  const auto& index = only<InfoStatement>(parse_ok("INFO FOR INDEX idx ON user;"));
  CHECK(index.on->value == "user");
  CHECK(only<InfoStatement>(parse_ok("INFO FOR USER root ON ROOT;")).base == Base::Root);
}

TEST_CASE("USE sets namespace and database") {
  const auto& use = only<UseStatement>(parse_ok("USE NS app DB main;"));
  CHECK(use.namespace_name->value == "app");
  CHECK(use.database_name->value == "main");
  CHECK(only<UseStatement>(parse_ok("USE DATABASE other;")).database_name->value == "other");
}

TEST_CASE("other statements are kept verbatim as opaque statements") {
  Schema schema = parse_ok("LET $x = { a: 1; };\nSELECT * FROM user WHERE name = ';';\nBEGIN;\nCOMMIT;");
  REQUIRE(schema.statements.size() == 4);
  const auto& let = std::get<OpaqueStatement>(schema.statements[0].node);
  CHECK(let.text.text == "LET $x = { a: 1; }");
  CHECK(std::get<OpaqueStatement>(schema.statements[1].node).text.text ==
        "SELECT * FROM user WHERE name = ';'");
}

TEST_CASE("the legacy IF … THEN …; ELSE …; END statement is one statement") {
  Schema schema = parse_ok("IF true THEN CREATE a; ELSE CREATE b; END;\nSELECT 1;");
  REQUIRE(schema.statements.size() == 2);
  CHECK(schema.statements[0].text == "IF true THEN CREATE a; ELSE CREATE b; END");
}

TEST_CASE("comments of every style are skipped; strings with prefixes are single tokens") {
  Schema schema = parse_ok(
      "-- dash\n// slashes\n# hash\n/* block ; */\nDEFINE TABLE t COMMENT s'a;b';\n"
      "DEFINE FIELD d ON t DEFAULT d'2024-01-01T00:00:00Z';\nDEFINE FIELD r ON t DEFAULT r\"t:1\";\n"
      "DEFINE FIELD b ON t DEFAULT b\"0011\";");
  REQUIRE(schema.statements.size() == 4);
  CHECK(std::get<TableDefinition>(schema.statements[0].node).comment->text == "s'a;b'");
  CHECK(std::get<FieldDefinition>(schema.statements[1].node).default_value->text ==
        "d'2024-01-01T00:00:00Z'");
}

TEST_CASE("statement locations: line, column, byte offset and length (multi-byte text included)") {
  Schema schema = parse_ok("DEFINE TABLE a COMMENT '\xC3\xA9t\xC3\xA9';\n  DEFINE TABLE b;");
  REQUIRE(schema.statements.size() == 2);
  const SourceLocation& second = schema.statements[1].location;
  CHECK(second.file == "test.surql");
  CHECK(second.line == 2);
  CHECK(second.column == 3);
  CHECK(second.offset == 34);  // 24 + 5 bytes of `été` + `';` + newline + 2 spaces
  CHECK(second.length == 14);
  CHECK(std::get<TableDefinition>(schema.statements[0].node).comment->text == "'\xC3\xA9t\xC3\xA9'");
}

TEST_CASE("every syntax error is reported, not only the first") {
  std::string errors = parse_errors("DEFINE TABLE;\nDEFINE TABLE ok;\nDEFINE FIELD x ON;\n");
  CHECK(errors.find("test.surql:1:13: error: unexpected `;`") != std::string::npos);
  CHECK(errors.find("test.surql:3:18: error: unexpected `;`") != std::string::npos);
}

TEST_CASE(
    "a syntax error after valid statements: each statement and each message once, empty statements skipped") {
  // The fast path builds statements one at a time and gives up at the first syntax error; what it built
  // before must not be kept next to what the error-recovering pass builds again.
  ParseResult result =
      parse_surql(";DEFINE TABLE a;;\nDEFINE INDEX i ON a;\nDEFINE TABLE;\nDEFINE TABLE b;", "test.surql");
  CHECK(surrealpp::schema::test::all_diagnostics(result) ==
        "test.surql:2:20: error: Expected at least one column - Use FIELDS to define columns\n"
        "test.surql:3:13: error: unexpected `;`, expected a name\n");
  REQUIRE(result.schema.statements.size() == 3);
  CHECK(std::get<TableDefinition>(result.schema.statements[0].node).name.value == "a");
  CHECK(std::holds_alternative<IndexDefinition>(result.schema.statements[1].node));
  CHECK(std::get<TableDefinition>(result.schema.statements[2].node).name.value == "b");
}

TEST_CASE("a valid script with empty statements and no final `;`") {
  Schema schema = parse_ok(";;DEFINE TABLE a;;\n;DEFINE TABLE b");
  REQUIRE(schema.statements.size() == 2);
  CHECK(std::get<TableDefinition>(schema.statements[1].node).name.value == "b");
}

TEST_CASE(
    "a statement cut short by the end of the text: the error points where the whitespace after it starts") {
  // Whitespace makes no token; the end of input is placed just past the last token (a comment included), as
  // when whitespace was a hidden token. Without whitespace after it, ANTLR places it at the last token.
  CHECK(parse_errors("DEFINE TABLE a;\nDEFINE FIELD x ON\n") ==
        "test.surql:2:18: error: unexpected end of file, expected a name\n");
  CHECK(parse_errors("DEFINE TABLE a;\nDEFINE FIELD x ON /* multi\nline */  \n\n") ==
        "test.surql:3:8: error: unexpected end of file, expected a name\n");
  // Columns count code points: `été` is 3 columns.
  CHECK(parse_errors("DEFINE TABLE a;\nDEFINE FIELD x ON /* \xC3\xA9t\xC3\xA9 */ \t\n") ==
        "test.surql:2:28: error: unexpected end of file, expected a name\n");
  CHECK(parse_errors("DEFINE TABLE a;\nDEFINE FIELD x ON") ==
        "test.surql:2:16: error: unexpected end of file, expected a name\n");
}

TEST_CASE("a missing expression says so") {
  CHECK(parse_errors("DEFINE FIELD y ON user TYPE string DEFAULT;") ==
        "test.surql:1:43: error: unexpected `;`, expected an expression\n");
}

TEST_CASE("DDL between BEGIN and COMMIT is top level; a block with DDL stays one statement") {
  Schema schema = parse_ok("BEGIN;\nDEFINE TABLE t;\nCOMMIT;\n{ DEFINE TABLE u; DEFINE FIELD a ON u; };");
  REQUIRE(schema.statements.size() == 4);
  CHECK(std::holds_alternative<TableDefinition>(schema.statements[1].node));
  CHECK(std::holds_alternative<OpaqueStatement>(schema.statements[3].node));
}

TEST_CASE("DDL inside blocks, IF bodies and function bodies is parsed into `nested`") {
  Schema schema = parse_ok(
      "{ DEFINE TABLE inner_t; DEFINE FIELD a ON inner_t TYPE int; };\n"
      "IF $x { DEFINE TABLE maybe; } ELSE { REMOVE TABLE maybe; };\n"
      "DEFINE FUNCTION fn::setup() { DEFINE TABLE made_by_fn; RETURN true; };");
  REQUIRE(schema.statements.size() == 3);
  const auto& block = std::get<OpaqueStatement>(schema.statements[0].node);
  REQUIRE(block.nested.size() == 2);
  CHECK(std::get<TableDefinition>(block.nested[0].node).name.value == "inner_t");
  CHECK(block.nested[1].location.line == 1);
  CHECK(block.nested[1].location.column == 25);
  const auto& conditional = std::get<OpaqueStatement>(schema.statements[1].node);
  REQUIRE(conditional.nested.size() == 2);
  CHECK(std::holds_alternative<RemoveStatement>(conditional.nested[1].node));
  const auto& function = std::get<FunctionDefinition>(schema.statements[2].node);
  REQUIRE(function.nested.size() == 2);
  CHECK(std::get<TableDefinition>(function.nested[0].node).name.value == "made_by_fn");
}

TEST_CASE("an error in nested DDL is reported at its real position") {
  CHECK(parse_errors("SELECT 1;\n{\n  DEFINE INDEX i ON t;\n};") ==
        "test.surql:3:22: error: Expected at least one column - Use FIELDS to define columns\n");
}

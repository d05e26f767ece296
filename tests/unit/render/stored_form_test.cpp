// A schema as SurrealDB stores it (render/stored_form.hpp): one case per rule. Each case puts the source and
// the INFO spelling through the pass and expects the same IR.
#include "render/stored_form.hpp"

#include "export/json_export.hpp"
#include "render_test_support.hpp"

using namespace surrealpp::schema;
using surrealpp::test::parse_ok;

namespace {

std::string stored(const std::string& text) {
  Schema schema = parse_ok(text);
  render::to_stored_form(schema);
  std::string out;
  JsonExportOptions options;
  options.locations = false;
  options.source_text = false;
  options.pretty = false;
  for (const auto& statement : schema.statements) out += export_statement_json(statement, options) + '\n';
  return out;
}

}  // namespace

TEST_CASE("rule 1: DDL in a top-level block follows the block") {
  const std::string out = stored("{ DEFINE TABLE a; DEFINE FIELD f ON a; };");
  CHECK(out.find("\"define_table\"") != std::string::npos);
  CHECK(out.find("\"define_field\"") != std::string::npos);
  CHECK(out.find("\"define_table\"") > out.find("\"opaque\""));
  // An IF body runs only when its condition holds: it stays nested.
  CHECK(stored("IF $x { DEFINE TABLE a; };").find("\"define_table\"") == std::string::npos);
}

TEST_CASE("rule 2: parameters bound to literals by LET are evaluated in names and whole clauses") {
  CHECK(stored("LET $name = 'test_table'; LET $comment = 'c'; DEFINE TABLE $name COMMENT $comment;")
            .find(stored("DEFINE TABLE test_table COMMENT 'c';")) != std::string::npos);
  CHECK(stored("LET $t = 'x'; DEFINE FIELD f ON $t; REMOVE TABLE $t;")
            .find(stored("DEFINE FIELD f ON x; REMOVE TABLE x;")) != std::string::npos);
  // DEFINE PARAM names a parameter, it does not use one.
  CHECK(stored("LET $p = 'x'; DEFINE PARAM $p VALUE 1;").find("\"value\":\"p\"") != std::string::npos);
  // Not a literal: nothing is evaluated.
  CHECK(stored("LET $t = fn::name(); DEFINE TABLE $t;").find("\"form\":\"parameter\"") != std::string::npos);
}

TEST_CASE("rule 3: expressions are in their canonical form") {
  CHECK(stored("DEFINE FUNCTION fn::f() { RETURN { b: 1, a: 2, }; };") ==
        stored("DEFINE FUNCTION fn::f() { RETURN { a: 2, b: 1 }; };"));
}

TEST_CASE("rule 4: array<any> is array") {
  CHECK(stored("DEFINE FIELD f ON t TYPE array<any>;") == stored("DEFINE FIELD f ON t TYPE array;"));
  CHECK(stored("DEFINE FIELD f ON t TYPE set<any>;") == stored("DEFINE FIELD f ON t TYPE set;"));
  CHECK(stored("DEFINE FIELD f ON t TYPE array<any, 2>;") != stored("DEFINE FIELD f ON t TYPE array;"));
}

TEST_CASE("rule 5: CONFIG spells out its defaults") {
  CHECK(stored("DEFINE CONFIG GRAPHQL AUTO;") == stored("DEFINE CONFIG GRAPHQL TABLES AUTO FUNCTIONS AUTO;"));
  CHECK(stored("DEFINE CONFIG GRAPHQL TABLES NONE;") ==
        stored("DEFINE CONFIG GRAPHQL TABLES NONE FUNCTIONS NONE;"));
  CHECK(stored("DEFINE CONFIG GRAPHQL FUNCTIONS NONE;") ==
        stored("DEFINE CONFIG GRAPHQL TABLES NONE FUNCTIONS NONE;"));
  CHECK(stored("DEFINE CONFIG API MIDDLEWARE fn::m;") ==
        stored("DEFINE CONFIG API MIDDLEWARE fn::m PERMISSIONS FULL;"));
}

TEST_CASE("rule 6: API paths print their escapes without the backslash") {
  CHECK(stored("DEFINE API \"/test/\\\\:colon\" FOR get THEN { RETURN 1 };") ==
        stored("DEFINE API '/test/:colon' FOR get THEN { RETURN 1 };"));
}

TEST_CASE("rule 5: a user without roles is a viewer") {
  CHECK(stored("DEFINE USER u ON DATABASE PASSWORD 'x';") ==
        stored("DEFINE USER u ON DATABASE PASSWORD 'x' ROLES VIEWER;"));
}

TEST_CASE("rule 7: a definition of an implied field, in any mode, is the implied field") {
  const std::string table = "DEFINE TABLE knows TYPE RELATION FROM person TO person;";
  CHECK(stored(table + "DEFINE FIELD OVERWRITE in ON knows TYPE record<person>;") == stored(table));
  CHECK(
      stored(
          "DEFINE FIELD tags ON t TYPE array<string>; DEFINE FIELD IF NOT EXISTS tags.* ON t TYPE string;") ==
      stored("DEFINE FIELD tags ON t TYPE array<string>;"));
  // A different type is a real definition.
  CHECK(stored(table + "DEFINE FIELD in ON knows TYPE record<thing>;") != stored(table));
}

TEST_CASE("rule 5: a param without VALUE is VALUE NONE") {
  CHECK(stored("DEFINE PARAM $p COMMENT 'c';") == stored("DEFINE PARAM $p VALUE NONE COMMENT 'c';"));
}

TEST_CASE("rule 8: field names are canonical idioms") {
  CHECK(stored("DEFINE FIELD all[*] ON tab;") == stored("DEFINE FIELD `all`.* ON tab;"));
  CHECK(stored("DEFINE FIELD flatten... ON tab;") == stored("DEFINE FIELD flatten… ON tab;"));
}

TEST_CASE("rule 9: ALTER TABLE is applied to the definition") {
  CHECK(stored("DEFINE TABLE t; ALTER TABLE t SCHEMALESS PERMISSIONS FOR create FULL CHANGEFEED 1d COMMENT "
               "'x';") ==
        stored("DEFINE TABLE t SCHEMALESS CHANGEFEED 1d PERMISSIONS FOR create FULL COMMENT 'x';"));
  CHECK(stored(
            "DEFINE TABLE t COMMENT 'x' CHANGEFEED 1d; ALTER TABLE t SCHEMAFULL DROP CHANGEFEED DROP COMMENT "
            "PERMISSIONS NONE TYPE ANY;") == stored("DEFINE TABLE t TYPE ANY SCHEMAFULL PERMISSIONS NONE;"));
}

TEST_CASE("rule 10: typing in/out of a relation table sets its IN/OUT tables") {
  CHECK(
      stored("DEFINE TABLE likes TYPE RELATION IN person OUT person | thing; REMOVE FIELD out ON likes; "
             "DEFINE FIELD out ON likes TYPE record<person | thing | other>;") ==
      stored(
          "DEFINE TABLE likes TYPE RELATION IN person OUT person | thing | other; REMOVE FIELD out ON likes; "
          "DEFINE FIELD out ON likes TYPE record<person | thing | other> PERMISSIONS FULL;"));
}

TEST_CASE("rule 11: a parent's array type gives the element fields already defined their types") {
  CHECK(stored("DEFINE FIELD foo.* ON bar TYPE number PERMISSIONS FOR update NONE; "
               "DEFINE FIELD foo ON bar TYPE array<bool>;") ==
        stored("DEFINE FIELD foo.* ON bar TYPE bool PERMISSIONS FOR update NONE; "
               "DEFINE FIELD foo ON bar TYPE array<bool>;"));
}

TEST_CASE("rule 7 on 2.x: x[*] has the element type as written and x's FLEXIBLE") {
  auto stored2 = [](const std::string& text) {
    Schema schema = parse_ok(text);
    render::to_stored_form(schema, Syntax::V2);
    return schema.statements.size();
  };
  CHECK(stored2("DEFINE FIELD c ON t TYPE array<option<int>>; DEFINE FIELD c[*] ON t TYPE option<int>;") ==
        1);
  CHECK(
      stored2(
          "DEFINE FIELD i ON t TYPE array<object> FLEXIBLE; DEFINE FIELD i[*] ON t TYPE object FLEXIBLE;") ==
      1);
  CHECK(stored2("DEFINE FIELD c ON t TYPE array<int>; DEFINE FIELD c[*] ON t TYPE string;") == 2);
}

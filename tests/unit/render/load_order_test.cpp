// Whole-schema rendering: the order in which statements load, and the fields SurrealDB defines by itself.
#include "render/load_order.hpp"
#include "render_test_support.hpp"

using surrealpp::schema::Syntax;
using surrealpp::test::formatted;

TEST_CASE("tables come before their fields, fields before indexes and events") {
  CHECK(formatted("DEFINE INDEX i ON t FIELDS a; DEFINE EVENT e ON t WHEN true THEN (CREATE x); "
                  "DEFINE FIELD a ON t TYPE int; DEFINE TABLE t SCHEMAFULL;") ==
        "DEFINE TABLE t SCHEMAFULL;\n"
        "DEFINE FIELD a ON t TYPE int;\n"
        "DEFINE INDEX i ON t FIELDS a;\n"
        "DEFINE EVENT e ON t WHEN true THEN (CREATE x);\n");
}

TEST_CASE("database-level definitions come first: analyzers before the indexes using them") {
  CHECK(formatted("DEFINE TABLE t; DEFINE INDEX i ON t FIELDS b FULLTEXT ANALYZER en; "
                  "DEFINE ANALYZER en TOKENIZERS blank; DEFINE FUNCTION fn::f() { RETURN 1 };") ==
        "DEFINE FUNCTION fn::f() { RETURN 1 };\n"
        "DEFINE ANALYZER en TOKENIZERS BLANK;\n"
        "\n"
        "DEFINE TABLE t;\n"
        "DEFINE INDEX i ON t FIELDS b FULLTEXT ANALYZER en;\n");
}

TEST_CASE("a view comes after the tables it selects from") {
  CHECK(formatted("DEFINE TABLE v AS SELECT count() FROM src GROUP ALL; DEFINE TABLE src SCHEMALESS;") ==
        "DEFINE TABLE src SCHEMALESS;\n"
        "\n"
        "DEFINE TABLE v AS SELECT count() FROM src GROUP ALL;\n");
}

TEST_CASE("nothing moves across a statement that is not a definition") {
  CHECK(formatted("DEFINE FIELD a ON t TYPE int; CREATE t:1 SET a = 1; DEFINE TABLE t SCHEMAFULL;") ==
        "DEFINE FIELD a ON t TYPE int;\n"
        "CREATE t:1 SET a = 1;\n"
        "\n"
        "DEFINE TABLE t SCHEMAFULL;\n");
}

TEST_CASE("statements of one kind keep their source order") {
  CHECK(formatted("DEFINE TABLE b; DEFINE TABLE a; DEFINE FIELD y ON b; DEFINE FIELD x ON b;") ==
        "DEFINE TABLE b;\nDEFINE FIELD y ON b;\nDEFINE FIELD x ON b;\n\nDEFINE TABLE a;\n");
}

TEST_CASE("view sources are read from the top-level FROM") {
  using surrealpp::schema::render::view_sources;
  CHECK(view_sources("SELECT count() FROM a, b GROUP ALL") == std::vector<std::string>{"a", "b"});
  CHECK(view_sources("(SELECT x FROM ONLY person WHERE y IN (SELECT * FROM z))") ==
        std::vector<std::string>{"person"});
  CHECK(view_sources("SELECT * FROM `weird name`") == std::vector<std::string>{"weird name"});
}

TEST_CASE("implied element fields identical to SurrealDB's own are left out") {
  CHECK(formatted("DEFINE FIELD tags ON t TYPE array<string>; DEFINE FIELD tags.* ON t TYPE string "
                  "PERMISSIONS FULL;") == "DEFINE FIELD tags ON t TYPE array<string>;\n");
  CHECK(formatted(
            "DEFINE FIELD n ON t TYPE option<array<array<int>>>; DEFINE FIELD n.* ON t TYPE array<int>; "
            "DEFINE FIELD n.*.* ON t TYPE int;") == "DEFINE FIELD n ON t TYPE option<array<array<int>>>;\n");
}

TEST_CASE("an implied field with different settings is written with OVERWRITE") {
  CHECK(formatted("DEFINE FIELD tags ON t TYPE array<string>; DEFINE FIELD tags.* ON t TYPE string ASSERT "
                  "$value != '';") ==
        "DEFINE FIELD tags ON t TYPE array<string>;\n"
        "DEFINE FIELD OVERWRITE tags.* ON t TYPE string ASSERT $value != '';\n");
}

TEST_CASE("in and out of a relation table are implied by its IN and OUT") {
  CHECK(formatted(
            "DEFINE TABLE likes TYPE RELATION IN user OUT post; DEFINE FIELD in ON likes TYPE record<user>; "
            "DEFINE FIELD out ON likes TYPE record<post>; DEFINE FIELD at ON likes TYPE datetime;") ==
        "DEFINE TABLE likes TYPE RELATION IN user OUT post;\nDEFINE FIELD at ON likes TYPE datetime;\n");
  CHECK(formatted("DEFINE TABLE r TYPE RELATION; DEFINE FIELD in ON r TYPE record;") ==
        "DEFINE TABLE r TYPE RELATION;\n");
}

TEST_CASE("an element field defined before its array field is not implied") {
  CHECK(formatted("DEFINE FIELD tags.* ON t TYPE string; DEFINE FIELD tags ON t TYPE array<string>;") ==
        "DEFINE FIELD tags.* ON t TYPE string;\nDEFINE FIELD tags ON t TYPE array<string>;\n");
}

TEST_CASE("--keep-order leaves the statements where they are") {
  surrealpp::schema::RenderOptions options;
  options.reorder = false;
  CHECK(surrealpp::schema::render_surql(surrealpp::test::parse_ok("DEFINE FIELD a ON t; DEFINE TABLE t;"),
                                        options) == "DEFINE FIELD a ON t;\n\nDEFINE TABLE t;\n");
}

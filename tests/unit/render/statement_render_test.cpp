// The canonical text of single statements, in 3.x and 2.x syntax.
#include "render_test_support.hpp"

using surrealpp::schema::RenderError;
using surrealpp::schema::Syntax;
using surrealpp::test::canonical;

TEST_CASE("tables: keywords upper case, aliases resolved, clauses in INFO order") {
  CHECK(canonical("define table user schemafull") == "DEFINE TABLE user SCHEMAFULL");
  CHECK(canonical("DEFINE TABLE t PERMISSIONS NONE CHANGEFEED 1h COMMENT 'c' SCHEMALESS DROP TYPE NORMAL") ==
        "DEFINE TABLE t TYPE NORMAL DROP SCHEMALESS COMMENT 'c' CHANGEFEED 1h PERMISSIONS NONE");
  CHECK(canonical("DEFINE TABLE likes TYPE RELATION FROM user TO post|user ENFORCED") ==
        "DEFINE TABLE likes TYPE RELATION IN user OUT post | user ENFORCED");
  CHECK(canonical("DEFINE TABLE IF NOT EXISTS t") == "DEFINE TABLE IF NOT EXISTS t");
  CHECK(canonical("DEFINE TABLE OVERWRITE `select`") == "DEFINE TABLE OVERWRITE `select`");
}

TEST_CASE("views keep their query as written") {
  CHECK(canonical("DEFINE TABLE v AS SELECT count() FROM t GROUP ALL") ==
        "DEFINE TABLE v AS SELECT count() FROM t GROUP ALL");
}

TEST_CASE("table permissions are grouped by rule in action order") {
  CHECK(canonical(
            "DEFINE TABLE t PERMISSIONS FOR create WHERE a = 1 FOR select FULL FOR update, delete NONE") ==
        "DEFINE TABLE t PERMISSIONS FOR select FULL, FOR create WHERE a = 1, FOR update, delete NONE");
  CHECK(canonical("DEFINE TABLE t PERMISSIONS FOR select, create, update, delete FULL") ==
        "DEFINE TABLE t PERMISSIONS FULL");
}

TEST_CASE("a later permission rule for an action replaces an earlier one") {
  CHECK(canonical("DEFINE TABLE t PERMISSIONS FOR select FULL FOR select NONE") ==
        "DEFINE TABLE t PERMISSIONS FOR select NONE");
}

TEST_CASE("field permissions: 3.x has no delete, and only FULL collapses") {
  CHECK(canonical("DEFINE FIELD f ON t PERMISSIONS NONE") ==
        "DEFINE FIELD f ON t PERMISSIONS FOR select, create, update NONE");
  CHECK(canonical("DEFINE FIELD f ON t PERMISSIONS NONE", Syntax::V2) ==
        "DEFINE FIELD f ON t PERMISSIONS NONE");
  CHECK(canonical("DEFINE FIELD f ON t PERMISSIONS FULL") == "DEFINE FIELD f ON t PERMISSIONS FULL");
}

TEST_CASE("fields: clauses in INFO order") {
  CHECK(canonical("DEFINE FIELD a ON t COMMENT 'x' ASSERT true VALUE 1 READONLY DEFAULT ALWAYS 2 TYPE int") ==
        "DEFINE FIELD a ON t TYPE int DEFAULT ALWAYS 2 READONLY VALUE 1 ASSERT true COMMENT 'x'");
  CHECK(canonical("DEFINE FIELD r ON t TYPE record<a> REFERENCE ON DELETE CASCADE") ==
        "DEFINE FIELD r ON t TYPE record<a> REFERENCE ON DELETE CASCADE");
}

TEST_CASE("comments are re-quoted the canonical way") {
  CHECK(canonical("DEFINE TABLE t COMMENT \"plain\"") == "DEFINE TABLE t COMMENT 'plain'");
  CHECK(canonical("DEFINE TABLE t COMMENT 'it\\'s'") == "DEFINE TABLE t COMMENT \"it's\"");
}

TEST_CASE("FLEXIBLE goes after the type in 3.x and before it in 2.x") {
  CHECK(canonical("DEFINE FIELD o ON t TYPE object FLEXIBLE") == "DEFINE FIELD o ON t TYPE object FLEXIBLE");
  CHECK(canonical("DEFINE FIELD o ON t TYPE object FLEXIBLE", Syntax::V2) ==
        "DEFINE FIELD o ON t FLEXIBLE TYPE object");
}

TEST_CASE("COMPUTED and VALUE <future> are each other's spelling") {
  CHECK(canonical("DEFINE FIELD c ON t COMPUTED a + 1", Syntax::V2) ==
        "DEFINE FIELD c ON t VALUE <future> { a + 1 }");
  CHECK(canonical("DEFINE FIELD c ON t VALUE <future> { a + 1 }", Syntax::V3, Syntax::V2) ==
        "DEFINE FIELD c ON t COMPUTED { a + 1 }");
}

TEST_CASE("optional types: 3.x keeps the spelling, 2.x writes option<>") {
  CHECK(canonical("DEFINE FIELD a ON t TYPE option<int>") == "DEFINE FIELD a ON t TYPE option<int>");
  CHECK(canonical("DEFINE FIELD a ON t TYPE none | int") == "DEFINE FIELD a ON t TYPE none | int");
  CHECK(canonical("DEFINE FIELD a ON t TYPE none | int | string", Syntax::V2) ==
        "DEFINE FIELD a ON t TYPE option<int | string>");
}

TEST_CASE("types are re-spelled from the tree") {
  CHECK(canonical("DEFINE FIELD a ON t TYPE record<a|b>") == "DEFINE FIELD a ON t TYPE record<a | b>");
  CHECK(canonical("DEFINE FIELD a ON t TYPE point") == "DEFINE FIELD a ON t TYPE geometry<point>");
  CHECK(canonical("DEFINE FIELD a ON t TYPE \"a\" | \"b\"") == "DEFINE FIELD a ON t TYPE 'a' | 'b'");
  CHECK(canonical("DEFINE FIELD a ON t TYPE array<string,10>") ==
        "DEFINE FIELD a ON t TYPE array<string, 10>");
  CHECK(canonical("DEFINE FIELD a ON t TYPE {x:int,y:option<string>}") ==
        "DEFINE FIELD a ON t TYPE { x: int, y: option<string> }");
  CHECK(canonical("DEFINE FIELD a ON t TYPE [int,string]") == "DEFINE FIELD a ON t TYPE [int, string]");
}

TEST_CASE("array element fields use the syntax's spelling") {
  CHECK(canonical("DEFINE FIELD tags[*] ON t TYPE string") == "DEFINE FIELD tags.* ON t TYPE string");
  CHECK(canonical("DEFINE FIELD tags.* ON t TYPE string", Syntax::V2) ==
        "DEFINE FIELD tags[*] ON t TYPE string");
}

TEST_CASE("indexes: COLUMNS is FIELDS, full-text is FULLTEXT in 3.x and SEARCH in 2.x") {
  CHECK(canonical("DEFINE INDEX i ON t COLUMNS a, b UNIQUE") == "DEFINE INDEX i ON t FIELDS a, b UNIQUE");
  CHECK(canonical("DEFINE INDEX i ON t FIELDS body FULLTEXT ANALYZER en BM25(1.2,0.75) HIGHLIGHTS") ==
        "DEFINE INDEX i ON t FIELDS body FULLTEXT ANALYZER en BM25(1.2,0.75) HIGHLIGHTS");
  CHECK(canonical("DEFINE INDEX i ON t FIELDS body FULLTEXT ANALYZER en BM25 HIGHLIGHTS", Syntax::V2) ==
        "DEFINE INDEX i ON t FIELDS body SEARCH ANALYZER en BM25 HIGHLIGHTS");
}

TEST_CASE("HNSW options come out in INFO order") {
  CHECK(canonical("DEFINE INDEX i ON t FIELDS v HNSW M 8 DIMENSION 4 TYPE F32 DIST COSINE EFC 100") ==
        "DEFINE INDEX i ON t FIELDS v HNSW DIMENSION 4 DIST COSINE TYPE F32 EFC 100 M 8");
}

TEST_CASE("COUNT indexes have no 2.x form") {
  CHECK(canonical("DEFINE INDEX i ON t COUNT") == "DEFINE INDEX i ON t COUNT");
  CHECK_THROWS_AS(canonical("DEFINE INDEX i ON t COUNT", Syntax::V2), RenderError);
}

TEST_CASE("MTREE indexes have no 3.x form") {
  CHECK_THROWS_AS(canonical("DEFINE INDEX i ON t FIELDS v MTREE DIMENSION 3", Syntax::V3, Syntax::V2),
                  RenderError);
  CHECK(canonical("DEFINE INDEX i ON t FIELDS v MTREE DIMENSION 3", Syntax::V2, Syntax::V2) ==
        "DEFINE INDEX i ON t FIELDS v MTREE DIMENSION 3");
}

TEST_CASE("a render error names the construct, the syntax and the place") {
  try {
    canonical("DEFINE SEQUENCE s", Syntax::V2);
    FAIL("expected a RenderError");
  } catch (const RenderError& error) {
    CHECK(std::string(error.what()) == "test.surql:1:1: error: DEFINE SEQUENCE has no SurrealDB 2.x form");
    CHECK(error.construct() == "DEFINE SEQUENCE");
  }
}

TEST_CASE("events: ASYNC options, WHEN and several THENs") {
  CHECK(canonical("DEFINE EVENT e ON t ASYNC RETRY 2 MAXDEPTH 5 WHEN $event = 'CREATE' THEN (CREATE a), "
                  "(CREATE b)") ==
        "DEFINE EVENT e ON t ASYNC RETRY 2 MAXDEPTH 5 WHEN $event = 'CREATE' THEN (CREATE a), (CREATE b)");
  CHECK_THROWS_AS(canonical("DEFINE EVENT e ON t ASYNC WHEN true THEN (CREATE a)", Syntax::V2), RenderError);
}

TEST_CASE("analyzers: upper case, filters without inner spaces") {
  CHECK(canonical("DEFINE ANALYZER a TOKENIZERS blank, class FILTERS lowercase, edgengram(2, 10)") ==
        "DEFINE ANALYZER a TOKENIZERS BLANK,CLASS FILTERS LOWERCASE, EDGENGRAM(2,10)");
  CHECK(canonical("DEFINE ANALYZER a TOKENIZERS blank FILTERS lowercase, ascii", Syntax::V2) ==
        "DEFINE ANALYZER a TOKENIZERS BLANK FILTERS LOWERCASE,ASCII");
}

TEST_CASE("functions and params") {
  CHECK(canonical("DEFINE FUNCTION fn::add($a: int, $b: int) -> int { RETURN $a + $b; } PERMISSIONS FULL") ==
        "DEFINE FUNCTION fn::add($a: int, $b: int) -> int { RETURN $a + $b; } PERMISSIONS FULL");
  CHECK(canonical("DEFINE PARAM $limit VALUE 10 COMMENT 'max'") ==
        "DEFINE PARAM $limit VALUE 10 COMMENT 'max'");
}

TEST_CASE("2.x scopes and tokens become accesses in 3.x") {
  CHECK(canonical("DEFINE SCOPE s SESSION 1h SIGNIN (SELECT * FROM user)", Syntax::V3, Syntax::V2) ==
        "DEFINE ACCESS s ON DATABASE TYPE RECORD SIGNIN (SELECT * FROM user) DURATION FOR SESSION 1h");
  CHECK(canonical("DEFINE TOKEN t ON DATABASE TYPE HS512 VALUE 'k'", Syntax::V3, Syntax::V2) ==
        "DEFINE ACCESS t ON DATABASE TYPE JWT ALGORITHM HS512 KEY 'k'");
  CHECK(canonical("DEFINE SCOPE s SESSION 1h SIGNIN (SELECT * FROM user)", Syntax::V2, Syntax::V2) ==
        "DEFINE SCOPE s SESSION 1h SIGNIN (SELECT * FROM user)");
}

TEST_CASE("accesses and users") {
  CHECK(
      canonical(
          "DEFINE ACCESS a ON DATABASE TYPE RECORD SIGNIN (SELECT 1) WITH REFRESH DURATION FOR SESSION 1d") ==
      "DEFINE ACCESS a ON DATABASE TYPE RECORD SIGNIN (SELECT 1) WITH REFRESH DURATION FOR SESSION 1d");
  CHECK(canonical("DEFINE USER u ON DATABASE PASSWORD 'p' ROLES viewer, editor") ==
        "DEFINE USER u ON DATABASE PASSWORD 'p' ROLES VIEWER, EDITOR");
}

TEST_CASE("2.x function names in expressions are renamed for 3.x") {
  CHECK(canonical("DEFINE FIELD e ON t ASSERT string::is::email($value)", Syntax::V3, Syntax::V2) ==
        "DEFINE FIELD e ON t ASSERT string::is_email($value)");
}

TEST_CASE("REMOVE, INFO and USE") {
  CHECK(canonical("REMOVE FIELD IF EXISTS tags[*] ON t") == "REMOVE FIELD IF EXISTS tags.* ON t");
  CHECK(canonical("REMOVE SCOPE s", Syntax::V3, Syntax::V2) == "REMOVE ACCESS s ON DATABASE");
  CHECK(canonical("INFO FOR TABLE user STRUCTURE") == "INFO FOR TABLE user STRUCTURE");
  CHECK(canonical("USE NS app DB main") == "USE NAMESPACE app DATABASE main");
}

TEST_CASE("statements the IR does not model are kept as written") {
  CHECK(canonical("UPDATE user SET x = 1 WHERE string::is::email(e)", Syntax::V3, Syntax::V2) ==
        "UPDATE user SET x = 1 WHERE string::is_email(e)");
}

// Semantic checks: each finding with its location, warnings unless strict.
#include <doctest/doctest.h>

#include "schema_test_support.hpp"
#include "surrealpp/schema/check.hpp"

using namespace surrealpp::schema;
using surrealpp::schema::test::parse_ok;

namespace {

std::string findings(const std::string& text, bool strict = false) {
  std::string out;
  for (const auto& finding : check_schema(parse_ok(text), CheckOptions{strict})) {
    out += format_diagnostic(finding) + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("a clean schema has no findings") {
  CHECK(findings("DEFINE TABLE user SCHEMAFULL;\nDEFINE FIELD name ON user TYPE string;\n"
                 "DEFINE FIELD friend ON user TYPE option<record<user>>;\n"
                 "DEFINE INDEX by_name ON user FIELDS name UNIQUE;\n"
                 "DEFINE TABLE follows TYPE RELATION IN user OUT user;\n") == "");
}

TEST_CASE("a field on an undefined table") {
  CHECK(
      findings("DEFINE FIELD name ON ghost TYPE string;") ==
      "test.surql:1:22: warning: field `name` is defined on table `ghost`, which no DEFINE TABLE defines\n");
}

TEST_CASE("an index on an undefined field") {
  CHECK(findings("DEFINE TABLE t;\nDEFINE FIELD a ON t;\nDEFINE INDEX i ON t FIELDS b;") ==
        "test.surql:3:28: warning: index `i` uses field `b`, which table `t` does not define\n");
}

TEST_CASE("a duplicate definition, but not with OVERWRITE or IF NOT EXISTS, nor after REMOVE") {
  CHECK(findings("DEFINE TABLE t;\nDEFINE TABLE t;") ==
        "test.surql:2:1: warning: duplicate definition of TABLE `t` (first defined at test.surql:1:1)\n");
  CHECK(findings("DEFINE TABLE t;\nDEFINE TABLE OVERWRITE t;\nDEFINE TABLE IF NOT EXISTS t;") == "");
  CHECK(findings("DEFINE TABLE t;\nREMOVE TABLE t;\nDEFINE TABLE t;") == "");
  CHECK(findings("DEFINE TABLE t;\nDEFINE FIELD a ON t;\nDEFINE FIELD a ON t;")
            .find("duplicate definition of FIELD `a` on `t`") != std::string::npos);
}

TEST_CASE("a record link to an undefined table") {
  CHECK(findings("DEFINE TABLE t;\nDEFINE FIELD owner ON t TYPE record<person>;") ==
        "test.surql:2:30: warning: record<person> links to table `person`, which is not defined\n");
}

TEST_CASE("an HNSW index without DIMENSION") {
  CHECK(findings("DEFINE TABLE d;\nDEFINE FIELD v ON d;\nDEFINE INDEX e ON d FIELDS v HNSW DIST COSINE;") ==
        "test.surql:3:1: warning: HNSW index `e` has no DIMENSION\n");
}

TEST_CASE("--strict turns findings into errors") {
  auto strict = check_schema(parse_ok("DEFINE FIELD a ON ghost;"), CheckOptions{true});
  REQUIRE(strict.size() == 1);
  CHECK(strict[0].severity == Diagnostic::Severity::Error);
}

TEST_CASE("USE separates databases") {
  CHECK(findings("USE NS a DB one;\nDEFINE TABLE t;\nUSE DB two;\nDEFINE FIELD f ON t;").find("table `t`") !=
        std::string::npos);
}

// Comparing schemas by meaning (introspect/schema_equivalence): strict, and as the database keeps them.
#include "introspect/schema_equivalence.hpp"
#include "render_test_support.hpp"

using namespace surrealpp::schema;
using surrealpp::test::parse_ok;

namespace {

std::vector<std::string> diff(const std::string& a, const std::string& b, bool as_loaded) {
  EquivalenceOptions options;
  options.as_loaded = as_loaded;
  return schema_differences(parse_ok(a), parse_ok(b), options);
}

}  // namespace

TEST_CASE("locations, spelling and spacing do not count") {
  CHECK(diff("DEFINE TABLE user SCHEMAFULL;", "\n\ndefine table `user`   schemafull;", false).empty());
  CHECK(
      diff("DEFINE FIELD a ON t ASSERT $value > 0;", "DEFINE FIELD a ON t ASSERT $value>0;", false).empty());
  CHECK(diff("DEFINE TABLE t COMMENT 'x';", "DEFINE TABLE t COMMENT \"x\";", false).empty());
  CHECK(diff("DEFINE FIELD tags[*] ON t;", "DEFINE FIELD tags.* ON t;", false).empty());
}

TEST_CASE("permissions compare by their effect per action") {
  CHECK(diff("DEFINE TABLE t PERMISSIONS FOR select FULL FOR create FULL;",
             "DEFINE TABLE t PERMISSIONS FOR select, create FULL;", false)
            .empty());
}

TEST_CASE("real differences are reported") {
  CHECK_FALSE(diff("DEFINE TABLE t SCHEMAFULL;", "DEFINE TABLE t SCHEMALESS;", false).empty());
  CHECK_FALSE(diff("DEFINE FIELD a ON t TYPE int;", "DEFINE FIELD a ON t TYPE string;", true).empty());
  CHECK(diff("DEFINE TABLE a;", "DEFINE TABLE b SCHEMAFULL;", true).size() == 2);
}

TEST_CASE("as loaded: a table the database created because data was written into it is not a difference") {
  // `b` with every default is what SurrealDB creates on `CREATE b:1` or on a DEFINE FIELD for an undefined
  // table.
  const auto differences = diff("DEFINE TABLE a;", "DEFINE TABLE a; DEFINE TABLE b;", true);
  CHECK(differences.empty());
  // Strictly compared, the same pair differs.
  CHECK(diff("DEFINE TABLE a;", "DEFINE TABLE a; DEFINE TABLE b;", false).size() == 1);
}

TEST_CASE("as loaded: defaults, implied fields and INFO spellings are the same thing") {
  CHECK(diff("DEFINE TABLE t;", "DEFINE TABLE t TYPE ANY SCHEMALESS PERMISSIONS NONE;", true).empty());
  CHECK(diff("DEFINE FIELD a ON t TYPE option<array<int>> ASSERT $value IN [1,2];",
             "DEFINE FIELD a ON t TYPE none | array<int> ASSERT $value INSIDE [1, 2] PERMISSIONS FULL;"
             "DEFINE FIELD a.* ON t TYPE int PERMISSIONS FULL;",
             true)
            .empty());
  CHECK(diff("DEFINE INDEX i ON t FIELDS b FULLTEXT ANALYZER x BM25;",
             "DEFINE INDEX i ON t FIELDS b FULLTEXT ANALYZER x BM25(1.2,0.75);", true)
            .empty());
  CHECK(diff("DEFINE EVENT e ON t WHEN $event = \"CREATE\" THEN { CREATE log SET a = 1; };",
             "DEFINE EVENT e ON t WHEN $event = 'CREATE' THEN { CREATE log SET a = 1 };", true)
            .empty());
  CHECK(diff("DEFINE TABLE t CHANGEFEED 30d;",
             "DEFINE TABLE t TYPE ANY SCHEMALESS CHANGEFEED 4w2d PERMISSIONS NONE;", true)
            .empty());
}

TEST_CASE("as loaded: REMOVE and repeated definitions are applied like the database applies them") {
  CHECK(diff("DEFINE TABLE a; DEFINE TABLE b; REMOVE TABLE a;", "DEFINE TABLE b;", true).empty());
  CHECK(diff("DEFINE TABLE a SCHEMAFULL; DEFINE TABLE a SCHEMALESS;", "DEFINE TABLE a SCHEMAFULL;", true)
            .empty());
  CHECK(diff("DEFINE TABLE a SCHEMAFULL; DEFINE TABLE OVERWRITE a SCHEMALESS;", "DEFINE TABLE a SCHEMALESS;",
             true)
            .empty());
}

TEST_CASE("durations print the way SurrealDB prints them") {
  CHECK(normalised_duration("30d") == "4w2d");
  CHECK(normalised_duration("90m") == "1h30m");
  CHECK(normalised_duration("1h") == "1h");
  CHECK(normalised_duration("NONE") == "NONE");
}

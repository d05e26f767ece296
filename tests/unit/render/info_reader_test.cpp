// Reading INFO FOR DB back (introspect/info_reader): the 3.x STRUCTURE readers of `apis` and `configs` give
// the same schema as the string form of the same INFO. The JSON fixtures are what SurrealDB 3.0.2 (devdb)
// returned for the source in each test (`INFO FOR DB STRUCTURE`, `INFO FOR DB`), cut to the categories under
// test; the functions the middleware calls were defined too.
#include <stdexcept>

#include "introspect/info_reader.hpp"
#include "introspect/schema_equivalence.hpp"
#include "render/stored_form.hpp"
#include "render_test_support.hpp"

using namespace surrealpp::schema;

namespace {

Schema read_ok(const DatabaseInfo& info) {
  ParseResult result = read_database_info(info, Syntax::V3);
  std::string problems;
  for (const auto& diagnostic : result.diagnostics) problems += format_diagnostic(diagnostic) + '\n';
  INFO(problems);
  REQUIRE(result.ok());
  return result.schema;
}

// The differences as one text, so a failing check shows them.
std::string differences(Schema a, Schema b) {
  // As tests/render/info_parse_back.cpp compares: both sides in the form the engine stores, so the engine's
  // own rewriting (`GRAPHQL AUTO` printed as `TABLES AUTO FUNCTIONS AUTO`, …) is no difference.
  render::to_stored_form(a, Syntax::V3);
  render::to_stored_form(b, Syntax::V3);
  EquivalenceOptions options;
  options.as_loaded = true;
  options.engine = Syntax::V3;
  std::string out;
  for (const auto& difference : schema_differences(a, b, options)) out += difference + '\n';
  return out;
}

// The STRUCTURE form reads into the DDL `expected` and the same schema as the string form and as `source`.
void check_same(const std::string& structure_json, const std::string& strings_json,
                const std::vector<std::string>& expected, const std::string& source) {
  const DatabaseInfo structure = database_info_from_json(structure_json, {});
  CHECK(structure.definitions == expected);
  const Schema from_structure = read_ok(structure);
  CHECK(differences(read_ok(database_info_from_json(strings_json, {})), from_structure) == "");
  CHECK(differences(surrealpp::test::parse_ok(source), from_structure) == "");
}

}  // namespace

TEST_CASE("STRUCTURE apis: route part, method parts, middleware, permissions, comment") {
  check_same(
      R"({"apis":[{"actions":[{"action":"{ {  } }","config":{"middleware":{"fn::a":["'x'"]},"permissions":true},
          "methods":["get","put"]},{"action":"{ {  } }","config":{"permissions":false},"methods":["post"]}],
          "comment":"a'b","config":{"middleware":{"api::timeout":["1s"],"fn::a":["3"]},
          "permissions":"$auth.id = 1"},"fallback":"{ { status: 200 } }","path":"/m"}],"configs":[]})",
      R"({"apis":{"/m":"DEFINE API '/m' FOR any MIDDLEWARE api::timeout(1s), fn::a(3) PERMISSIONS WHERE $auth.id = 1 THEN { { status: 200 } } FOR get, put MIDDLEWARE fn::a('x') PERMISSIONS FULL THEN { {  } } FOR post PERMISSIONS NONE THEN { {  } } COMMENT \"a'b\""},"configs":{}})",
      {"DEFINE API '/m' FOR any MIDDLEWARE api::timeout(1s), fn::a(3) PERMISSIONS WHERE $auth.id = 1 THEN { "
       "{ "
       "status: 200 } } FOR get, put MIDDLEWARE fn::a('x') PERMISSIONS FULL THEN { {  } } FOR post "
       "PERMISSIONS "
       "NONE THEN { {  } } COMMENT \"a'b\""},
      "DEFINE API '/m' FOR any MIDDLEWARE api::timeout(1s), fn::a(3) PERMISSIONS WHERE $auth.id = 1 "
      "THEN { {status:200} } FOR get, put MIDDLEWARE fn::a('x') THEN { {} } FOR post PERMISSIONS NONE THEN "
      "{{}} "
      "COMMENT 'a\\'b';");
}

TEST_CASE("STRUCTURE apis: a route without fallback still has its FOR any part; no actions") {
  check_same(
      R"({"apis":[{"actions":[],"config":{"middleware":{"fn::route_middleware":[]},"permissions":true},
          "fallback":"{ { status: 200, body: {  } } }","path":"/db_and_route"},
          {"actions":[{"action":"{ { status: 200, body: {  } } }","config":{"permissions":true},
          "methods":["get"]}],"config":{"permissions":true},"path":"/db_only"}]})",
      R"({"apis":{"/db_and_route":"DEFINE API '/db_and_route' FOR any MIDDLEWARE fn::route_middleware() PERMISSIONS FULL THEN { { status: 200, body: {  } } }","/db_only":"DEFINE API '/db_only' FOR any PERMISSIONS FULL FOR get PERMISSIONS FULL THEN { { status: 200, body: {  } } }"}})",
      {"DEFINE API '/db_and_route' FOR any MIDDLEWARE fn::route_middleware() PERMISSIONS FULL THEN { { "
       "status: "
       "200, body: {  } } }",
       "DEFINE API '/db_only' FOR any PERMISSIONS FULL FOR get PERMISSIONS FULL THEN { { status: 200, body: "
       "{  "
       "} } }"},
      "DEFINE API '/db_only' FOR get THEN { { status: 200, body: {} } };"
      "DEFINE API '/db_and_route' FOR any MIDDLEWARE fn::route_middleware() THEN { { status: 200, body: {} } "
      "};");
}

TEST_CASE("STRUCTURE configs: GRAPHQL with AUTO, INCLUDE, EXCLUDE and NONE") {
  check_same(R"({"configs":[{"graphql":{"functions":"AUTO","tables":"AUTO"}}]})",
             R"({"configs":{"GraphQL":"GRAPHQL TABLES AUTO FUNCTIONS AUTO"}})",
             {"DEFINE CONFIG GRAPHQL TABLES AUTO FUNCTIONS AUTO"}, "DEFINE CONFIG GRAPHQL AUTO;");
  check_same(R"({"configs":[{"graphql":{"tables":{"include":["a","b"]}}}]})",
             R"({"configs":{"GraphQL":"GRAPHQL TABLES INCLUDE a, b FUNCTIONS NONE"}})",
             {"DEFINE CONFIG GRAPHQL TABLES INCLUDE a, b FUNCTIONS NONE"},
             "DEFINE CONFIG GRAPHQL TABLES INCLUDE a, b FUNCTIONS NONE;");
  check_same(R"({"configs":[{"graphql":{"functions":"AUTO","tables":{"exclude":["users"]}}}]})",
             R"({"configs":{"GraphQL":"GRAPHQL TABLES EXCLUDE users FUNCTIONS AUTO"}})",
             {"DEFINE CONFIG GRAPHQL TABLES EXCLUDE users FUNCTIONS AUTO"},
             "DEFINE CONFIG GRAPHQL TABLES EXCLUDE users FUNCTIONS AUTO;");
  // 3.0.2 leaves out what is NONE, so `GRAPHQL NONE` is an empty object.
  check_same(R"({"configs":[{"graphql":{}}]})",
             R"({"configs":{"GraphQL":"GRAPHQL TABLES NONE FUNCTIONS NONE"}})",
             {"DEFINE CONFIG GRAPHQL TABLES NONE FUNCTIONS NONE"}, "DEFINE CONFIG GRAPHQL NONE;");
}

TEST_CASE("STRUCTURE configs: API with middleware and permissions") {
  check_same(
      R"({"configs":[{"api":{"middleware":{"fn::db_middleware1":[],"fn::m":["'db'", "1s"]},
                 "permissions":"$auth != NONE"}}]})",
      R"({"configs":{"API":"API MIDDLEWARE fn::db_middleware1(), fn::m('db', 1s) PERMISSIONS WHERE $auth != NONE"}})",
      {"DEFINE CONFIG API MIDDLEWARE fn::db_middleware1(), fn::m('db', 1s) PERMISSIONS WHERE $auth != NONE"},
      "DEFINE CONFIG API MIDDLEWARE fn::db_middleware1(), fn::m('db', 1s) PERMISSIONS WHERE $auth != NONE;");
  check_same(R"({"configs":[{"api":{"permissions":true}}]})", R"({"configs":{"API":"API PERMISSIONS FULL"}})",
             {"DEFINE CONFIG API PERMISSIONS FULL"}, "DEFINE CONFIG API PERMISSIONS FULL;");
}

TEST_CASE("STRUCTURE apis and configs of an unknown shape are refused, not misread") {
  CHECK_THROWS_AS(database_info_from_json(R"({"configs":[{"mcp":{}}]})", {}), std::invalid_argument);
  CHECK_THROWS_AS(database_info_from_json(R"({"configs":[{"graphql":{"tables":{"only":["a"]}}}]})", {}),
                  std::invalid_argument);
  CHECK_THROWS_AS(database_info_from_json(
                      R"({"apis":[{"path":"/x","config":{"middleware":["fn::a"],"permissions":true}}]})", {}),
                  std::invalid_argument);
  CHECK_THROWS_AS(
      database_info_from_json(
          R"({"apis":[{"path":"/x","config":{"middleware":{"fn::a":"1"},"permissions":true}}]})", {}),
      std::invalid_argument);
}

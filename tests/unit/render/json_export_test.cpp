#include "export/json_export.hpp"
#include "export/json_writer.hpp"
#include "render_test_support.hpp"

using namespace surrealpp::schema;

TEST_CASE("JSON strings are escaped") {
  CHECK(json::quote("a\"b\\c\n") == "\"a\\\"b\\\\c\\n\"");
  CHECK(json::quote(std::string(1, '\x01')) == "\"\\u0001\"");
  CHECK(json::quote(std::string(1, '\x7f')) == "\"\\u007f\"");
  CHECK(json::quote("é") == "\"é\"");
}

TEST_CASE("the writer keeps key order and nests") {
  json::Writer w(false);
  w.begin_object();
  w.member("z", "1");
  w.key("a");
  w.begin_array();
  w.value(true);
  w.value(std::uint64_t{2});
  w.end_array();
  w.key("e");
  w.begin_object();
  w.end_object();
  w.end_object();
  CHECK(w.str() == "{\"z\":\"1\",\"a\":[true,2],\"e\":{}}");
}

TEST_CASE("a statement exports with its kind, members and location") {
  Schema schema = surrealpp::test::parse_ok("DEFINE FIELD age ON user TYPE option<int>;");
  JsonExportOptions options;
  options.pretty = false;
  options.source_text = false;
  const std::string json = export_statement_json(schema.statements.front(), options);
  CHECK(json.rfind("{\"statement\":\"define_field\",\"mode\":\"create\",\"name\":{\"form\":\"identifier\","
                   "\"value\":\"age\"",
                   0) == 0);
  CHECK(json.find("\"type\":{\"kind\":\"option\",\"parameters\":[{\"kind\":\"int\"") != std::string::npos);
  CHECK(json.find("\"location\":{\"file\":\"test.surql\",\"line\":1,\"column\":1") != std::string::npos);
}

TEST_CASE("without locations and source text, equal meaning exports equal") {
  JsonExportOptions options;
  options.locations = false;
  options.source_text = false;
  CHECK(export_json(surrealpp::test::parse_ok("define table  user schemafull;"), options) ==
        export_json(surrealpp::test::parse_ok("DEFINE TABLE `user` SCHEMAFULL;"), options));
}

TEST_CASE("the document has a format tag and a statement list") {
  const std::string json = export_json(surrealpp::test::parse_ok("DEFINE TABLE t;"));
  CHECK(json.rfind("{\n  \"format\": \"surrealpp-schema-ir\",\n  \"version\": 1,\n  \"statements\": [\n",
                   0) == 0);
}

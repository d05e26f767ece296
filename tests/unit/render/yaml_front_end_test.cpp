// The YAML front end: the format of docs/schema-yaml.md gives the same IR as SurrealQL, and every problem is
// reported at its file:line:col.
#include <filesystem>

#include "export/json_export.hpp"
#include "render_test_support.hpp"
#include "yaml/schema_files.hpp"
#include "yaml/yaml_schema.hpp"

namespace {

using namespace surrealpp::schema;

ParseResult yaml(const std::string& text) { return parse_yaml(text, "s.yaml"); }

// The meaning of a schema: its JSON export without locations and without the text as written.
std::string meaning(const Schema& schema) {
  JsonExportOptions options;
  options.locations = false;
  options.source_text = false;
  return export_json(schema, options);
}

std::vector<std::string> messages(const ParseResult& result) {
  std::vector<std::string> out;
  for (const auto& diagnostic : result.diagnostics) out.push_back(format_diagnostic(diagnostic));
  return out;
}

std::string yaml_to_surql(const std::string& text) {
  ParseResult result = yaml(text);
  const std::string first_problem = messages(result).empty() ? std::string() : messages(result).front();
  INFO(first_problem);
  REQUIRE(result.ok());
  return render_surql(result.schema);
}

}  // namespace

TEST_CASE("a table with nested fields, indexes and events") {
  CHECK(yaml_to_surql("tables:\n"
                      "  - name: user\n"
                      "    schemafull: true\n"
                      "    fields:\n"
                      "      - { name: email, type: string, assert: string::is_email($value) }\n"
                      "    indexes:\n"
                      "      - { name: by_email, fields: [email], unique: true }\n"
                      "    events:\n"
                      "      - { name: e, when: \"$event = 'CREATE'\", then: (CREATE log) }\n") ==
        "DEFINE TABLE user SCHEMAFULL;\n"
        "DEFINE FIELD email ON user TYPE string ASSERT string::is_email($value);\n"
        "DEFINE INDEX by_email ON user FIELDS email UNIQUE;\n"
        "DEFINE EVENT e ON user WHEN $event = 'CREATE' THEN (CREATE log);\n");
}

TEST_CASE("comments are text, quoted for SurrealQL") {
  CHECK(yaml_to_surql("tables:\n  - { name: t, comment: it's mine }\n") ==
        "DEFINE TABLE t COMMENT \"it's mine\";\n");
}

TEST_CASE("permissions: short forms and per action, identical rules grouped") {
  CHECK(yaml_to_surql("tables:\n  - name: t\n    permissions: none\n") ==
        "DEFINE TABLE t PERMISSIONS NONE;\n");
  CHECK(yaml_to_surql("tables:\n  - name: t\n    permissions: { where: a = 1 }\n") ==
        "DEFINE TABLE t PERMISSIONS WHERE a = 1;\n");
  CHECK(yaml_to_surql("tables:\n  - name: t\n    permissions:\n      select: full\n      create: none\n"
                      "      delete: none\n") ==
        "DEFINE TABLE t PERMISSIONS FOR select FULL, FOR create, delete NONE;\n");
}

TEST_CASE("relation tables, views, changefeeds, modes") {
  CHECK(yaml_to_surql("tables:\n  - { name: r, type: relation, in: [a, b], out: c, enforced: true, mode: "
                      "overwrite }\n") ==
        "DEFINE TABLE OVERWRITE r TYPE RELATION IN a | b OUT c ENFORCED;\n");
  CHECK(yaml_to_surql("tables:\n  - { name: t, changefeed: { duration: 1d, include_original: true } }\n") ==
        "DEFINE TABLE t CHANGEFEED 1d INCLUDE ORIGINAL;\n");
}

TEST_CASE("database-level sections") {
  CHECK(yaml_to_surql("users:\n  - { name: admin, on: database, password: s3cret, roles: [owner] }\n"
                      "sequences:\n  - { name: ids, batch: 10, start: 5 }\n"
                      "params:\n  - { name: $max, value: \"10\" }\n") ==
        "DEFINE PARAM $max VALUE 10;\n"
        "DEFINE USER admin ON DATABASE PASSWORD 's3cret' ROLES OWNER;\n"
        "DEFINE SEQUENCE ids BATCH 10 START 5;\n");
}

TEST_CASE("raw SurrealQL statements keep their place") {
  CHECK(yaml_to_surql(
            "tables:\n  - { name: t }\nstatements: |\n  REMOVE TABLE old;\n  UPDATE t SET x = 1;\n") ==
        "DEFINE TABLE t;\nREMOVE TABLE old;\nUPDATE t SET x = 1;\n");
}

TEST_CASE("an unknown key is an error at the key") {
  CHECK(messages(yaml("tables:\n  - name: t\n    colour: red\n")) ==
        std::vector<std::string>{
            "s.yaml:3:5: error: unknown key `colour` in table (known keys: changefeed, comment, "
            "drop, enforced, events, fields, in, indexes, mode, name, out, permissions, "
            "schemafull, type, view)"});
}

TEST_CASE("a missing name is an error at the item") {
  auto result = yaml("tables:\n  - name: t\n    fields:\n      - type: string\n");
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(format_diagnostic(result.diagnostics.front()) == "s.yaml:4:9: error: field needs a `name`");
}

TEST_CASE("a wrong value type is an error at the value") {
  CHECK(messages(yaml("tables:\n  - { name: t, schemafull: maybe }\n")) ==
        std::vector<std::string>{
            "s.yaml:2:28: error: `schemafull` of table must be true or false, not `maybe`"});
  CHECK(messages(yaml("tables:\n  - name: [a, b]\n")) ==
        std::vector<std::string>{"s.yaml:2:11: error: `name` of table must be a single value, not a list"});
  CHECK(messages(yaml("tables: yes\n")) ==
        std::vector<std::string>{"s.yaml:1:9: error: `tables` must be a list, not `yes`"});
}

TEST_CASE("a bad SurrealQL type is reported at its YAML value") {
  auto result = yaml("fields:\n  - { name: a, table: t, type: \"array<\" }\n");
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics.front().location.line == 2);
  CHECK(result.diagnostics.front().location.column == 32);
  CHECK(result.diagnostics.front().message.rfind("`array<` is not a SurrealQL type", 0) == 0);
}

TEST_CASE("every error of a document is reported, good items are still read") {
  auto result =
      yaml("tables:\n  - { name: a, bogus: 1 }\n  - { schemafull: true }\n  - { name: c }\nwhatever: 1\n");
  CHECK(result.diagnostics.size() == 3);
  CHECK(result.schema.statements.size() == 2);
}

TEST_CASE("YAML syntax errors carry their position") {
  auto result = yaml("tables:\n  - { name: t\n");
  REQUIRE_FALSE(result.ok());
  CHECK(result.diagnostics.front().location.line >= 2);
}

TEST_CASE("SurrealQL statements in YAML report the YAML file's lines") {
  auto result = yaml("tables:\n  - { name: t }\nstatements: |\n  DEFINE TABLE ok;\n  DEFINE TABLE;\n");
  REQUIRE_FALSE(result.ok());
  CHECK(result.diagnostics.front().location.line == 5);
}

TEST_CASE("the YAML and SurrealQL forms of the blog schema give the same IR") {
  const std::string dir = RENDER_TEST_DATA_DIR;
  ParseResult from_yaml = parse_schema_file(dir + "/blog.yaml");
  ParseResult from_surql = parse_schema_file(dir + "/blog.surql");
  REQUIRE(from_yaml.ok());
  REQUIRE(from_surql.ok());
  CHECK(meaning(from_yaml.schema) == meaning(from_surql.schema));
}

TEST_CASE("every example schema in schemas/ exists in both forms with the same IR") {
  const std::filesystem::path schemas = std::filesystem::path(SURREALPP_SOURCE_DIR) / "schemas";
  if (!std::filesystem::exists(schemas)) return;
  for (const auto& entry : std::filesystem::directory_iterator(schemas)) {
    const auto& path = entry.path();
    if (path.extension() != ".surql") continue;
    std::filesystem::path twin = path;
    twin.replace_extension(".yaml");
    INFO(path.string());
    REQUIRE(std::filesystem::exists(twin));
    ParseResult from_surql = parse_schema_file(path);
    ParseResult from_yaml = parse_schema_file(twin);
    const std::string problems = messages(from_yaml).empty() ? std::string() : messages(from_yaml).front();
    INFO(problems);
    REQUIRE(from_surql.ok());
    REQUIRE(from_yaml.ok());
    CHECK(meaning(from_yaml.schema) == meaning(from_surql.schema));
  }
}

// The YAML schema writer: IR → YAML (docs/schema-yaml.md) → IR gives the same IR, for the example schemas
// and for text that YAML would otherwise misread (indicators, comments, nulls, multi-line bodies).
#include <algorithm>
#include <filesystem>
#include <sstream>

#include "export/json_export.hpp"
#include "render_test_support.hpp"
#include "yaml/schema_files.hpp"
#include "yaml/yaml_schema.hpp"
#include "yaml/yaml_writer.hpp"

namespace {

using namespace surrealpp::schema;

// The meaning of a schema, as the "YAML and SurrealQL give the same IR" tests compare it: the JSON export
// without locations and without the text as written.
std::string meaning(const Schema& schema) {
  JsonExportOptions options;
  options.locations = false;
  options.source_text = false;
  return export_json(schema, options);
}

std::string problems_of(const ParseResult& result) {
  std::string out;
  for (const auto& diagnostic : result.diagnostics) out += format_diagnostic(diagnostic) + '\n';
  return out;
}

// Where two texts first differ: the lines around it in each, for readable failures.
std::string first_difference(const std::string& a, const std::string& b) {
  if (a == b) return {};
  auto lines = [](const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
  };
  const auto la = lines(a), lb = lines(b);
  std::size_t at = 0;
  while (at < la.size() && at < lb.size() && la[at] == lb[at]) ++at;
  std::string out = "first difference at line " + std::to_string(at + 1) + "\n";
  for (const auto* side : {&la, &lb}) {
    out += side == &la ? "written from:\n" : "read back:\n";
    for (std::size_t i = at > 12 ? at - 12 : 0; i < std::min(side->size(), at + 3); ++i)
      out += (i == at ? "> " : "  ") + (*side)[i] + "\n";
  }
  return out;
}

// The same meaning, statement by statement in a fixed order: for schemas whose kinds interleave, which YAML
// writes section by section (docs/schema-yaml.md, "Writing YAML").
std::string unordered_meaning(const Schema& schema) {
  JsonExportOptions options;
  options.locations = false;
  options.source_text = false;
  std::vector<std::string> statements;
  for (const auto& statement : schema.statements)
    statements.push_back(export_statement_json(statement, options));
  std::sort(statements.begin(), statements.end());
  std::string out;
  for (const auto& statement : statements) out += statement + "\n";
  return out;
}

// Writes the schema as YAML, reads it back and checks the IR is the same (in the same order unless
// `interleaved`). Returns the YAML.
std::string round_trip(const Schema& schema, bool interleaved = false) {
  const std::string yaml = write_yaml(schema);
  INFO(yaml);
  ParseResult back = parse_yaml(yaml, "written.yaml");
  INFO(problems_of(back));
  REQUIRE(back.ok());
  const std::string difference =
      interleaved ? first_difference(unordered_meaning(schema), unordered_meaning(back.schema))
                  : first_difference(meaning(schema), meaning(back.schema));
  INFO(difference);
  CHECK(difference.empty());
  CHECK(write_yaml(back.schema) == yaml);  // a fixed point: the read-back schema writes the same text
  return yaml;
}

std::string round_trip(const std::string& surql) { return round_trip(surrealpp::test::parse_ok(surql)); }

}  // namespace

TEST_CASE("every example schema in schemas/: IR -> YAML -> IR is the same IR") {
  const std::filesystem::path schemas = std::filesystem::path(SURREALPP_SOURCE_DIR) / "schemas";
  REQUIRE(std::filesystem::exists(schemas));
  int compared = 0;
  for (const auto& entry : std::filesystem::directory_iterator(schemas)) {
    if (entry.path().extension() != ".surql") continue;
    INFO(entry.path().string());
    ParseResult parsed = parse_schema_file(entry.path());
    REQUIRE(parsed.ok());
    const std::string yaml = round_trip(parsed.schema);
    CHECK(write_yaml(parsed.schema) == yaml);  // deterministic
    ++compared;
  }
  CHECK(compared >= 3);
}

TEST_CASE("the broad render fixtures (every definition kind) round-trip") {
  const std::string dir = RENDER_TEST_DATA_DIR;
  for (const auto& [file, syntax] : {std::pair{"source_3x.surql", Syntax::V3},
                                     {"source_2x.surql", Syntax::V2},
                                     {"blog.surql", Syntax::V3}}) {
    INFO(file);
    ParseOptions options;
    options.syntax = syntax;
    ParseResult parsed = parse_schema_file(dir + "/" + file, options);
    INFO(problems_of(parsed));
    REQUIRE(parsed.ok());
    round_trip(parsed.schema, /*interleaved=*/true);
  }
}

TEST_CASE("the layout: sections in order, a table's parts nested, short items on one line") {
  CHECK(round_trip("DEFINE ANALYZER a TOKENIZERS blank FILTERS lowercase;\n"
                   "DEFINE TABLE user SCHEMAFULL COMMENT 'people';\n"
                   "DEFINE FIELD name ON user TYPE string ASSERT string::len($value) > 0;\n"
                   "DEFINE INDEX by_name ON user FIELDS name UNIQUE;\n"
                   "DEFINE TABLE likes TYPE RELATION IN user OUT user;\n"
                   "DEFINE EVENT e ON user WHEN $event = 'CREATE' THEN (CREATE log);\n"
                   "DEFINE FUNCTION fn::f($a: int) -> int {\n  RETURN $a;\n};\n") ==
        "analyzers:\n"
        "  - name: a\n"
        "    tokenizers: [blank]\n"
        "    filters: [lowercase]\n"
        "\n"
        "tables:\n"
        "  - name: user\n"
        "    schemafull: true\n"
        "    comment: people\n"
        "    fields:\n"
        "      - { name: name, type: string, assert: string::len($value) > 0 }\n"
        "    indexes:\n"
        "      - { name: by_name, fields: [name], unique: true }\n"
        "  - name: likes\n"
        "    type: relation\n"
        "    in: [user]\n"
        "    out: [user]\n"
        "\n"
        "events:\n"
        "  - { name: e, table: user, when: $event = 'CREATE', then: (CREATE log) }\n"
        "\n"
        "functions:\n"
        "  - name: fn::f\n"
        "    params:\n"
        "      - { name: a, type: int }\n"
        "    returns: int\n"
        "    body: |-\n"
        "      {\n"
        "        RETURN $a;\n"
        "      }\n");
}

TEST_CASE("text YAML would misread is quoted") {
  round_trip(
      "DEFINE TABLE t COMMENT 'it''s: # a \"comment\"';\n"
      "DEFINE FIELD a ON t TYPE string DEFAULT 'x: y' ASSERT $value != '#';\n"
      "DEFINE FIELD b ON t TYPE \"a\" | \"b\" DEFAULT \"a\";\n"
      "DEFINE FIELD c ON t TYPE option<string> DEFAULT null;\n"
      "DEFINE FIELD d ON t TYPE array<int> DEFAULT [1, 2] VALUE {a: 1}.a;\n"
      "DEFINE FIELD e ON t TYPE int DEFAULT -1;\n"
      "DEFINE FIELD f ON t TYPE string DEFAULT '\\ttab' COMMENT 'line\\none';\n"
      "DEFINE FIELD `weird name` ON t TYPE any;\n");
}

TEST_CASE("multi-line bodies keep blank lines and indentation") {
  const std::string yaml = round_trip(
      "DEFINE FUNCTION fn::g() {\n\n    LET $x = 1;\n\tRETURN $x;\n\n};\n"
      "DEFINE FUNCTION fn::h() {   \n  RETURN 1;\n};\n"
      "DEFINE EVENT ev ON t WHEN true THEN {\n  CREATE a;\n}, (CREATE b);\n");
  CHECK(yaml.find("body: |-") != std::string::npos);
}

TEST_CASE("what YAML cannot say is kept as SurrealQL in `statements`") {
  const std::string yaml = round_trip(
      "DEFINE TABLE a;\nREMOVE TABLE old;\nUPDATE a SET x = 1;\n"
      "DEFINE TABLE b PERMISSIONS FOR select WHERE a = 1, FOR update WHERE a = 1;\n");
  CHECK(yaml.find("statements: |-\n  REMOVE TABLE old;\n  UPDATE a SET x = 1;") != std::string::npos);
}

TEST_CASE("interleaved kinds keep their definitions; a second section of a kind joins the first") {
  const Schema schema = surrealpp::test::parse_ok(
      "DEFINE TABLE a;\nDEFINE FUNCTION fn::f() { RETURN 1; };\nDEFINE TABLE b;\n"
      "DEFINE FIELD x ON a TYPE int;\n");
  const std::string yaml = write_yaml(schema);
  ParseResult back = parse_yaml(yaml, "written.yaml");
  REQUIRE(back.ok());
  REQUIRE(back.schema.statements.size() == 4);
  // tables a, b; the function; then the field of a (not right after its table: a section of its own)
  CHECK(std::get<TableDefinition>(back.schema.statements[1].node).name.value == "b");
  CHECK(std::holds_alternative<FunctionDefinition>(back.schema.statements[2].node));
  CHECK(std::get<FieldDefinition>(back.schema.statements[3].node).table.value == "a");
}

TEST_CASE("an empty schema is an empty document; the header is comments") {
  CHECK(write_yaml(Schema{}).empty());
  YamlWriteOptions options;
  options.header = {"Schema of app/main"};
  CHECK(write_yaml(surrealpp::test::parse_ok("DEFINE TABLE t;"), options) ==
        "# Schema of app/main\n\ntables:\n  - name: t\n");
}

// `surrealpp schema visualize`: the GraphViz output renders with `dot -Tsvg`; Mermaid and ASCII name the
// tables, links and relations.
#include "cli_support.hpp"

using namespace clitest;

namespace {
const char* kSchema =
    "DEFINE TABLE user SCHEMAFULL;\nDEFINE FIELD name ON user TYPE string;\n"
    "DEFINE FIELD best_friend ON user TYPE option<record<user>>;\n"
    "DEFINE TABLE post SCHEMAFULL;\nDEFINE FIELD author ON post TYPE record<user>;\n"
    "DEFINE FIELD `weird|name` ON post TYPE array<string>;\n"
    "DEFINE TABLE likes TYPE RELATION IN user OUT post;\n";
}

TEST_CASE("graphviz output renders with dot -Tsvg") {
  TempDir dir("viz");
  dir.write("app.surql", kSchema);
  auto dot = run_cli("schema visualize --format graphviz --schema " + (dir / "app.surql") + " -o " +
                     (dir / "s.dot"));
  INFO(dot.output);
  REQUIRE(dot.exit_code == 0);
  int rendered = std::system(("dot -Tsvg " + (dir / "s.dot") + " -o " + (dir / "s.svg")).c_str());
  CHECK(rendered == 0);
  std::ifstream svg(dir / "s.svg");
  std::string text((std::istreambuf_iterator<char>(svg)), {});
  CHECK(text.find("<svg") != std::string::npos);
  CHECK(text.find("best_friend") != std::string::npos);
}

TEST_CASE("mermaid and ascii show tables, fields, links and relations") {
  TempDir dir("viz2");
  dir.write("app.surql", kSchema);
  auto mermaid = run_cli("schema visualize --schema " + (dir / "app.surql"));
  CHECK(mermaid.contains("erDiagram"));
  CHECK(mermaid.contains("post }o--o| user : \"author\""));
  CHECK(mermaid.contains("user ||--o{ likes : \"in\""));
  auto ascii = run_cli("schema visualize --format ascii --schema " + (dir / "app.surql"));
  CHECK(ascii.contains("| name : string"));
  CHECK(ascii.contains("user --[likes]--> post"));
  auto only = run_cli("schema visualize --format ascii --tables post --schema " + (dir / "app.surql"));
  CHECK_FALSE(only.contains("| user"));
}

// Issue 6, item 3: introspecting a database loaded from a schema and generating C++ from what introspection
// wrote gives the same headers as generating from the schema itself. For every schema in schemas/, on the
// engine of this run: load it into a fresh database, `surrealpp introspect` it as SurrealQL and as YAML,
// `surrealpp generate` from the original and from each introspected file with the same C++ namespace, and
// compare every generated file byte for byte.
#include <algorithm>
#include <map>
#include <sstream>

#include "cli_support.hpp"

using namespace clitest;
namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

// Every file under `dir`, by path relative to it.
std::map<std::string, std::string> tree(const fs::path& dir) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir))
    if (entry.is_regular_file()) files[fs::relative(entry.path(), dir).string()] = read_file(entry.path());
  return files;
}

// "" when equal, else the first differing line of each, numbered.
std::string first_difference(const std::string& expected, const std::string& actual,
                             const std::string& expected_label, const std::string& actual_label) {
  std::istringstream a(expected), b(actual);
  std::string la, lb;
  for (int line = 1;; ++line) {
    const bool more_a = static_cast<bool>(std::getline(a, la));
    const bool more_b = static_cast<bool>(std::getline(b, lb));
    if (!more_a && !more_b) return expected == actual ? "" : "line endings differ";
    if (!more_a || !more_b || la != lb)
      return "line " + std::to_string(line) + ":\n    " + expected_label + ": " +
             (more_a ? la : "<end of file>") + "\n    " + actual_label + ": " +
             (more_b ? lb : "<end of file>");
  }
}

// Every difference between two generated trees: missing, extra and differing files.
std::vector<std::string> differences(const std::map<std::string, std::string>& expected,
                                     const std::map<std::string, std::string>& actual,
                                     const std::string& expected_label = "from the schema      ",
                                     const std::string& actual_label = "from introspection   ") {
  std::vector<std::string> out;
  for (const auto& [file, text] : expected) {
    auto found = actual.find(file);
    if (found == actual.end()) {
      out.push_back(file + ": generated only " + expected_label);
      continue;
    }
    std::string difference = first_difference(text, found->second, expected_label, actual_label);
    if (!difference.empty()) out.push_back(file + ": " + difference);
  }
  for (const auto& [file, text] : actual)
    if (!expected.count(file)) out.push_back(file + ": generated only " + actual_label);
  return out;
}

// The schema text this engine loads: the file itself on 3.x; on 2.x its `surrealpp format --syntax 2` form
// (the example schemas are written in 3.x SurrealQL, e.g. FULLTEXT, which 2.1.1 spells SEARCH).
std::string loadable_text(const fs::path& schema) {
  if (surrealpp::test::devdb().engine >= 3) return read_file(schema);
  auto diagnostics = run_cli("format --syntax 2 " + schema.string() + " >/dev/null");
  INFO(diagnostics.output);
  REQUIRE(diagnostics.exit_code == 0);
  // stdout only: the text to load.
  std::string text;
  FILE* pipe = ::popen(
      (std::string(SURREALPP_CLI) + " format --syntax 2 " + schema.string() + " 2>/dev/null").c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::array<char, 4096> buffer{};
  while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe)) text.append(buffer.data(), n);
  REQUIRE(::pclose(pipe) == 0);
  return text;
}

std::vector<fs::path> example_schemas() {
  std::vector<fs::path> schemas;
  for (const auto& entry : fs::directory_iterator(SURREALPP_SCHEMAS_DIR))
    if (entry.path().extension() == ".surql") schemas.push_back(entry.path());
  std::sort(schemas.begin(), schemas.end());
  return schemas;
}

// The C++ generated from a schema file, and from what `surrealpp introspect` wrote after loading it.
struct Generated {
  std::map<std::string, std::string> from_schema;
  std::map<std::string, std::string> from_surql;  // introspect --format surql
  std::map<std::string, std::string> from_yaml;   // introspect --format yaml
};

// Loads the schema into a fresh database, introspects it and generates from all three (once per schema: both
// test cases compare the same files).
const Generated& generated_for(const fs::path& schema) {
  static std::map<std::string, Generated> cache;
  auto cached = cache.find(schema.string());
  if (cached != cache.end()) return cached->second;
  const std::string stem = schema.stem().string();
  TempDir dir("introspect_generate_" + stem);
  const std::string ns = migratetest::unique_name("ig_" + stem);
  {
    auto db = migratetest::connect_to(ns, "main");
    db.query(loadable_text(schema)).check();
  }
  const std::string env = connection_env(ns);

  // The introspected files carry the original's file name (the generated headers name their source).
  fs::create_directories(dir.path / "original");
  fs::create_directories(dir.path / "surql");
  fs::create_directories(dir.path / "yaml");
  fs::copy_file(schema, dir.path / "original" / schema.filename());
  const std::string as_surql = (dir.path / "surql" / (stem + ".surql")).string();
  const std::string as_yaml = (dir.path / "yaml" / (stem + ".yaml")).string();
  for (const auto& [format, file] :
       {std::pair{std::string("surql"), as_surql}, {std::string("yaml"), as_yaml}}) {
    auto introspected = run_cli("introspect --format " + format + " -o " + file, env);
    INFO(introspected.output);
    REQUIRE(introspected.exit_code == 0);
  }
  // JSON is an export format (nothing reads it back); it must at least describe the tables.
  auto json = run_cli("introspect --format json", env);
  CHECK(json.exit_code == 0);
  CHECK(json.contains("\"define_table\""));

  auto generate = [&](const std::string& file, const std::string& out, const std::string& syntax) {
    auto run = run_cli("generate -q --namespace app --from " + syntax + " --out " + (dir / out) + " " + file);
    INFO(file << "\n" << run.output << "\n" << read_file(file));
    REQUIRE(run.exit_code == 0);
    return tree(dir.path / out);
  };
  Generated result;
  result.from_schema = generate((dir.path / "original" / schema.filename()).string(), "gen_original", "3");
  REQUIRE_FALSE(result.from_schema.empty());
  // SurrealQL as the server writes it (2.x syntax from a 2.x server), read with that version's rules.
  result.from_surql = generate(as_surql, "gen_surql", surrealpp::test::devdb().engine >= 3 ? "3" : "2");
  // YAML: the generated files name their source (`… from game.yaml`); that one word is the test's choice of
  // file name, not the schema, so it is put back before comparing. Nothing else is touched.
  result.from_yaml = generate(as_yaml, "gen_yaml", "3");
  for (auto& [file, text] : result.from_yaml) {
    const std::string yaml_name = " from " + stem + ".yaml.", surql_name = " from " + stem + ".surql.";
    const auto at = text.find(yaml_name);
    if (at != std::string::npos && at < text.find('\n')) text.replace(at, yaml_name.size(), surql_name);
  }
  return cache.emplace(schema.string(), std::move(result)).first->second;
}

}  // namespace

TEST_CASE("introspected SurrealQL and introspected YAML generate the same C++") {
  const auto schemas = example_schemas();
  REQUIRE(schemas.size() >= 3);
  for (const auto& schema : schemas) {
    CAPTURE(schema);
    const Generated& generated = generated_for(schema);
    for (const auto& difference : differences(generated.from_surql, generated.from_yaml,
                                              "from introspected surql", "from introspected yaml "))
      FAIL_CHECK(schema.stem().string() << ", introspect --format yaml vs surql: " << difference);
  }
}

TEST_CASE("introspect -> generate gives the headers of generate from the schema (surql and yaml)") {
  const auto schemas = example_schemas();
  REQUIRE(schemas.size() >= 3);
  for (const auto& schema : schemas) {
    CAPTURE(schema);
    const Generated& generated = generated_for(schema);
    for (const auto& difference : differences(generated.from_schema, generated.from_surql))
      FAIL_CHECK(schema.stem().string() << ", introspect --format surql: " << difference);
    for (const auto& difference : differences(generated.from_schema, generated.from_yaml))
      FAIL_CHECK(schema.stem().string() << ", introspect --format yaml: " << difference);
  }
}

TEST_CASE("export --format yaml of each schema reads back into the same IR") {
  for (const auto& schema : example_schemas()) {
    CAPTURE(schema);
    TempDir dir("export_yaml_" + schema.stem().string());
    const std::string yaml = dir / (schema.stem().string() + ".yaml");
    REQUIRE(run_cli("export --format yaml " + schema.string() + " > " + yaml).exit_code == 0);
    const std::string ir = "export --no-locations --no-source-text ";
    auto from_surql = run_cli(ir + schema.string());
    auto from_yaml = run_cli(ir + yaml);
    INFO(read_file(yaml));
    REQUIRE(from_surql.exit_code == 0);
    REQUIRE(from_yaml.exit_code == 0);
    CHECK(from_yaml.output == from_surql.output);
  }
}

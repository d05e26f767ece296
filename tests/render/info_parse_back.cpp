// render_info_parse_back SOURCE INFO_JSON [--engine 3|2]: reads the INFO a database gave after loading SOURCE
// (INFO_JSON = {"db": <INFO FOR DB>, "tables": {"t": <INFO FOR TABLE t>, …}}, string or STRUCTURE form) back
// into the IR and compares it, by meaning as loaded, with the IR of SOURCE. Prints the differences; exit 0
// when there are none, 1 when there are, 2 when something cannot be read. Driven by engine_round_trip.mjs
// (--parse-back). Both IRs are put in their stored form first (render/stored_form.hpp), so what is compared
// is the meaning the engine keeps, not the spelling it re-prints.
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

#include "introspect/info_reader.hpp"
#include "introspect/schema_equivalence.hpp"
#include "render/stored_form.hpp"
#include "yaml/schema_files.hpp"

namespace {

std::string json_text(const rapidjson::Value& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  return buffer.GetString();
}

}  // namespace

int main(int argc, char** argv) {
  using namespace surrealpp::schema;
  if (argc < 3) {
    std::cerr << "usage: render_info_parse_back SOURCE INFO_JSON [--engine 3|2]\n";
    return 2;
  }
  const Syntax engine =
      argc > 4 && std::string(argv[3]) == "--engine" && std::string(argv[4]) == "2" ? Syntax::V2 : Syntax::V3;

  // The source in the syntax of the engine that loaded it (2.x-only files such as permissions_full_2.0).
  ParseOptions source_options;
  source_options.syntax = engine;
  ParseResult source = parse_schema_file(argv[1], source_options);
  if (!source.ok()) {
    for (const auto& d : source.diagnostics) std::cerr << format_diagnostic(d) << '\n';
    return 2;
  }
  std::ifstream in(argv[2]);
  std::stringstream content;
  content << in.rdbuf();
  rapidjson::Document document;
  document.Parse(content.str().c_str());
  if (document.HasParseError() || !document.IsObject() || !document.HasMember("db")) {
    std::cerr << argv[2] << ": not an INFO capture\n";
    return 2;
  }
  std::map<std::string, std::string> tables;
  if (document.HasMember("tables"))
    for (const auto& table : document["tables"].GetObject())
      tables[table.name.GetString()] = json_text(table.value);

  ParseResult introspected;
  try {
    introspected =
        read_database_info(database_info_from_json(json_text(document["db"]), tables), engine, "INFO");
  } catch (const std::exception& e) {
    std::cerr << argv[2] << ": " << e.what() << '\n';
    return 2;
  }
  for (const auto& d : introspected.diagnostics)
    std::cout << "INFO does not parse: " << format_diagnostic(d) << '\n';

  // Both sides as the engine stores them (render/stored_form.hpp): the comparison is modulo exactly the
  // engine's own rewriting (object keys sorted, keywords re-escaped, LET parameters evaluated, …).
  // INFO was read from the database the file started in: what a file does after a USE happens elsewhere.
  auto use = std::find_if(source.schema.statements.begin(), source.schema.statements.end(),
                          [](const Statement& s) { return std::holds_alternative<UseStatement>(s.node); });
  source.schema.statements.erase(use, source.schema.statements.end());
  // DEFINE CONFIG DEFAULT is a root-level setting: INFO FOR DB does not list it.
  std::erase_if(source.schema.statements, [](const Statement& s) {
    const auto* config = std::get_if<ConfigDefinition>(&s.node);
    return config != nullptr && config->kind == "DEFAULT";
  });
  render::to_stored_form(source.schema, engine);
  render::to_stored_form(introspected.schema, engine);

  EquivalenceOptions options;
  options.as_loaded = true;
  options.engine = engine;
  const auto differences = schema_differences(source.schema, introspected.schema, options);
  for (const auto& difference : differences) std::cout << difference << '\n';
  return differences.empty() && introspected.ok() ? 0 : 1;
}

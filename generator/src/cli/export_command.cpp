// `surrealpp export [--format json|yaml] [--no-locations] [--no-source-text] [--compact] FILE...`: prints the
// IR of schema files (.surql or .yaml) as JSON (docs/export.md), or the schema in the YAML format
// (docs/schema-yaml.md; the JSON-only flags do not apply). Exit 1 when a file does not parse.
#include <iostream>
#include <memory>

#include "cli/command.hpp"
#include "export/json_export.hpp"
#include "yaml/schema_files.hpp"
#include "yaml/yaml_writer.hpp"

namespace surrealpp::cli {

namespace {

struct ExportOptions {
  std::vector<std::string> files;
  std::string format = "json";
  int from = 3;
  bool no_locations = false;
  bool no_source_text = false;
  bool compact = false;
};

int run_export(const ExportOptions& options) {
  schema::ParseOptions parse_options;
  parse_options.syntax = options.from == 2 ? schema::Syntax::V2 : schema::Syntax::V3;
  schema::ParseResult parsed =
      schema::parse_schema_files({options.files.begin(), options.files.end()}, parse_options);
  for (const auto& diagnostic : parsed.diagnostics)
    std::cerr << schema::format_diagnostic(diagnostic) << '\n';
  if (!parsed.ok()) return 1;
  if (options.format == "yaml") {
    // The YAML schema format (docs/schema-yaml.md), which reads back into the same IR.
    std::cout << schema::write_yaml(parsed.schema);
    return 0;
  }
  schema::JsonExportOptions json_options;
  json_options.locations = !options.no_locations;
  json_options.source_text = !options.no_source_text;
  json_options.pretty = !options.compact;
  std::cout << schema::export_json(parsed.schema, json_options);
  return 0;
}

const bool registered = register_command(
    {"export", "Print the schema IR of schema files (.surql, .yaml) as JSON, or the schema as YAML",
     [](CLI::App& command) -> CommandRunner {
       auto options = std::make_shared<ExportOptions>();
       command.add_option("files", options->files, "Schema files (.surql, .yaml)")
           ->required()
           ->check(CLI::ExistingFile);
       command
           .add_option("--format", options->format,
                       "json (the IR) or yaml (the YAML schema format, docs/schema-yaml.md)")
           ->check(CLI::IsMember({"json", "yaml"}))
           ->capture_default_str();
       command
           .add_option("--from", options->from,
                       "SurrealQL version whose parser rules read .surql files (3 or 2)")
           ->check(CLI::IsMember({2, 3}));
       command.add_flag("--no-locations", options->no_locations, "Leave out source locations");
       command.add_flag("--no-source-text", options->no_source_text, "Leave out the text as written");
       command.add_flag("--compact", options->compact, "One line, no indentation");
       return [options] { return run_export(*options); };
     }});

}  // namespace

}  // namespace surrealpp::cli

// `surrealpp format [--syntax 3|2] [--from 3|2] [--keep-order] FILE...`: prints the canonical SurrealQL of
// schema files (.surql, or .yaml/.yml in the YAML schema format of docs/schema-yaml.md). Exit 0; 1 when a
// file does not parse or a construct has no form in the target syntax (the error names it and where it is).
#include <iostream>
#include <memory>

#include "cli/command.hpp"
#include "render/render.hpp"
#include "yaml/schema_files.hpp"

namespace surrealpp::cli {

namespace {

struct FormatOptions {
  std::vector<std::string> files;
  int syntax = 3;
  int from = 3;
  bool keep_order = false;
};

int run_format(const FormatOptions& options) {
  schema::ParseOptions parse_options;
  parse_options.syntax = options.from == 2 ? schema::Syntax::V2 : schema::Syntax::V3;
  schema::ParseResult parsed =
      schema::parse_schema_files({options.files.begin(), options.files.end()}, parse_options);
  for (const auto& diagnostic : parsed.diagnostics)
    std::cerr << schema::format_diagnostic(diagnostic) << '\n';
  if (!parsed.ok()) return 1;
  schema::RenderOptions render_options;
  render_options.syntax = options.syntax == 2 ? schema::Syntax::V2 : schema::Syntax::V3;
  render_options.reorder = !options.keep_order;
  try {
    std::cout << schema::render_surql(parsed.schema, render_options);
  } catch (const schema::RenderError& error) {
    std::cerr << error.what() << '\n';
    return 1;
  }
  return 0;
}

const bool registered = register_command(
    {"format", "Print schema files (.surql, .yaml) as canonical SurrealQL",
     [](CLI::App& command) -> CommandRunner {
       auto options = std::make_shared<FormatOptions>();
       command.add_option("files", options->files, "Schema files (.surql, .yaml)")
           ->required()
           ->check(CLI::ExistingFile);
       command.add_option("--syntax", options->syntax, "SurrealQL version to write (3 or 2)")
           ->check(CLI::IsMember({2, 3}));
       command
           .add_option("--from", options->from,
                       "SurrealQL version whose parser rules read .surql files (3 or 2)")
           ->check(CLI::IsMember({2, 3}));
       command.add_flag("--keep-order", options->keep_order,
                        "Keep statements in source order instead of the order in which they load");
       return [options] { return run_format(*options); };
     }});

}  // namespace

}  // namespace surrealpp::cli

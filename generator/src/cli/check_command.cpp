// `surrealpp check [--strict] [--syntax 2|3] FILE...`: exit 0 when every statement parses (semantic findings
// are warnings), 1 on any syntax error — or, with --strict, on any finding. Diagnostics go to stderr.
#include <iostream>
#include <memory>

#include "cli/command.hpp"
#include "surrealpp/schema/check.hpp"
#include "surrealpp/schema/parse.hpp"

namespace surrealpp::cli {

namespace {

struct CheckOptions {
  std::vector<std::string> files;
  bool strict = false;
  int syntax = 3;
  bool quiet = false;
};

int run_check(const CheckOptions& options) {
  schema::ParseOptions parse_options;
  parse_options.syntax = options.syntax == 2 ? schema::Syntax::V2 : schema::Syntax::V3;
  schema::Schema combined;
  std::size_t errors = 0;
  std::size_t warnings = 0;
  auto print = [&](const schema::Diagnostic& diagnostic) {
    (diagnostic.severity == schema::Diagnostic::Severity::Error ? errors : warnings) += 1;
    std::cerr << schema::format_diagnostic(diagnostic) << '\n';
  };
  for (const std::string& file : options.files) {
    schema::ParseResult result = schema::parse_surql_file(file, parse_options);
    for (const auto& diagnostic : result.diagnostics) print(diagnostic);
    for (auto& statement : result.schema.statements) combined.statements.push_back(std::move(statement));
  }
  // Semantic checks see all files together: a schema split over files is still one schema.
  if (errors == 0) {
    schema::CheckOptions check_options;
    check_options.strict = options.strict;
    for (const auto& finding : schema::check_schema(combined, check_options)) print(finding);
  }
  if (!options.quiet) {
    std::cerr << options.files.size() << (options.files.size() == 1 ? " file, " : " files, ")
              << combined.statements.size() << " statements: " << errors
              << (errors == 1 ? " error, " : " errors, ") << warnings
              << (warnings == 1 ? " warning\n" : " warnings\n");
  }
  return errors == 0 ? 0 : 1;
}

const bool registered = register_command(
    {"check", "Parse SurrealQL schema files and report syntax errors and semantic findings",
     [](CLI::App& command) -> CommandRunner {
       auto options = std::make_shared<CheckOptions>();
       command.add_option("files", options->files, "SurrealQL files (.surql)")
           ->required()
           ->check(CLI::ExistingFile);
       command.add_flag("--strict", options->strict, "Treat semantic findings as errors");
       command.add_option("--syntax", options->syntax, "SurrealQL version whose parser rules apply (2 or 3)")
           ->check(CLI::IsMember({2, 3}));
       command.add_flag("-q,--quiet", options->quiet, "Do not print the summary line");
       return [options] { return run_check(*options); };
     }});

}  // namespace

}  // namespace surrealpp::cli

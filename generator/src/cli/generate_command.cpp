// `surrealpp generate --out DIR --namespace NS [--templates DIR] [--decimal-as-double] [--from 3|2]
// [--source-files N] FILE...`:
// C++ models, codecs and table descriptors for the schema in FILE... (.surql or .yaml,
// docs/generated-code.md). The semantic checks run strictly first: generated code must not be built on a
// schema with dangling links or duplicate definitions. Files whose content did not change are left alone, so
// a build that depends on them does not redo work.
#include <iostream>
#include <memory>

#include "cli/command.hpp"
#include "surrealpp/emit/cpp_generator.hpp"
#include "surrealpp/emit/file_writer.hpp"
#include "surrealpp/schema/check.hpp"
#include "surrealpp/schema/parse.hpp"
#include "yaml/schema_files.hpp"

namespace surrealpp::cli {

namespace {

struct GenerateOptions {
  std::vector<std::string> files;
  std::string out;
  std::string cpp_namespace;
  std::string templates;
  bool decimal_as_double = false;
  bool quiet = false;
  std::size_t source_files = 1;
  int from = 3;
};

int run_generate(const GenerateOptions& options) {
  schema::Schema combined;
  bool failed = false;
  schema::ParseOptions parse_options;
  parse_options.syntax = options.from == 2 ? schema::Syntax::V2 : schema::Syntax::V3;
  for (const std::string& file : options.files) {
    // YAML schemas give the same IR as SurrealQL ones (docs/schema-yaml.md), so they generate the same code.
    schema::ParseResult result = schema::parse_schema_file(file, parse_options);
    for (const auto& diagnostic : result.diagnostics)
      std::cerr << schema::format_diagnostic(diagnostic) << '\n';
    failed = failed || !result.ok();
    // The first file's statements are taken whole, the others appended to a vector grown once: statements are
    // large, and growing a vector of 20,000 of them one by one moved each of them a dozen times.
    auto& statements = result.schema.statements;
    if (combined.statements.empty()) {
      combined.statements = std::move(statements);
      continue;
    }
    combined.statements.reserve(combined.statements.size() + statements.size());
    for (auto& statement : statements) combined.statements.push_back(std::move(statement));
  }
  if (failed) return 1;
  schema::CheckOptions check_options;
  check_options.strict = true;
  auto findings = schema::check_schema(combined, check_options);
  for (const auto& finding : findings) std::cerr << schema::format_diagnostic(finding) << '\n';
  if (schema::has_errors(findings)) return 1;

  emit::cpp::GenerateOptions generate_options;
  generate_options.cpp_namespace = options.cpp_namespace;
  generate_options.decimal_as_double = options.decimal_as_double;
  if (!options.templates.empty()) generate_options.templates_dir = options.templates;
  generate_options.sources = options.files;
  generate_options.source_files = options.source_files;
  try {
    auto files = emit::cpp::generate_cpp(combined, generate_options);
    auto summary = emit::write_generated_files(options.out, files);
    if (!options.quiet)
      std::cerr << "generated " << files.size() << " files in " << options.out << ": " << summary.created
                << " created, " << summary.updated << " updated, " << summary.unchanged << " unchanged\n";
  } catch (const std::exception& error) {
    std::cerr << "surrealpp generate: " << error.what() << '\n';
    return 1;
  }
  return 0;
}

const bool registered = register_command(
    {"generate", "Generate C++ models, codecs and typed-query table descriptors from schema files",
     [](CLI::App& command) -> CommandRunner {
       auto options = std::make_shared<GenerateOptions>();
       command.add_option("files", options->files, "Schema files (.surql, .yaml)")
           ->required()
           ->check(CLI::ExistingFile);
       command.add_option("--out", options->out, "Output folder (headers go to OUT/<namespace as folders>/)")
           ->required();
       command
           .add_option("--namespace", options->cpp_namespace,
                       "C++ namespace of the generated code (a::b nests)")
           ->required();
       command
           .add_option("--templates", options->templates, "Folder of .mustache files replacing embedded ones")
           ->check(CLI::ExistingDirectory);
       command.add_flag("--decimal-as-double", options->decimal_as_double,
                        "Map number and decimal fields to double instead of surreal::Decimal");
       command
           .add_option("--from", options->from,
                       "SurrealQL version whose parser rules read .surql files (3 or 2, e.g. for a schema "
                       "introspected from a 2.x server)")
           ->check(CLI::IsMember({2, 3}));
       command
           .add_option("--source-files", options->source_files,
                       "Split the definitions into N files (models.cpp, models_1.cpp, ...) that compile in "
                       "parallel, for large schemas; each table goes to the file its name hashes to")
           ->check(CLI::Range(1, 1024));
       command.add_flag("-q,--quiet", options->quiet, "Do not print the summary line");
       return [options] { return run_generate(*options); };
     }});

}  // namespace

}  // namespace surrealpp::cli

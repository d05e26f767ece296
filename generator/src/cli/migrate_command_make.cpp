// `migrate make --schema DIR|FILE --dir migrations --name NAME [--syntax 2|3]`.
#include <iostream>

#include "cli/connection_options.hpp"
#include "cli/migrate_command_support.hpp"
#include "diff/operation.hpp"
#include "migrate/make_migration.hpp"

namespace surrealpp::cli::migrate_command {

namespace {

struct MakeSettings {
  std::vector<std::string> schema;
  std::string dir = "migrations";
  std::string name;
  int syntax = 3;
  bool check = false;
};

int run_make(const MakeSettings& settings) {
  migrate::MakeOptions options;
  for (const auto& path : settings.schema) options.schema_paths.emplace_back(path);
  options.directory = settings.dir;
  options.name = settings.name;
  options.syntax = settings.syntax == 2 ? schema::Syntax::V2 : schema::Syntax::V3;
  options.check_only = settings.check;
  migrate::MakeResult result = migrate::make_migration(options);
  for (const auto& warning : result.plan.warnings) std::cerr << "warning: " << warning << '\n';
  if (result.plan.empty()) {
    std::cout << "No schema changes since the last migration: nothing written.\n";
    return 0;
  }
  if (!result.written) {
    std::cout << "The schema has changed since the last migration (" << result.plan.operations.size()
              << " operations); `migrate make` would write " << result.label << ":\n";
    for (const auto& op : result.plan.operations)
      std::cout << "  [" << schema::diff::safety_name(op.up_safety) << "] " << op.describe() << '\n';
    return 1;
  }
  std::cout << "Wrote migration " << result.label << " (" << result.plan.operations.size()
            << " operations, up " << schema::diff::safety_name(result.plan.up_safety()) << ", down "
            << schema::diff::safety_name(result.plan.down_safety()) << "):\n";
  for (const auto& op : result.plan.operations)
    std::cout << "  [" << schema::diff::safety_name(op.up_safety) << "] " << op.describe() << '\n';
  for (const auto& file : result.files) std::cout << "  " << file.string() << '\n';
  return 0;
}

}  // namespace

CommandRunner attach_make(CLI::App& command) {
  auto settings = std::make_shared<MakeSettings>();
  command.add_option("--schema", settings->schema, "Schema file(s) or directories of .surql files")
      ->required();
  command.add_option("--dir", settings->dir, "Migrations directory")->capture_default_str();
  command.add_option("--name", settings->name, "What the migration does, e.g. add_users")->required();
  command.add_option("--syntax", settings->syntax, "SurrealQL version to write (2 or 3)")
      ->check(CLI::IsMember({2, 3}))
      ->capture_default_str();
  command.add_flag("--check", settings->check,
                   "Write nothing; exit 1 when the schema has changes no migration covers (for CI)");
  return [settings] { return run_reporting_errors("migrate make", 1, [&] { return run_make(*settings); }); };
}

}  // namespace surrealpp::cli::migrate_command

// `surrealpp migrate make|up|down|status|history|validate|plan|squash`: schema migrations as SurrealQL files
// in a directory, applied to a database with a history table (docs/migrations.md).
#include <fmt/format.h>

#include <stdexcept>

#include "cli/migrate_command_support.hpp"

namespace surrealpp::cli {
namespace migrate_command {

std::vector<surreal::Migration> load_runtime_migrations(const migrate::MigrationDirectory& directory) {
  std::vector<surreal::Migration> migrations;
  for (const auto& files : directory.migrations)
    migrations.push_back({files.version, files.name, files.up_text, files.down_text});
  return migrations;
}

migrate::MigrationDirectory read_checked_directory(const std::string& path) {
  migrate::MigrationDirectory directory = migrate::read_migration_directory(path);
  if (!directory.problems.empty()) {
    std::string message =
        "the migrations directory " + path + " has problems (see `surrealpp migrate validate`):";
    for (const auto& problem : directory.problems) message += "\n  " + problem;
    throw std::runtime_error(message);
  }
  return directory;
}

std::string normalise_version(const std::string& text) {
  std::string digits = text.substr(0, text.find('_'));
  if (digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos)
    throw std::runtime_error("`" + text +
                             "` is not a migration version (expected a number such as 3 or 0003)");
  return fmt::format("{:04}", std::stoul(digits));
}

}  // namespace migrate_command

namespace {

using Attach = CommandRunner (*)(CLI::App&);

const bool registered = register_command(
    {"migrate", "Write, apply, roll back and inspect schema migrations",
     [](CLI::App& command) -> CommandRunner {
       command.require_subcommand(1);
       auto chosen = std::make_shared<CommandRunner>();
       const std::pair<const char*, std::pair<const char*, Attach>> subcommands[] = {
           {"make",
            {"Diff the schema against the newest snapshot and write the next migration",
             migrate_command::attach_make}},
           {"up", {"Apply pending migrations (each in one transaction)", migrate_command::attach_up}},
           {"down", {"Roll back the newest applied migrations", migrate_command::attach_down}},
           {"status",
            {"Show which migrations are applied, pending or edited", migrate_command::attach_status}},
           {"history", {"Show the database's migration history table", migrate_command::attach_history}},
           {"validate",
            {"Check migration files: names, gaps, syntax, checksums against a database",
             migrate_command::attach_validate}},
           {"plan",
            {"Show what rolling back to a version does and how safe it is", migrate_command::attach_plan}},
           {"squash", {"Combine a range of migrations into one", migrate_command::attach_squash}},
       };
       for (const auto& [name, entry] : subcommands) {
         CLI::App* sub = command.add_subcommand(name, entry.first);
         CommandRunner run = entry.second(*sub);
         sub->callback([chosen, run] { *chosen = run; });
       }
       return [chosen] { return *chosen ? (*chosen)() : 2; };
     }});

}  // namespace
}  // namespace surrealpp::cli

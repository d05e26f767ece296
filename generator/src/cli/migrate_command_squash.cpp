// `migrate squash --from A --to B [--name NAME] [--dry-run] [--url … --ns … --db …]`: replaces migrations
// A..B by one migration whose up/down is the diff between the snapshot before A and the snapshot of B. Later
// migrations are renumbered to close the gap. Only migrations that no database has applied can be squashed:
// a database's history records name the versions and checksums of the old files, so after a squash `up`
// would apply the squashed migration again on top of them and every later check would report edits. With a
// database (flags or SURREAL_*), squash refuses when it has applied any migration from A on (the squashed
// ones, and the later ones whose numbers change); without one it says that nothing was checked. Hand-written
// statements in the range (in no snapshot) make it refuse unless --force.
#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "cli/connection_options.hpp"
#include "cli/migrate_command_support.hpp"
#include "diff/differ.hpp"
#include "migrate/make_migration.hpp"
#include "migrate/migration_script.hpp"

namespace surrealpp::cli::migrate_command {

namespace {

namespace fs = std::filesystem;

struct SquashSettings {
  ConnectionSettings connection;
  std::string dir = "migrations";
  std::string from;
  std::string to;
  std::string name;
  int syntax = 3;
  bool dry_run = false;
  bool force = false;
};

int run_squash(const SquashSettings& settings) {
  auto directory = read_checked_directory(settings.dir);
  std::string from = normalise_version(settings.from);
  std::string to = normalise_version(settings.to);
  if (to <= from) throw std::runtime_error("--to must be a later version than --from");
  auto& migrations = directory.migrations;
  auto first =
      std::find_if(migrations.begin(), migrations.end(), [&](const auto& m) { return m.version == from; });
  auto last =
      std::find_if(migrations.begin(), migrations.end(), [&](const auto& m) { return m.version == to; });
  if (first == migrations.end() || last == migrations.end())
    throw std::runtime_error("no migration " + (first == migrations.end() ? from : to) + " in " +
                             settings.dir);
  if (last->snapshot.empty())
    throw std::runtime_error(last->label() +
                             " has no snapshot: squash needs the schema after the last migration");
  // Applied migrations from `from` on: their history records would match no file after the squash.
  if (!settings.connection.url.empty()) {
    surreal::Client db = connect(settings.connection);
    std::vector<std::string> applied;
    for (const auto& entry : surreal::migration_history(db))
      if (entry.version >= from) applied.push_back(entry.version + "_" + entry.name);
    if (!applied.empty()) {
      std::string list;
      for (const auto& label : applied) list += (list.empty() ? "" : ", ") + label;
      throw std::runtime_error(
          fmt::format("{} has applied {} (from {} on): squashing would leave history records that match no "
                      "migration file. Roll back first (`migrate down --to {:04}`), or squash only "
                      "migrations no database has applied",
                      settings.connection.describe(), list, from, std::stoul(from) - 1));
    }
  } else {
    std::cerr
        << "note: no database given (--url / SURREAL_URL): not checked whether any database has applied "
           "these migrations; squash only migrations no database has applied\n";
  }
  schema::Syntax syntax = settings.syntax == 2 ? schema::Syntax::V2 : schema::Syntax::V3;
  schema::Schema before;
  if (first != migrations.begin()) {
    auto previous = std::prev(first);
    if (previous->snapshot.empty())
      throw std::runtime_error(previous->label() + " has no snapshot: squash needs the schema before " +
                               from);
    before = migrate::read_snapshot(previous->snapshot, syntax);
  }
  schema::Schema after = migrate::read_snapshot(last->snapshot, syntax);
  schema::diff::DiffOptions options;
  options.syntax = syntax;
  auto plan = schema::diff::diff_schemas(before, after, options);
  // Hand-written statements (data migrations) in the squashed range are in no snapshot, so the squashed
  // migration would silently lose them: a database that applied the migrations before `from` would then never
  // run them. Refused unless --force says they may go.
  std::vector<std::string> hand_written;
  for (auto it = first; it != std::next(last); ++it)
    if (migrate::read_script_safety(it->up_text).has_unclassified_statements)
      hand_written.push_back(it->label());
  if (!hand_written.empty()) {
    std::string list;
    for (const auto& label : hand_written) list += (list.empty() ? "" : ", ") + label;
    if (!settings.force)
      throw std::runtime_error("hand-written statements in " + list +
                               " are in no snapshot and would be lost by the squash (data migrations a "
                               "database still needs); squash around them, or pass --force to drop them");
    std::cerr << "warning: --force: the hand-written statements of " << list
              << " are not in the squashed migration\n";
  }
  std::string name = settings.name.empty() ? fmt::format("squashed_{}_{}", from, to)
                                           : migrate::migration_name_slug(settings.name);
  std::string label = from + "_" + name;
  std::size_t removed = static_cast<std::size_t>(std::distance(first, last));
  std::cout << fmt::format("{} migrations ({}..{}) → {} ({} operations, up {}, down {})\n", removed + 1, from,
                           to, label, plan.operations.size(), schema::diff::safety_name(plan.up_safety()),
                           schema::diff::safety_name(plan.down_safety()));
  if (settings.dry_run) {
    std::cout << migrate::render_migration_script(plan, migrate::Direction::Up, label);
    return 0;
  }
  fs::path dir = settings.dir;
  std::vector<migrate::MigrationFiles> squashed(first, std::next(last));
  std::vector<migrate::MigrationFiles> later(std::next(last), migrations.end());
  migrate::write_file_atomically(dir / (label + ".up.surql"),
                                 migrate::render_migration_script(plan, migrate::Direction::Up, label));
  migrate::write_file_atomically(dir / (label + ".down.surql"),
                                 migrate::render_migration_script(plan, migrate::Direction::Down, label));
  migrate::write_file_atomically(dir / (label + ".snapshot.surql"), migrate::read_text_file(last->snapshot));
  for (const auto& migration : squashed)
    for (const fs::path& file : {migration.up, migration.down, migration.snapshot})
      if (!file.empty() && file.filename().string().rfind(label + ".", 0) != 0) fs::remove(file);
  for (const auto& migration : later) {
    std::string version = fmt::format("{:04}", std::stoul(migration.version) - removed);
    for (const fs::path& file : {migration.up, migration.down, migration.snapshot}) {
      if (file.empty()) continue;
      std::string rest = file.filename().string().substr(migration.version.size());
      fs::rename(file, dir / (version + rest));
    }
    std::cout << "renumbered " << migration.label() << " → " << version << "_" << migration.name << '\n';
  }
  return 0;
}

}  // namespace

CommandRunner attach_squash(CLI::App& command) {
  auto settings = std::make_shared<SquashSettings>();
  add_connection_options(command, settings->connection, ConnectionNeed::Optional);
  command.add_option("--dir", settings->dir, "Migrations directory")->capture_default_str();
  command.add_option("--from", settings->from, "First migration to squash")->required();
  command.add_option("--to", settings->to, "Last migration to squash")->required();
  command.add_option("--name", settings->name, "Name of the squashed migration");
  command.add_option("--syntax", settings->syntax, "SurrealQL version to write (2 or 3)")
      ->check(CLI::IsMember({2, 3}))
      ->capture_default_str();
  command.add_flag("--dry-run", settings->dry_run, "Print the squashed up script, change nothing");
  command.add_flag(
      "--force", settings->force,
      "Squash even when migrations in the range hold hand-written statements (they are dropped)");
  return
      [settings] { return run_reporting_errors("migrate squash", 1, [&] { return run_squash(*settings); }); };
}

}  // namespace surrealpp::cli::migrate_command

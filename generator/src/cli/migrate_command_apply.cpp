// `migrate up [--to N] [--dry-run]` and `migrate down [--steps N | --to N] [--dry-run] [--yes]`.
#include <unistd.h>

#include <iostream>

#include <fmt/format.h>

#include "cli/connection_options.hpp"
#include "cli/migrate_command_support.hpp"
#include "diff/operation.hpp"
#include "migrate/migration_script.hpp"

namespace surrealpp::cli::migrate_command {

namespace {

struct UpSettings {
  ConnectionSettings connection;
  std::string dir = "migrations";
  std::string to;
  bool dry_run = false;
};

struct DownSettings {
  ConnectionSettings connection;
  std::string dir = "migrations";
  std::size_t steps = 1;
  std::string to;
  bool dry_run = false;
  bool yes = false;
};

std::string label(const surreal::Migration& migration) { return migration.version + "_" + migration.name; }

void print_event(const surreal::MigrationEvent& event) {
  using Kind = surreal::MigrationEvent::Kind;
  const std::string name = label(*event.migration);
  switch (event.kind) {
    case Kind::Applying:
      std::cout << "applying " << name << " … " << std::flush;
      break;
    case Kind::Applied:
      std::cout << "done (" << event.duration.count() << " ms)\n";
      break;
    case Kind::AppliedElsewhere:
      std::cout << "already applied by another process\n";
      break;
    case Kind::RolledBack:
      std::cout << "rolled back " << name << " (" << event.duration.count() << " ms)\n";
      break;
    case Kind::WouldApply:
      std::cout << "would apply " << name << '\n';
      break;
    case Kind::WouldRollBack:
      std::cout << "would roll back " << name << '\n';
      break;
    case Kind::Retrying:
      std::cout << "(conflict with a concurrent transaction, retrying) " << std::flush;
      break;
  }
}

int run_up(const UpSettings& settings) {
  auto directory = read_checked_directory(settings.dir);
  auto migrations = load_runtime_migrations(directory);
  surreal::Client db = connect(settings.connection);
  surreal::MigrateOptions options;
  if (!settings.to.empty()) options.target = normalise_version(settings.to);
  options.dry_run = settings.dry_run;
  options.applied_by = "surrealpp";
  // "applying X … " waits for its outcome on the same line; a failure ends that line before the error is
  // reported.
  auto in_progress = std::make_shared<bool>(false);
  options.on_event = [in_progress](const surreal::MigrationEvent& event) {
    *in_progress = event.kind == surreal::MigrationEvent::Kind::Applying ||
                   event.kind == surreal::MigrationEvent::Kind::Retrying;
    print_event(event);
  };
  try {
    auto report = surreal::migrate(db, migrations, options);
    if (settings.dry_run) {
      std::cout << (report.would_apply.empty() ? "Nothing to apply: the database is up to date.\n"
                                               : fmt::format("{} migration(s) would be applied (dry run).\n",
                                                             report.would_apply.size()));
    } else if (report.applied.empty() && report.applied_elsewhere.empty()) {
      std::cout << "Nothing to apply: the database is up to date.\n";
    } else {
      std::cout << "Applied " << report.applied.size() << " migration(s).\n";
    }
  } catch (const surreal::MigrationError&) {
    if (*in_progress) std::cout << "failed\n";
    throw;
  }
  return 0;
}

bool confirmed(const std::string& question) {
  if (!::isatty(STDIN_FILENO)) return false;
  std::cout << question << " [y/N] " << std::flush;
  std::string answer;
  std::getline(std::cin, answer);
  return answer == "y" || answer == "Y" || answer == "yes";
}

int run_down(const DownSettings& settings) {
  auto directory = read_checked_directory(settings.dir);
  auto migrations = load_runtime_migrations(directory);
  surreal::Client db = connect(settings.connection);
  surreal::RollbackOptions options;
  options.steps = settings.steps;
  if (!settings.to.empty())
    options.target = settings.to == "0" ? std::string{} : normalise_version(settings.to);
  options.on_event = print_event;

  // First the plan: what would be undone and how safe that is (from the down scripts' annotations).
  options.dry_run = true;
  surreal::RollbackOptions quiet = options;
  quiet.on_event = nullptr;
  auto plan = surreal::rollback(db, migrations, quiet);
  if (plan.would_roll_back.empty()) {
    std::cout << "Nothing to roll back: no migration is applied.\n";
    return 0;
  }
  schema::diff::Safety overall = schema::diff::Safety::Safe;
  for (const std::string& version : plan.would_roll_back) {
    auto it = std::find_if(directory.migrations.begin(), directory.migrations.end(),
                           [&](const auto& m) { return m.version == version; });
    auto safety = migrate::read_script_safety(it->down_text);
    auto classified = safety.overall();
    overall = schema::diff::worst(overall, classified.value_or(schema::diff::Safety::Unsafe));
    std::cout << "will roll back " << it->label() << " ("
              << (classified ? std::string(schema::diff::safety_name(*classified))
                             : "UNCLASSIFIED: hand-written")
              << ")\n";
  }
  if (settings.dry_run) return 0;
  if (!settings.yes && !confirmed(fmt::format("Roll back {} migration(s) ({})?", plan.would_roll_back.size(),
                                              schema::diff::safety_name(overall)))) {
    std::cerr << "surrealpp migrate down: not confirmed; pass --yes to roll back without asking\n";
    return 1;
  }
  options.dry_run = false;
  auto report = surreal::rollback(db, migrations, options);
  std::cout << "Rolled back " << report.rolled_back.size() << " migration(s).\n";
  return 0;
}

}  // namespace

CommandRunner attach_up(CLI::App& command) {
  auto settings = std::make_shared<UpSettings>();
  add_connection_options(command, settings->connection);
  command.add_option("--dir", settings->dir, "Migrations directory")->capture_default_str();
  command.add_option("--to", settings->to, "Apply up to and including this version");
  command.add_flag("--dry-run", settings->dry_run, "Only list what would be applied");
  return [settings] { return run_reporting_errors("migrate up", 1, [&] { return run_up(*settings); }); };
}

CommandRunner attach_down(CLI::App& command) {
  auto settings = std::make_shared<DownSettings>();
  add_connection_options(command, settings->connection);
  command.add_option("--dir", settings->dir, "Migrations directory")->capture_default_str();
  auto* steps = command.add_option("--steps", settings->steps, "How many migrations to roll back")
                    ->capture_default_str()
                    ->check(CLI::PositiveNumber);
  command.add_option("--to", settings->to, "Roll back every migration newer than this version (0 = all)")
      ->excludes(steps);
  command.add_flag("--dry-run", settings->dry_run, "Only show what would be rolled back");
  command.add_flag("-y,--yes", settings->yes, "Do not ask for confirmation");
  return [settings] { return run_reporting_errors("migrate down", 1, [&] { return run_down(*settings); }); };
}

}  // namespace surrealpp::cli::migrate_command

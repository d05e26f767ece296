// `migrate status`, `migrate history`, `migrate validate` and `migrate plan --to N`.
#include <iostream>
#include <map>

#include <fmt/format.h>

#include "cli/connection_options.hpp"
#include "cli/migrate_command_support.hpp"
#include "cli/text_table.hpp"
#include "diff/operation.hpp"
#include "migrate/migration_script.hpp"
#include "surrealpp/schema/parse.hpp"

namespace surrealpp::cli::migrate_command {

namespace {

struct InspectSettings {
  ConnectionSettings connection;
  std::string dir = "migrations";
  std::string to;
  int syntax = 3;
  std::string format = "table";
};

std::string short_checksum(const std::string& checksum) { return checksum.substr(0, 12); }

int run_status(const InspectSettings& settings) {
  auto directory = read_checked_directory(settings.dir);
  surreal::Client db = connect(settings.connection);
  auto history = surreal::migration_history(db);
  std::map<std::string, const surreal::AppliedMigration*> applied;
  for (const auto& entry : history) applied[entry.version] = &entry;
  TextTable table({"version", "name", "state", "applied at"});
  std::size_t pending = 0, problems = 0;
  for (const auto& migration : directory.migrations) {
    auto it = applied.find(migration.version);
    if (it == applied.end()) {
      table.add({migration.version, migration.name, "pending", ""});
      ++pending;
      continue;
    }
    bool edited = surreal::migration_checksum(migration.up_text) != it->second->checksum;
    if (edited) ++problems;
    table.add({migration.version, migration.name, edited ? "EDITED after it was applied" : "applied",
               it->second->applied_at});
    applied.erase(it);
  }
  for (const auto& [version, entry] : applied) {
    table.add({version, entry->name, "APPLIED, but no file in " + settings.dir, entry->applied_at});
    ++problems;
  }
  table.print(std::cout);
  std::cout << fmt::format("{} migration(s): {} applied, {} pending{}\n", directory.migrations.size(),
                           history.size(), pending, problems ? fmt::format(", {} problem(s)", problems) : "");
  return problems ? 1 : 0;
}

int run_history(const InspectSettings& settings) {
  surreal::Client db = connect(settings.connection);
  auto history = surreal::migration_history(db);
  if (settings.format == "json") {
    std::cout << "[";
    for (std::size_t i = 0; i < history.size(); ++i) {
      const auto& h = history[i];
      surreal::Value row = surreal::Object{{"version", h.version},         {"name", h.name},
                                           {"checksum", h.checksum},       {"applied_at", h.applied_at},
                                           {"duration_ms", h.duration_ms}, {"applied_by", h.applied_by}};
      std::cout << (i ? "," : "") << row.to_json();
    }
    std::cout << "]\n";
    return 0;
  }
  if (history.empty()) {
    std::cout << "No migration has been applied to " << settings.connection.describe() << ".\n";
    return 0;
  }
  TextTable table({"version", "name", "applied at", "ms", "by", "checksum"});
  for (const auto& h : history)
    table.add({h.version, h.name, h.applied_at, std::to_string(h.duration_ms), h.applied_by,
               short_checksum(h.checksum)});
  table.print(std::cout);
  return 0;
}

int run_validate(const InspectSettings& settings) {
  auto directory = migrate::read_migration_directory(settings.dir);
  std::vector<std::string> problems = directory.problems;
  std::vector<std::string> warnings;
  schema::ParseOptions options;
  options.syntax = settings.syntax == 2 ? schema::Syntax::V2 : schema::Syntax::V3;
  unsigned long expected = 1;
  for (const auto& migration : directory.migrations) {
    unsigned long version = std::stoul(migration.version);
    if (version != expected)
      problems.push_back(version > expected ? fmt::format("gap before {}: version {:04} is missing",
                                                          migration.label(), expected)
                                            : fmt::format("{}: version repeats", migration.label()));
    expected = version + 1;
    for (const auto& [file, text] :
         {std::pair{migration.up, migration.up_text}, {migration.down, migration.down_text}}) {
      if (file.empty()) continue;
      auto parsed = schema::parse_surql(text, file.string(), options);
      for (const auto& diagnostic : parsed.diagnostics)
        if (diagnostic.severity == schema::Diagnostic::Severity::Error)
          problems.push_back(schema::format_diagnostic(diagnostic));
    }
    if (migration.down.empty())
      warnings.push_back(migration.label() + ": no .down.surql, it cannot be rolled back");
  }
  if (!directory.migrations.empty() && directory.migrations.back().snapshot.empty())
    warnings.push_back(directory.migrations.back().label() +
                       ": no snapshot; the next `migrate make` diffs against an older one");
  if (!settings.connection.url.empty()) {
    surreal::Client db = connect(settings.connection);
    for (auto& problem :
         surreal::verify_migrations(surreal::migration_history(db), load_runtime_migrations(directory)))
      problems.push_back(std::move(problem));
  }
  for (const auto& warning : warnings) std::cout << "warning: " << warning << '\n';
  for (const auto& problem : problems) std::cout << "error: " << problem << '\n';
  std::cout << fmt::format("{} migration(s) in {}: {} error(s), {} warning(s){}\n",
                           directory.migrations.size(), settings.dir, problems.size(), warnings.size(),
                           settings.connection.url.empty() ? " (checksums not compared: no --url)" : "");
  return problems.empty() ? 0 : 1;
}

int run_plan(const InspectSettings& settings) {
  auto directory = read_checked_directory(settings.dir);
  std::string target = settings.to == "0" ? std::string{} : normalise_version(settings.to);
  std::vector<std::string> applied;
  std::string source;
  if (!settings.connection.url.empty()) {
    surreal::Client db = connect(settings.connection);
    for (const auto& entry : surreal::migration_history(db)) applied.push_back(entry.version);
    source = "applied in " + settings.connection.describe();
  } else {
    for (const auto& migration : directory.migrations) applied.push_back(migration.version);
    source = "all migrations in " + settings.dir + " (no --url: assuming every one is applied)";
  }
  std::cout << "Rollback plan to version " << (target.empty() ? "0 (empty database)" : target) << ", from "
            << source << ":\n";
  schema::diff::Safety overall = schema::diff::Safety::Safe;
  bool any = false, unclassified = false, irreversible = false;
  for (auto version = applied.rbegin(); version != applied.rend(); ++version) {
    if (!target.empty() && *version <= target) break;
    any = true;
    auto it = std::find_if(directory.migrations.begin(), directory.migrations.end(),
                           [&](const auto& m) { return m.version == *version; });
    if (it == directory.migrations.end()) {
      std::cout << "  " << *version << ": no migration file; cannot be rolled back\n";
      irreversible = true;
      continue;
    }
    if (it->down.empty()) {
      std::cout << "  " << it->label() << ": no down script; cannot be rolled back\n";
      irreversible = true;
      continue;
    }
    auto safety = migrate::read_script_safety(it->down_text);
    auto classified = safety.overall();
    unclassified = unclassified || !classified;
    overall = schema::diff::worst(overall, classified.value_or(schema::diff::Safety::Safe));
    for (const auto& op : safety.operations) overall = schema::diff::worst(overall, op.safety);
    std::cout << "  " << it->label() << ": "
              << (classified ? std::string(schema::diff::safety_name(*classified))
                             : "UNCLASSIFIED (hand-written SurrealQL)")
              << '\n';
    for (const auto& op : safety.operations) {
      std::cout << "    [" << schema::diff::safety_name(op.safety) << "] " << op.description << '\n';
      for (const auto& note : op.notes) std::cout << "        " << note << '\n';
    }
  }
  if (!any) {
    std::cout << "  nothing to roll back\n";
    return 0;
  }
  if (irreversible) {
    std::cout << "Overall: IMPOSSIBLE (a migration cannot be rolled back)\n";
    return 1;
  }
  std::cout << "Overall: " << schema::diff::safety_name(overall)
            << (unclassified ? " (plus hand-written statements to review)" : "")
            << (overall == schema::diff::Safety::Safe ? "" : " — review before `migrate down`") << '\n';
  return 0;
}

}  // namespace

CommandRunner attach_status(CLI::App& command) {
  auto settings = std::make_shared<InspectSettings>();
  add_connection_options(command, settings->connection);
  command.add_option("--dir", settings->dir, "Migrations directory")->capture_default_str();
  return
      [settings] { return run_reporting_errors("migrate status", 1, [&] { return run_status(*settings); }); };
}

CommandRunner attach_history(CLI::App& command) {
  auto settings = std::make_shared<InspectSettings>();
  add_connection_options(command, settings->connection);
  command.add_option("--format", settings->format, "table or json")
      ->check(CLI::IsMember({"table", "json"}))
      ->capture_default_str();
  return [settings] {
    return run_reporting_errors("migrate history", 1, [&] { return run_history(*settings); });
  };
}

CommandRunner attach_validate(CLI::App& command) {
  auto settings = std::make_shared<InspectSettings>();
  add_connection_options(command, settings->connection, ConnectionNeed::Optional);
  command.add_option("--dir", settings->dir, "Migrations directory")->capture_default_str();
  command.add_option("--syntax", settings->syntax, "SurrealQL version of the files (2 or 3)")
      ->check(CLI::IsMember({2, 3}))
      ->capture_default_str();
  return [settings] {
    return run_reporting_errors("migrate validate", 1, [&] { return run_validate(*settings); });
  };
}

CommandRunner attach_plan(CLI::App& command) {
  auto settings = std::make_shared<InspectSettings>();
  add_connection_options(command, settings->connection, ConnectionNeed::Optional);
  command.add_option("--dir", settings->dir, "Migrations directory")->capture_default_str();
  command.add_option("--to", settings->to, "Version to roll back to (0 = everything)")->required();
  return [settings] { return run_reporting_errors("migrate plan", 1, [&] { return run_plan(*settings); }); };
}

}  // namespace surrealpp::cli::migrate_command

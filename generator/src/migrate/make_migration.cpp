#include "migrate/make_migration.hpp"

#include <stdexcept>

#include <fmt/format.h>

#include "diff/differ.hpp"
#include "migrate/migration_directory.hpp"
#include "migrate/migration_script.hpp"
#include "migrate/schema_source.hpp"
#include "render/render.hpp"

namespace surrealpp::migrate {

namespace fs = std::filesystem;

std::string snapshot_text(const schema::Schema& schema, const std::string& label, schema::Syntax syntax) {
  schema::RenderOptions options;
  options.syntax = syntax;
  options.reorder = true;
  std::string text = fmt::format(
      "-- surrealpp schema snapshot after migration {}.\n-- `surrealpp migrate make` "
      "diffs the schema against the newest snapshot; do not edit.\n",
      label);
  text += schema::render_surql(resolved_schema(schema), options);
  return text;
}

schema::Schema read_snapshot(const fs::path& path, schema::Syntax syntax) {
  schema::ParseOptions options;
  options.syntax = syntax;
  schema::ParseResult result = schema::parse_surql_file(path, options);
  if (!result.ok()) {
    std::string message = "snapshot " + path.string() + " does not parse:";
    for (const auto& diagnostic : result.diagnostics)
      message += "\n  " + schema::format_diagnostic(diagnostic);
    throw std::runtime_error(message);
  }
  return result.schema;
}

MakeResult make_migration(const MakeOptions& options) {
  std::string slug = migration_name_slug(options.name);
  if (slug.empty()) throw std::runtime_error("a migration needs a --name made of letters or digits");
  schema::ParseResult target = load_schema(options.schema_paths, options.syntax);
  if (!target.ok()) {
    std::string message = "the schema has syntax errors:";
    for (const auto& diagnostic : target.diagnostics)
      if (diagnostic.severity == schema::Diagnostic::Severity::Error)
        message += "\n  " + schema::format_diagnostic(diagnostic);
    throw std::runtime_error(message);
  }
  MigrationDirectory directory = read_migration_directory(options.directory);
  if (!directory.problems.empty()) {
    std::string message = "the migrations directory " + options.directory.string() + " has problems:";
    for (const auto& problem : directory.problems) message += "\n  " + problem;
    throw std::runtime_error(message);
  }
  schema::Schema base;
  if (const MigrationFiles* latest = directory.latest_with_snapshot())
    base = read_snapshot(latest->snapshot, options.syntax);

  MakeResult result;
  schema::diff::DiffOptions diff_options;
  diff_options.syntax = options.syntax;
  result.plan = schema::diff::diff_schemas(base, target.schema, diff_options);
  if (result.plan.empty()) return result;

  result.label = directory.next_version() + "_" + slug;
  if (options.check_only) return result;
  fs::path up = options.directory / (result.label + ".up.surql");
  fs::path down = options.directory / (result.label + ".down.surql");
  fs::path snapshot = options.directory / (result.label + ".snapshot.surql");
  // The snapshot goes last: an interrupted `make` leaves a migration without snapshot, which `migrate
  // validate` reports, instead of a snapshot that claims a change no script makes.
  write_file_atomically(up, render_migration_script(result.plan, Direction::Up, result.label));
  write_file_atomically(down, render_migration_script(result.plan, Direction::Down, result.label));
  write_file_atomically(snapshot, snapshot_text(target.schema, result.label, options.syntax));
  result.files = {up, down, snapshot};
  result.written = true;
  return result;
}

}  // namespace surrealpp::migrate

// A migrations directory: `NNNN_name.up.surql`, `NNNN_name.down.surql` and `NNNN_name.snapshot.surql` (the
// schema after the migration, which the next `migrate make` diffs against).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace surrealpp::migrate {

struct MigrationFiles {
  std::string version;  // "0003"
  std::string name;     // "add_email"
  std::filesystem::path up;
  std::filesystem::path down;      // empty when absent
  std::filesystem::path snapshot;  // empty when absent
  std::string up_text;
  std::string down_text;

  std::string label() const { return version + "_" + name; }
};

struct MigrationDirectory {
  std::filesystem::path path;
  std::vector<MigrationFiles> migrations;  // in version order
  std::vector<std::string> problems;  // files that do not fit the naming scheme, duplicates, missing up files

  const MigrationFiles* latest_with_snapshot() const;
  std::string next_version() const;  // one more than the highest, zero-padded to 4 digits
};

// Reads every migration of `path` (a missing directory is an empty one).
MigrationDirectory read_migration_directory(const std::filesystem::path& path);

// `add users!` → `add_users`: lower-case letters, digits and underscores.
std::string migration_name_slug(const std::string& name);

// Writes a file atomically: a temporary file in the same directory, flushed, then renamed over the target, so
// a crash never leaves a half-written migration.
void write_file_atomically(const std::filesystem::path& path, const std::string& content);

std::string read_text_file(const std::filesystem::path& path);

}  // namespace surrealpp::migrate

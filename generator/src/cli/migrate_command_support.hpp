// Pieces shared by the `surrealpp migrate …` subcommands (each lives in its own migrate_command_*.cpp).
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <surreal/migrate.hpp>

#include "cli/command.hpp"
#include "migrate/migration_directory.hpp"

namespace surrealpp::cli::migrate_command {

// Each subcommand adds its options to `command` and returns what runs it.
CommandRunner attach_make(CLI::App& command);
CommandRunner attach_up(CLI::App& command);
CommandRunner attach_down(CLI::App& command);
CommandRunner attach_status(CLI::App& command);
CommandRunner attach_history(CLI::App& command);
CommandRunner attach_validate(CLI::App& command);
CommandRunner attach_plan(CLI::App& command);
CommandRunner attach_squash(CLI::App& command);

// The migrations of a directory as the runtime applies them; throws when the directory has problems.
std::vector<surreal::Migration> load_runtime_migrations(const migrate::MigrationDirectory& directory);

// Reads the directory and refuses one with problems (bad names, missing up files, duplicate versions).
migrate::MigrationDirectory read_checked_directory(const std::string& path);

// "0003" from "3", "0003", or "0003_add_email".
std::string normalise_version(const std::string& text);

}  // namespace surrealpp::cli::migrate_command

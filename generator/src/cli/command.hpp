// Subcommand registry of the `surrealpp` CLI. Each subcommand lives in its own file and registers itself:
//
//   namespace { const bool registered = surrealpp::cli::register_command({"format", "Print canonical
//   SurrealQL",
//       [](CLI::App& command) { auto options = std::make_shared<FormatOptions>(); command.add_option(…);
//                               return [options] { return run_format(*options); }; }}); }
//
// `attach` adds the subcommand's options to its CLI11 app and returns the function that runs it (its exit
// code).
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

namespace surrealpp::cli {

using CommandRunner = std::function<int()>;

struct Command {
  std::string name;
  std::string description;
  std::function<CommandRunner(CLI::App& command)> attach;
};

// Adds a command; returns true so it can initialise a namespace-scope constant.
bool register_command(Command command);

// Every registered command, sorted by name (registration order across files is unspecified).
std::vector<Command> registered_commands();

}  // namespace surrealpp::cli

// `surrealpp`: the schema compiler's command line. Subcommands register themselves (see cli/command.hpp).
#include <iostream>
#include <memory>

#include "cli/command.hpp"

int main(int argc, char** argv) {
  CLI::App app{"surrealpp: the C++ toolkit for SurrealDB (schema compiler)"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "surrealpp 0.1.0");

  auto runner = std::make_shared<surrealpp::cli::CommandRunner>();
  for (const surrealpp::cli::Command& command : surrealpp::cli::registered_commands()) {
    CLI::App* sub = app.add_subcommand(command.name, command.description);
    surrealpp::cli::CommandRunner run = command.attach(*sub);
    sub->callback([runner, run] { *runner = run; });
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    return app.exit(error);
  }
  if (!*runner) return 2;
  try {
    return (*runner)();
  } catch (const std::exception& error) {
    std::cerr << "surrealpp: error: " << error.what() << '\n';
    return 2;
  }
}

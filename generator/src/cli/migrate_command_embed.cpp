// `surrealpp generate-migrations --dir migrations --namespace NS --out DIR [--header NAME]`: writes
// DIR/migrations.hpp defining NS::migrations for surreal::migrate(db, NS::migrations). The file is rewritten
// only when its content changes, so builds that depend on it do not redo work.
#include <filesystem>
#include <iostream>

#include "cli/command.hpp"
#include "cli/connection_options.hpp"
#include "cli/migrate_command_support.hpp"
#include "emit/migrations/migrations_header.hpp"

namespace surrealpp::cli {

namespace {

struct EmbedSettings {
  std::string dir = "migrations";
  std::string cpp_namespace;
  std::string out;
  std::string header = "migrations.hpp";
};

int run_embed(const EmbedSettings& settings) {
  auto directory = migrate_command::read_checked_directory(settings.dir);
  std::string text = emit::migrations::migrations_header(
      directory.migrations, settings.cpp_namespace, std::filesystem::path(settings.dir).filename().string());
  std::filesystem::path target = std::filesystem::path(settings.out) / settings.header;
  bool unchanged = std::filesystem::exists(target) && migrate::read_text_file(target) == text;
  if (!unchanged) migrate::write_file_atomically(target, text);
  std::cerr << (unchanged ? "unchanged " : "wrote ") << target.string() << " (" << directory.migrations.size()
            << " migrations)\n";
  return 0;
}

const bool registered = register_command(
    {"generate-migrations", "Embed a migrations directory into C++ (NS::migrations for surreal::migrate)",
     [](CLI::App& command) -> CommandRunner {
       auto settings = std::make_shared<EmbedSettings>();
       command.add_option("--dir", settings->dir, "Migrations directory")->capture_default_str();
       command.add_option("--namespace", settings->cpp_namespace, "C++ namespace, e.g. app or app::db")
           ->required();
       command.add_option("--out", settings->out, "Output directory")->required();
       command.add_option("--header", settings->header, "Header file name")->capture_default_str();
       return [settings] {
         return run_reporting_errors("generate-migrations", 1, [&] { return run_embed(*settings); });
       };
     }});

}  // namespace

}  // namespace surrealpp::cli

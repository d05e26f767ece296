// `surrealpp introspect --url URL --ns NS --db DB [--user U --pass P] [--format surql|yaml|json] [--out
// FILE]`: the schema of a live database (2.x or 3.x) as canonical SurrealQL, as YAML (docs/schema-yaml.md) or
// as the IR in JSON, ready to be the first schema file of a project that starts from an existing database.
#include <iostream>

#include "cli/command.hpp"
#include "cli/connection_options.hpp"
#include "cli/introspect_command_live_schema.hpp"
#include "export/json_export.hpp"
#include "migrate/migration_directory.hpp"
#include "render/render.hpp"
#include "yaml/yaml_writer.hpp"

namespace surrealpp::cli {

namespace {

struct IntrospectSettings {
  ConnectionSettings connection;
  std::string format = "surql";
  std::string out;
  int syntax = 0;  // 0: the server's own
};

int run_introspect(const IntrospectSettings& settings) {
  surreal::Client db = connect(settings.connection);
  schema::Schema schema = live_schema(db);
  std::string text;
  const std::string origin = "Schema of " + settings.connection.ns + "/" + settings.connection.db + " (" +
                             db.server_version() + "), read by `surrealpp introspect`.";
  if (settings.format == "yaml") {
    schema::YamlWriteOptions options;
    options.header = {origin};
    text = schema::write_yaml(schema, options);
  } else if (settings.format == "json") {
    schema::JsonExportOptions options;
    options.locations = false;
    text = schema::export_json(schema, options);
    if (text.empty() || text.back() != '\n') text += '\n';
  } else {
    schema::RenderOptions options;
    options.syntax = settings.syntax == 0 ? syntax_of(db) : static_cast<schema::Syntax>(settings.syntax);
    text = "-- " + origin + "\n" + schema::render_surql(schema, options);
  }
  if (settings.out.empty()) {
    std::cout << text;
  } else {
    migrate::write_file_atomically(settings.out, text);
    std::cerr << "wrote " << settings.out << " (" << schema.statements.size() << " definitions)\n";
  }
  return 0;
}

const bool registered = register_command(
    {"introspect", "Read the schema of a live database (2.x or 3.x) and write it as SurrealQL, YAML or JSON",
     [](CLI::App& command) -> CommandRunner {
       auto settings = std::make_shared<IntrospectSettings>();
       add_connection_options(command, settings->connection);
       command
           .add_option("--format", settings->format,
                       "surql, yaml (docs/schema-yaml.md) or json (the IR, as `surrealpp export` writes it)")
           ->check(CLI::IsMember({"surql", "yaml", "json"}))
           ->capture_default_str();
       command
           .add_option("--syntax", settings->syntax,
                       "SurrealQL version to write with --format surql (2 or 3; default: the server's)")
           ->check(CLI::IsMember({2, 3}));
       command.add_option("-o,--out", settings->out, "Write to this file instead of stdout");
       return [settings] {
         return run_reporting_errors("introspect", 1, [&] { return run_introspect(*settings); });
       };
     }});

}  // namespace

}  // namespace surrealpp::cli

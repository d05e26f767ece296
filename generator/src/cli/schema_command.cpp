// `surrealpp schema diff|check|visualize`: the code schema against a live database (drift), and diagrams.
//
//   schema diff  --schema DIR …connection… [--format table|json] [--fail-on-drift]  every difference with a
//   severity
//                                                                                    and the SurrealQL that
//                                                                                    fixes it
//   schema check --schema DIR …connection… [--fail-on-drift]                         one line per difference
//   + summary schema visualize (--schema DIR | …connection…) [--format mermaid|graphviz|ascii] [--tables a,b]
//   [--no-fields]
#include <iostream>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/connection_options.hpp"
#include "cli/introspect_command_live_schema.hpp"
#include "cli/text_table.hpp"
#include "diff/differ.hpp"
#include "introspect/schema_equivalence.hpp"
#include "migrate/migration_directory.hpp"
#include "migrate/schema_source.hpp"
#include "visualize/diagram.hpp"

namespace surrealpp::cli {

namespace {

struct SchemaSettings {
  ConnectionSettings connection;
  std::vector<std::string> schema;
  std::string format;
  bool fail_on_drift = false;
  std::vector<std::string> tables;
  bool no_fields = false;
  bool no_links = false;
  std::string out;
};

schema::Schema code_schema(const SchemaSettings& settings, schema::Syntax syntax) {
  std::vector<std::filesystem::path> paths(settings.schema.begin(), settings.schema.end());
  schema::ParseResult result = migrate::load_schema(paths, syntax);
  if (!result.ok()) {
    std::string message = "the schema has syntax errors:";
    for (const auto& diagnostic : result.diagnostics)
      if (diagnostic.severity == schema::Diagnostic::Severity::Error)
        message += "\n  " + schema::format_diagnostic(diagnostic);
    throw std::runtime_error(message);
  }
  return result.schema;
}

// A DEFINE TABLE without TYPE is TYPE NORMAL on 3.0.2 (its INFO says so) and TYPE ANY on 2.1.1; the
// equivalence check assumes ANY, so the engine's default is spelled out before comparing.
schema::Statement with_engine_table_type(schema::Statement statement) {
  if (auto* table = std::get_if<schema::TableDefinition>(&statement.node))
    if (table->type == schema::TableDefinition::Type::Unspecified && !table->view)
      table->type = schema::TableDefinition::Type::Normal;
  return statement;
}

struct Drift {
  std::string severity;  // error: the database lacks or differs from the code; warning: only in the database
  std::string what;
  std::string fix;  // SurrealQL that brings the database to the code schema
};

std::vector<Drift> drift(const SchemaSettings& settings, std::string& target) {
  surreal::Client db = connect(settings.connection);
  schema::Syntax syntax = syntax_of(db);
  schema::Schema live = live_schema(db);
  schema::Schema code = code_schema(settings, syntax);
  target = settings.connection.describe() + " (" + db.server_version() + ")";
  schema::diff::DiffOptions options;
  options.syntax = syntax;
  // INFO spells out defaults a schema file leaves implicit: compare what each definition means once loaded.
  options.equivalent = [syntax](const schema::Statement& a, const schema::Statement& b) {
    schema::EquivalenceOptions equivalence;
    equivalence.as_loaded = true;
    equivalence.engine = syntax;
    return schema::schema_differences(schema::Schema{{with_engine_table_type(a)}},
                                      schema::Schema{{with_engine_table_type(b)}}, equivalence)
        .empty();
  };
  schema::diff::Plan plan = schema::diff::diff_schemas(live, code, options);
  std::vector<Drift> differences;
  for (const auto& op : plan.operations) {
    using schema::diff::Action;
    if (op.action == Action::Backfill) continue;
    // INFO FOR DB, the live side, shows what is inside the database, never the database's own definition or
    // its namespace's: a schema that defines them would always look drifted.
    if (op.kind == schema::DefinitionKind::Namespace || op.kind == schema::DefinitionKind::Database) continue;
    std::string subject = op.describe();
    subject = subject.substr(subject.find(' ') + 1);  // "field email on user"
    std::string fix;
    for (const auto& statement : op.up) fix += statement + "; ";
    if (!fix.empty()) fix.pop_back();
    switch (op.action) {
      case Action::Create:
        differences.push_back({"error", subject + ": missing in the database", fix});
        break;
      case Action::Remove:
        differences.push_back({"warning", subject + ": in the database but not in the schema", fix});
        break;
      case Action::Redefine:
        differences.push_back({"error", subject + ": differs from the schema", fix});
        break;
      case Action::Backfill:
        break;
    }
  }
  return differences;
}

int run_drift(const SchemaSettings& settings, bool verbose) {
  std::string target;
  auto differences = drift(settings, target);
  if (settings.format == "json") {
    surreal::Array rows;
    for (const auto& d : differences)
      rows.push_back(surreal::Object{{"severity", d.severity}, {"difference", d.what}, {"fix", d.fix}});
    std::cout << surreal::Value(surreal::Object{{"database", target},
                                                {"drift", !differences.empty()},
                                                {"differences", std::move(rows)}})
                     .to_json()
              << '\n';
  } else if (verbose && !differences.empty()) {
    TextTable table({"severity", "difference", "fix"});
    for (const auto& d : differences) table.add({d.severity, d.what, d.fix});
    table.print(std::cout);
  } else {
    for (const auto& d : differences) std::cout << d.severity << ": " << d.what << '\n';
  }
  if (settings.format != "json") {
    if (differences.empty())
      std::cout << "No drift: " << target << " matches the schema.\n";
    else
      std::cout << differences.size() << " difference(s) between the schema and " << target << ".\n";
  }
  return settings.fail_on_drift && !differences.empty() ? 1 : 0;
}

int run_visualize(const SchemaSettings& settings) {
  visualize::DiagramOptions options;
  options.format = settings.format == "graphviz" ? visualize::DiagramFormat::Graphviz
                   : settings.format == "ascii"  ? visualize::DiagramFormat::Ascii
                                                 : visualize::DiagramFormat::Mermaid;
  options.show_fields = !settings.no_fields;
  options.show_links = !settings.no_links;
  options.tables = settings.tables;
  schema::Schema schema;
  if (!settings.schema.empty()) {
    schema = code_schema(settings, schema::Syntax::V3);
  } else if (!settings.connection.url.empty()) {
    surreal::Client db = connect(settings.connection);
    options.syntax = syntax_of(db);
    schema = live_schema(db);
  } else {
    throw std::runtime_error(
        "give --schema, or a database (--url/--ns/--db or SURREAL_URL/SURREAL_NS/SURREAL_DB)");
  }
  std::string text = visualize::render_diagram(schema, options);
  if (settings.out.empty())
    std::cout << text;
  else
    migrate::write_file_atomically(settings.out, text);
  return 0;
}

const bool registered = register_command(
    {"schema", "Compare the schema with a live database (drift) and draw diagrams",
     [](CLI::App& command) -> CommandRunner {
       command.require_subcommand(1);
       auto chosen = std::make_shared<CommandRunner>();
       for (const char* name : {"diff", "check"}) {
         bool is_diff = std::string(name) == "diff";
         CLI::App* sub = command.add_subcommand(
             name, is_diff
                       ? "Show every difference between the schema and the database, with the SurrealQL that "
                         "fixes it"
                       : "Check the database for drift from the schema (for CI: --fail-on-drift)");
         auto settings = std::make_shared<SchemaSettings>();
         settings->format = "table";
         sub->add_option("--schema", settings->schema, "Schema file(s) or directories")->required();
         add_connection_options(*sub, settings->connection);
         sub->add_option("--format", settings->format, "table or json")
             ->check(CLI::IsMember({"table", "json"}))
             ->capture_default_str();
         sub->add_flag("--fail-on-drift", settings->fail_on_drift, "Exit 1 when there is any difference");
         std::string label = std::string("schema ") + name;
         sub->callback([chosen, settings, label, is_diff] {
           *chosen = [settings, label, is_diff] {
             return run_reporting_errors(label, 2, [&] { return run_drift(*settings, is_diff); });
           };
         });
       }
       CLI::App* sub = command.add_subcommand("visualize", "Draw tables, fields, record links and relations");
       auto settings = std::make_shared<SchemaSettings>();
       settings->format = "mermaid";
       sub->add_option("--schema", settings->schema,
                       "Schema file(s) or directories (default: the live database)");
       add_connection_options(*sub, settings->connection, ConnectionNeed::Optional);
       sub->add_option("--format", settings->format, "mermaid, graphviz or ascii")
           ->check(CLI::IsMember({"mermaid", "graphviz", "ascii"}))
           ->capture_default_str();
       sub->add_option("--tables", settings->tables, "Only these tables")->delimiter(',');
       sub->add_flag("--no-fields", settings->no_fields, "Tables only");
       sub->add_flag("--no-edges", settings->no_links, "No record links or relations");
       sub->add_option("-o,--output", settings->out, "Write to this file instead of stdout");
       sub->callback([chosen, settings] {
         *chosen = [settings] {
           return run_reporting_errors("schema visualize", 1, [&] { return run_visualize(*settings); });
         };
       });
       return [chosen] { return *chosen ? (*chosen)() : 2; };
     }});

}  // namespace

}  // namespace surrealpp::cli

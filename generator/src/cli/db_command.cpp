// `surrealpp db ping|version|info|query "…"`: quick work against a database from the shell.
#include <chrono>
#include <iostream>
#include <set>

#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/connection_options.hpp"
#include "cli/text_table.hpp"

namespace surrealpp::cli {

namespace {

struct DbSettings {
  ConnectionSettings connection;
  std::string format = "table";
  std::string query;
};

// A value in a table cell: strings without quotes, everything else as JSON.
std::string cell_text(const surreal::Value& value) {
  if (value.is_none()) return "";
  if (value.is_string()) return value.as_string();
  if (value.is_record_id()) return value.as_record_id().to_string();
  return value.to_json();
}

// Rows of objects become a table with one column per key (in first-seen order); anything else is printed as
// JSON.
void print_value(const surreal::Value& value, const std::string& format) {
  if (format == "json") {
    std::cout << value.to_json() << '\n';
    return;
  }
  if (value.is_array() && !value.as_array().empty() &&
      std::all_of(value.as_array().begin(), value.as_array().end(),
                  [](const auto& v) { return v.is_object(); })) {
    std::vector<std::string> columns;
    std::set<std::string> seen;
    for (const auto& row : value.as_array())
      for (const auto& [key, field] : row.as_object())
        if (seen.insert(key).second) columns.push_back(key);
    TextTable table(columns);
    for (const auto& row : value.as_array()) {
      std::vector<std::string> cells;
      for (const auto& column : columns) cells.push_back(cell_text(row[column]));
      table.add(std::move(cells));
    }
    table.print(std::cout);
    std::cout << "(" << value.as_array().size() << (value.as_array().size() == 1 ? " row)\n" : " rows)\n");
    return;
  }
  std::cout << value.to_json() << '\n';
}

int run_ping(const DbSettings& settings) {
  surreal::Client db = connect(settings.connection);
  auto start = std::chrono::steady_clock::now();
  db.ping();
  auto elapsed =
      std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start);
  if (settings.format == "json") {
    std::cout << surreal::Value(surreal::Object{{"ok", true},
                                                {"url", settings.connection.url},
                                                {"version", db.server_version()},
                                                {"ms", static_cast<double>(elapsed.count()) / 1000.0}})
                     .to_json()
              << '\n';
  } else {
    std::cout << fmt::format("OK: {} ({}) answered in {:.2f} ms\n", settings.connection.url,
                             db.server_version(), static_cast<double>(elapsed.count()) / 1000.0);
  }
  return 0;
}

int run_version(const DbSettings& settings) {
  surreal::Client db = connect(settings.connection);
  std::string version = db.version();
  if (settings.format == "json")
    std::cout << surreal::Value(surreal::Object{{"version", version}}).to_json() << '\n';
  else
    std::cout << version << '\n';
  return 0;
}

int run_info(const DbSettings& settings) {
  surreal::Client db = connect(settings.connection);
  surreal::Value info = db.query("INFO FOR DB").take(0);
  if (settings.format == "json") {
    std::cout << surreal::Value(surreal::Object{{"url", settings.connection.url},
                                                {"version", db.server_version()},
                                                {"namespace", settings.connection.ns},
                                                {"database", settings.connection.db},
                                                {"info", info}})
                     .to_json()
              << '\n';
    return 0;
  }
  std::cout << "server     " << settings.connection.url << " (" << db.server_version() << ")\n";
  std::cout << "namespace  " << settings.connection.ns << "\ndatabase   " << settings.connection.db << '\n';
  TextTable table({"table", "records", "fields", "indexes", "events"});
  const surreal::Value& tables = info["tables"];
  if (tables.is_object()) {
    for (const auto& [name, definition] : tables.as_object()) {
      surreal::QueryResult counted =
          db.query("SELECT count() AS n FROM type::table($t) GROUP ALL", {{"t", name}});
      std::string records = "?";
      if (counted.ok()) {
        const auto& rows = counted.take(0);
        records = rows.is_array() && !rows.as_array().empty() ? cell_text(rows[0]["n"]) : "0";
      }
      surreal::Value table_info = db.query("INFO FOR TABLE " + name).take(0);
      auto size_of = [&](const char* key) {
        const auto& part = table_info[key];
        return std::to_string(part.is_object() ? part.as_object().size() : 0);
      };
      table.add({name, records, size_of("fields"), size_of("indexes"), size_of("events")});
    }
  }
  if (table.empty()) {
    std::cout << "no tables\n";
  } else {
    table.print(std::cout);
  }
  for (const char* kind : {"analyzers", "functions", "params", "accesses", "users"}) {
    const auto& part = info[kind];
    if (part.is_object() && !part.as_object().empty())
      std::cout << kind << ": " << part.as_object().size() << '\n';
  }
  return 0;
}

int run_query(const DbSettings& settings) {
  surreal::Client db = connect(settings.connection);
  surreal::QueryResult result = db.query(settings.query);
  int failures = 0;
  if (settings.format == "json") {
    std::cout << "[";
    for (std::size_t i = 0; i < result.size(); ++i) {
      const auto& statement = result[i];
      surreal::Object entry{{"status", statement.status}, {"time", statement.time}};
      if (statement.ok())
        entry.insert_or_assign("result", statement.result);
      else
        entry.insert_or_assign("error", statement.error);
      failures += statement.ok() ? 0 : 1;
      std::cout << (i ? "," : "") << surreal::Value(std::move(entry)).to_json();
    }
    std::cout << "]\n";
  } else {
    for (std::size_t i = 0; i < result.size(); ++i) {
      const auto& statement = result[i];
      if (result.size() > 1) std::cout << "-- statement " << i + 1 << " (" << statement.time << ")\n";
      if (statement.ok()) {
        print_value(statement.result, settings.format);
      } else {
        ++failures;
        std::cout << "error: " << statement.error << '\n';
      }
    }
  }
  if (failures) std::cerr << "surrealpp db query: " << failures << " statement(s) failed\n";
  return failures ? 1 : 0;
}

using Runner = int (*)(const DbSettings&);

const bool registered = register_command(
    {"db", "Ping a database, show its version and contents, run a query",
     [](CLI::App& command) -> CommandRunner {
       command.require_subcommand(1);
       auto chosen = std::make_shared<CommandRunner>();
       struct Sub {
         const char* name;
         const char* description;
         Runner run;
         ConnectionNeed need;
       };
       const Sub subs[] = {
           {"ping", "Check that the server answers", run_ping, ConnectionNeed::Server},
           {"version", "Print the server's version", run_version, ConnectionNeed::Server},
           {"info", "Show the database's tables and definitions", run_info, ConnectionNeed::Database},
           {"query", "Run SurrealQL and print each statement's result", run_query, ConnectionNeed::Database}};
       for (const Sub& sub : subs) {
         CLI::App* app = command.add_subcommand(sub.name, sub.description);
         auto settings = std::make_shared<DbSettings>();
         add_connection_options(*app, settings->connection, sub.need);
         app->add_option("--format", settings->format, "table or json")
             ->check(CLI::IsMember({"table", "json"}))
             ->capture_default_str();
         if (sub.run == run_query) app->add_option("query", settings->query, "SurrealQL to run")->required();
         std::string label = std::string("db ") + sub.name;
         Runner run = sub.run;
         app->callback([chosen, settings, label, run] {
           *chosen = [settings, label, run] {
             return run_reporting_errors(label, 1, [&] { return run(*settings); });
           };
         });
       }
       return [chosen] { return *chosen ? (*chosen)() : 2; };
     }});

}  // namespace

}  // namespace surrealpp::cli

// Connection settings shared by the commands that talk to a database (migrate, db, introspect, schema
// diff/check):
// --url/--ns/--db/--user/--pass, each falling back to
// SURREAL_URL/SURREAL_NS/SURREAL_DB/SURREAL_USER/SURREAL_PASS. The password is never printed: messages name
// the URL, namespace, database and user only.
#pragma once

#include <CLI/CLI.hpp>

#include <memory>
#include <string>

#include <surreal/client.hpp>

namespace surrealpp::cli {

struct ConnectionSettings {
  std::string url;
  std::string ns;
  std::string db;
  std::string user;
  std::string pass;

  // "ws://127.0.0.1:8000/rpc ns=app db=main user=root": safe to print.
  std::string describe() const;
};

enum class ConnectionNeed { Optional, Server, Database };

// Adds the options to `command`. `Server` makes --url required, `Database` also --ns/--db (through a flag or
// the environment); with `Optional` the command works offline when no URL is given.
void add_connection_options(CLI::App& command, ConnectionSettings& settings,
                            ConnectionNeed need = ConnectionNeed::Database);

// Connects, signs in as root when a user is given, selects namespace and database when given. Errors are
// rethrown as std::runtime_error naming the target (never the password).
surreal::Client connect(const ConnectionSettings& settings);

// Runs `body`; prints "surrealpp <command>: error: …" for any exception and returns `failure_code` instead.
int run_reporting_errors(const std::string& command, int failure_code, const std::function<int()>& body);

}  // namespace surrealpp::cli

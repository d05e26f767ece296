#include "cli/connection_options.hpp"

#include <iostream>

namespace surrealpp::cli {

std::string ConnectionSettings::describe() const {
  std::string text = url;
  if (!ns.empty()) text += " ns=" + ns;
  if (!db.empty()) text += " db=" + db;
  if (!user.empty()) text += " user=" + user;
  return text;
}

void add_connection_options(CLI::App& command, ConnectionSettings& settings, ConnectionNeed need) {
  auto* url =
      command.add_option("--url", settings.url, "Server address: ws://host:port/rpc or http://host:port")
          ->envname("SURREAL_URL");
  if (need != ConnectionNeed::Optional) url->required();
  auto* ns = command.add_option("--ns", settings.ns, "Namespace")->envname("SURREAL_NS");
  auto* db = command.add_option("--db", settings.db, "Database")->envname("SURREAL_DB");
  if (need == ConnectionNeed::Database) {
    ns->required();
    db->required();
  }
  command.add_option("--user", settings.user, "Root user to sign in as")->envname("SURREAL_USER");
  // The default value is never shown in --help, and the option is excluded from CLI11's config output.
  command
      .add_option("--pass", settings.pass, "Password of --user (prefer SURREAL_PASS: flags show up in `ps`)")
      ->envname("SURREAL_PASS");
}

surreal::Client connect(const ConnectionSettings& settings) {
  // A database without its namespace is a usage error, and must never reach the server: SurrealDB 3.0.2
  // panics on `use` with a database but no namespace ("namespace should be set") and drops every connection.
  if (settings.ns.empty() != settings.db.empty())
    throw std::runtime_error(settings.ns.empty()
                                 ? "--db " + settings.db + " needs a namespace: --ns or SURREAL_NS"
                                 : "--ns " + settings.ns + " needs a database: --db or SURREAL_DB");
  try {
    surreal::Client client = surreal::Client::connect(settings.url);
    if (!settings.user.empty()) client.signin(surreal::RootAuth{settings.user, settings.pass});
    if (!settings.ns.empty() || !settings.db.empty()) client.use(settings.ns, settings.db);
    return client;
  } catch (const surreal::AuthError& error) {
    throw std::runtime_error("cannot sign in to " + settings.describe() + ": authentication failed");
  } catch (const std::exception& error) {
    std::string message = error.what();
    // A server could echo credentials back in an error; never let the password through.
    if (!settings.pass.empty())
      for (auto at = message.find(settings.pass); at != std::string::npos; at = message.find(settings.pass))
        message.replace(at, settings.pass.size(), "***");
    throw std::runtime_error("cannot connect to " + settings.describe() + ": " + message);
  }
}

int run_reporting_errors(const std::string& command, int failure_code, const std::function<int()>& body) {
  try {
    return body();
  } catch (const std::exception& error) {
    std::cerr << "surrealpp " << command << ": error: " << error.what() << '\n';
    return failure_code;
  }
}

}  // namespace surrealpp::cli

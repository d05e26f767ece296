// `surrealpp db|introspect|schema` against devdb, connection settings from flags and environment, and
// passwords never printed.
#include "cli_support.hpp"

using namespace clitest;

TEST_CASE("db ping, version, info and query") {
  std::string ns = migratetest::unique_name("cli_db");
  std::string env = connection_env(ns);
  auto ping = run_cli("db ping", env);
  INFO(ping.output);
  CHECK(ping.exit_code == 0);
  CHECK(ping.contains("OK"));
  CHECK(run_cli("db version", env).contains(surrealpp::test::devdb().version));
  CHECK(run_cli("db query \"DEFINE TABLE person; CREATE person:1 SET name = 'Ann'\"", env).exit_code == 0);
  auto table = run_cli("db query \"SELECT * FROM person\"", env);
  CHECK(table.contains("person:1"));
  CHECK(table.contains("(1 row)"));
  auto json = run_cli("db query \"SELECT name FROM person\" --format json", env);
  CHECK(json.contains("\"status\":\"OK\""));
  CHECK(json.contains("\"name\":\"Ann\""));
  auto info = run_cli("db info", env);
  CHECK(info.contains("person"));
  auto failed = run_cli("db query \"SELECT * FROM person WHERE\"", env);
  CHECK(failed.exit_code == 1);
}

TEST_CASE("flags work without the environment; missing settings fail clearly") {
  const auto& devdb = surrealpp::test::devdb();
  auto ping = run_cli("db ping --url " + devdb.ws_url + " --user root --pass root");
  CHECK(ping.exit_code == 0);
  auto missing = run_cli("db query \"RETURN 1\" --url " + devdb.ws_url, "env -u SURREAL_NS -u SURREAL_DB");
  CHECK(missing.exit_code != 0);
  CHECK(missing.contains("--ns"));
  auto unreachable = run_cli("db ping --url ws://127.0.0.1:1/rpc");
  CHECK(unreachable.exit_code == 1);
  CHECK(unreachable.contains("cannot connect to ws://127.0.0.1:1/rpc"));
}

TEST_CASE("a database without a namespace is refused before it reaches the server") {
  // SurrealDB 3.0.2 panics on `use` with a database but no namespace, which takes devdb down with it.
  const auto& devdb = surrealpp::test::devdb();
  auto half = run_cli("db ping --url " + devdb.ws_url + " --db main", "env -u SURREAL_NS -u SURREAL_DB");
  CHECK(half.exit_code == 1);
  CHECK(half.contains("needs a namespace"));
  CHECK(run_cli("db ping --url " + devdb.ws_url, "env -u SURREAL_NS -u SURREAL_DB").exit_code == 0);
}

TEST_CASE("a password is never printed: not in help, errors or output") {
  const std::string secret = "Sup3rSecretPw";
  const auto& devdb = surrealpp::test::devdb();
  std::string env =
      "SURREAL_URL=" + devdb.ws_url + " SURREAL_NS=x SURREAL_DB=y SURREAL_USER=root SURREAL_PASS=" + secret;
  for (const std::string& args :
       {std::string("db ping"), std::string("db info"), std::string("migrate up --dir /nonexistent"),
        std::string("introspect"), std::string("db ping --help"), std::string("migrate status --help"),
        std::string("db ping --url ws://127.0.0.1:1/rpc")}) {
    auto run = run_cli(args, env);
    INFO(args << "\n" << run.output);
    CHECK_FALSE(run.contains(secret));
  }
  auto flagged = run_cli("db ping --user root --pass " + secret, "SURREAL_URL=" + devdb.ws_url);
  CHECK(flagged.exit_code == 1);
  CHECK(flagged.contains("authentication failed"));
  CHECK_FALSE(flagged.contains(secret));
}

TEST_CASE("every command has --help") {
  for (const char* command : {"migrate",
                              "migrate make",
                              "migrate up",
                              "migrate down",
                              "migrate status",
                              "migrate history",
                              "migrate validate",
                              "migrate plan",
                              "migrate squash",
                              "db",
                              "db ping",
                              "db query",
                              "introspect",
                              "schema diff",
                              "schema check",
                              "schema visualize",
                              "generate-migrations",
                              "generate",
                              "export",
                              "format",
                              "check",
                              "schema"}) {
    auto run = run_cli(std::string(command) + " --help");
    INFO(command);
    CHECK(run.exit_code == 0);
    CHECK(run.contains("Usage"));
  }
}

TEST_CASE(
    "introspect a database loaded from a schema; no drift against that schema; drift found after a change") {
  TempDir dir("cli_introspect");
  std::string env = connection_env(migratetest::unique_name("cli_introspect"));
  const std::string schema =
      "DEFINE TABLE user SCHEMAFULL;\nDEFINE FIELD name ON user TYPE string;\n"
      "DEFINE FIELD age ON user TYPE option<int>;\nDEFINE FIELD best_friend ON user TYPE "
      "option<record<user>>;\n"
      "DEFINE INDEX user_name ON user FIELDS name UNIQUE;\n"
      "DEFINE TABLE follows TYPE RELATION IN user OUT user;\nDEFINE FIELD since ON follows TYPE datetime;\n";
  dir.write("schema/app.surql", schema);
  REQUIRE(run_cli("migrate make --schema " + (dir / "schema") + " --dir " + (dir / "m") + " --name init")
              .exit_code == 0);
  REQUIRE(run_cli("migrate up --dir " + (dir / "m"), env).exit_code == 0);

  auto introspected = run_cli("introspect -o " + (dir / "live.surql"), env);
  INFO(introspected.output);
  CHECK(introspected.exit_code == 0);
  std::ifstream in(dir / "live.surql");
  std::string live((std::istreambuf_iterator<char>(in)), {});
  CHECK(live.find("DEFINE TABLE user") != std::string::npos);
  CHECK(live.find("DEFINE INDEX user_name ON user") != std::string::npos);
  CHECK(live.find(std::string(surreal::kMigrationHistoryTable)) == std::string::npos);
  CHECK(run_cli("introspect --format json", env).contains("\"define_table\""));

  auto check = run_cli("schema check --fail-on-drift --schema " + (dir / "schema"), env);
  INFO(check.output);
  CHECK(check.exit_code == 0);
  CHECK(check.contains("No drift"));
  // the database's own definition is not in INFO FOR DB, so a schema that carries it shows no drift for it
  dir.write("with_database.surql", "DEFINE DATABASE IF NOT EXISTS main COMMENT 'app';\n" + schema);
  auto with_database = run_cli("schema check --fail-on-drift --schema " + (dir / "with_database.surql"), env);
  INFO(with_database.output);
  CHECK(with_database.exit_code == 0);
  // the introspected schema is itself drift-free against the database
  CHECK(run_cli("schema check --fail-on-drift --schema " + (dir / "live.surql"), env).exit_code == 0);

  dir.write("schema/app.surql", schema + "DEFINE FIELD email ON user TYPE option<string>;\n");
  auto drift = run_cli("schema diff --fail-on-drift --schema " + (dir / "schema"), env);
  CHECK(drift.exit_code == 1);
  CHECK(drift.contains("field email on user: missing in the database"));
  CHECK(run_cli("schema check --schema " + (dir / "schema"), env).exit_code == 0);  // no --fail-on-drift
}

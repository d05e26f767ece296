// surreal::migrate / rollback against the real engines: transactions, history, checksums, concurrency.
#include <thread>

#include "migrate_support.hpp"

using namespace migratetest;

namespace {

std::vector<surreal::Migration> two_migrations() {
  return {
      {"0001", "users", "DEFINE TABLE user SCHEMAFULL;\nDEFINE FIELD name ON user TYPE string;\n",
       "REMOVE TABLE user;\n"},
      {"0002", "active",
       "DEFINE FIELD active ON user TYPE bool DEFAULT true;\n"
       "UPDATE user SET active = true WHERE active IS NONE;\n",
       "REMOVE FIELD active ON user;\nUPDATE user UNSET active;\n"},
  };
}

}  // namespace

TEST_CASE("migrate applies pending migrations once and records them with checksums and timings") {
  auto [ns, name, db] = fresh_database("mig_apply");
  auto migrations = two_migrations();
  auto first = surreal::migrate(db, migrations);
  CHECK(first.applied == std::vector<std::string>{"0001", "0002"});
  auto again = surreal::migrate(db, migrations);
  CHECK(again.applied.empty());

  auto history = surreal::migration_history(db);
  REQUIRE(history.size() == 2);
  CHECK(history[0].version == "0001");
  CHECK(history[0].name == "users");
  CHECK(history[0].checksum == surreal::migration_checksum(migrations[0].up));
  CHECK(history[0].checksum.size() == 64);
  CHECK_FALSE(history[0].applied_at.empty());
  CHECK(history[1].applied_by == "surreal::migrate");
  CHECK(table_fields(db, "user").contains("active"));
}

TEST_CASE("--to stops at a version; dry run changes nothing") {
  auto [ns, name, db] = fresh_database("mig_to");
  surreal::MigrateOptions dry;
  dry.dry_run = true;
  auto planned = surreal::migrate(db, two_migrations(), dry);
  CHECK(planned.would_apply == std::vector<std::string>{"0001", "0002"});
  CHECK(surreal::migration_history(db).empty());

  surreal::MigrateOptions to_first;
  to_first.target = "0001";
  CHECK(surreal::migrate(db, two_migrations(), to_first).applied == std::vector<std::string>{"0001"});
  CHECK(surreal::migration_history(db).size() == 1);
}

TEST_CASE("a failing migration leaves the database as it was and reports the statement that failed") {
  auto [ns, name, db] = fresh_database("mig_fail");
  auto migrations = two_migrations();
  surreal::migrate(db, {migrations[0]});
  db.query("CREATE user:1 SET name = 'ann'").check();
  surreal::Migration broken{"0002", "broken",
                            "DEFINE FIELD extra ON user TYPE option<string>;\n"
                            "CREATE user:2 SET name = 42;\n"
                            "DEFINE FIELD more ON user TYPE option<int>;\n",
                            ""};
  try {
    surreal::migrate(db, {migrations[0], broken});
    FAIL("the migration should have failed");
  } catch (const surreal::MigrationError& error) {
    std::string message = error.what();
    INFO(message);
    CHECK(error.version() == "0002");
    CHECK(error.statement() == 2);
    CHECK(message.find("0002_broken") != std::string::npos);
    CHECK(message.find("not executed due to") == std::string::npos);
    CHECK(message.find("user:2") != std::string::npos);
  }
  CHECK_FALSE(table_fields(db, "user").contains("extra"));  // the DDL before the failure was rolled back too
  CHECK(surreal::migration_history(db).size() == 1);
}

TEST_CASE("an edited, already applied migration is refused with its name before anything runs") {
  auto [ns, name, db] = fresh_database("mig_edit");
  auto migrations = two_migrations();
  surreal::migrate(db, {migrations[0]});
  migrations[0].up += "DEFINE FIELD sneaky ON user TYPE string;\n";
  try {
    surreal::migrate(db, migrations);
    FAIL("an edited migration must be refused");
  } catch (const surreal::MigrationError& error) {
    CHECK(std::string(error.what()).find("0001_users was edited") != std::string::npos);
  }
  CHECK(surreal::migration_history(db).size() == 1);  // 0002 did not run either
  CHECK_FALSE(table_fields(db, "user").contains("active"));
}

TEST_CASE("line endings do not count as an edit") {
  CHECK(surreal::migration_checksum("A;\r\nB;\r\n") == surreal::migration_checksum("A;\nB;\n"));
  CHECK(surreal::migration_checksum("A;\n") != surreal::migration_checksum("B;\n"));
}

TEST_CASE("rollback runs the down scripts newest first and removes their history") {
  auto [ns, name, db] = fresh_database("mig_down");
  auto migrations = two_migrations();
  surreal::migrate(db, migrations);
  db.query("CREATE user:1 SET name = 'ann'").check();
  surreal::RollbackOptions one;
  CHECK(surreal::rollback(db, migrations, one).rolled_back == std::vector<std::string>{"0002"});
  CHECK_FALSE(table_fields(db, "user").contains("active"));
  // the UNSET in the down script keeps the row updatable on a SCHEMAFULL table
  CHECK(db.query("UPDATE user:1 SET name = 'anne'").ok());
  surreal::RollbackOptions all;
  all.target = "";
  CHECK(surreal::rollback(db, migrations, all).rolled_back == std::vector<std::string>{"0001"});
  CHECK(surreal::migration_history(db).empty());
  CHECK_FALSE(table_names(db).contains("user"));
}

TEST_CASE("two migrators started at once apply each migration exactly once") {
  std::string ns = unique_name("mig_race");
  std::vector<surreal::Migration> migrations;
  for (int i = 1; i <= 6; ++i) {
    char version[8];
    std::snprintf(version, sizeof version, "%04d", i);
    migrations.push_back(
        {version, "step" + std::to_string(i),
         "DEFINE TABLE t" + std::to_string(i) + ";\nCREATE counter:c" + std::to_string(i) + " SET n = 1;\n",
         "REMOVE TABLE t" + std::to_string(i) + ";\n"});
  }
  // The namespace and database exist before the race (3.0.2 answers two concurrent first uses of a new
  // database with a retryable "Transaction conflict"); the race under test is the migrations'.
  connect_to(ns, "main").query("RETURN 1");
  std::vector<surreal::MigrateReport> reports(2);
  std::vector<std::string> errors(2);
  std::vector<std::thread> threads;
  for (int i = 0; i < 2; ++i) {
    threads.emplace_back([&, i] {
      try {
        auto client = connect_to(ns, "main");
        reports[i] = surreal::migrate(client, migrations);
      } catch (const std::exception& error) {
        errors[i] = error.what();
      }
    });
  }
  for (auto& thread : threads) thread.join();
  CHECK(errors[0] == "");
  CHECK(errors[1] == "");
  CHECK(reports[0].applied.size() + reports[1].applied.size() == migrations.size());
  auto db = connect_to(ns, "main");
  CHECK(surreal::migration_history(db).size() == migrations.size());
  // every migration's data statement ran once: a second run would fail on the existing record, or double it
  auto count = db.query("SELECT count() AS n FROM counter GROUP ALL").take(0);
  CHECK(count[0]["n"].as_int() == 6);
}

TEST_CASE("unknown versions in the history are refused") {
  auto [ns, name, db] = fresh_database("mig_unknown");
  auto migrations = two_migrations();
  surreal::migrate(db, migrations);
  try {
    surreal::migrate(db, {migrations[0]});
    FAIL("a history entry without a migration must be refused");
  } catch (const surreal::MigrationError& error) {
    CHECK(std::string(error.what()).find("0002_active") != std::string::npos);
  }
}

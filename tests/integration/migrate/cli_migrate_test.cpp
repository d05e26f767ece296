// `surrealpp migrate …` end to end against devdb: make, up, status, history, down, validate, plan, edited
// files, concurrent processes.
#include <thread>

#include "cli_support.hpp"

using namespace clitest;

namespace {
const char* kV1 = "DEFINE TABLE user SCHEMAFULL;\nDEFINE FIELD name ON user TYPE string;\n";
const char* kV2 =
    "DEFINE TABLE user SCHEMAFULL;\nDEFINE FIELD name ON user TYPE string;\n"
    "DEFINE FIELD active ON user TYPE bool DEFAULT true;\nDEFINE FIELD score ON user TYPE int DEFAULT 0;\n";
}  // namespace

TEST_CASE("make writes up/down/snapshot; nothing when nothing changed, and says so") {
  TempDir dir("cli_make");
  dir.write("schema/app.surql", kV1);
  auto made = run_cli("migrate make --schema " + (dir / "schema") + " --dir " + (dir / "migrations") +
                      " --name init");
  INFO(made.output);
  CHECK(made.exit_code == 0);
  CHECK(std::filesystem::exists(dir / "migrations/0001_init.up.surql"));
  CHECK(std::filesystem::exists(dir / "migrations/0001_init.down.surql"));
  CHECK(std::filesystem::exists(dir / "migrations/0001_init.snapshot.surql"));
  auto again =
      run_cli("migrate make --schema " + (dir / "schema") + " --dir " + (dir / "migrations") + " --name x");
  CHECK(again.exit_code == 0);
  CHECK(again.contains("nothing written"));
  CHECK_FALSE(std::filesystem::exists(dir / "migrations/0002_x.up.surql"));
}

TEST_CASE("up, status, history, plan, down against a database; backfill keeps old rows updatable") {
  TempDir dir("cli_updown");
  std::string ns = migratetest::unique_name("cli_updown");
  std::string env = connection_env(ns);
  std::string migrations = " --dir " + (dir / "migrations");
  dir.write("schema/app.surql", kV1);
  REQUIRE(run_cli("migrate make --schema " + (dir / "schema") + migrations + " --name init").exit_code == 0);
  dir.write("schema/app.surql", kV2);
  REQUIRE(run_cli("migrate make --schema " + (dir / "schema") + migrations + " --name flags").exit_code == 0);

  auto dry = run_cli("migrate up --dry-run" + migrations, env);
  CHECK(dry.contains("would apply 0001_init"));
  auto first = run_cli("migrate up --to 1" + migrations, env);
  INFO(first.output);
  CHECK(first.exit_code == 0);
  CHECK(run_cli("db query \"CREATE user:1 SET name = 'ann'\"", env).exit_code == 0);
  auto status = run_cli("migrate status" + migrations, env);
  CHECK(status.contains("pending"));
  CHECK(run_cli("migrate up" + migrations, env).exit_code == 0);
  CHECK(run_cli("db query \"UPDATE user:1 SET name = 'anne'\"", env).exit_code == 0);
  auto row = run_cli("db query \"SELECT active, score FROM ONLY user:1\" --format json", env);
  CHECK(row.contains("\"active\":true"));
  CHECK(row.contains("\"score\":0"));
  auto history = run_cli("migrate history --format json", env);
  CHECK(history.contains("\"version\":\"0002\""));
  auto plan = run_cli("migrate plan --to 1" + migrations, env);
  CHECK(plan.contains("DATA_LOSS"));
  auto refused = run_cli("migrate down" + migrations + " < /dev/null", env);
  CHECK(refused.exit_code != 0);
  auto down = run_cli("migrate down --yes" + migrations, env);
  INFO(down.output);
  CHECK(down.exit_code == 0);
  CHECK(run_cli("db query \"UPDATE user:1 SET name = 'ann'\"", env).exit_code ==
        0);  // active/score unset too
  CHECK(run_cli("migrate down --to 0 --yes" + migrations, env).exit_code == 0);
  CHECK(run_cli("migrate history", env).contains("No migration has been applied"));
}

TEST_CASE("an edited applied migration is refused with its name; validate finds it and gaps") {
  TempDir dir("cli_edit");
  std::string env = connection_env(migratetest::unique_name("cli_edit"));
  std::string migrations = " --dir " + (dir / "migrations");
  dir.write("schema/app.surql", kV1);
  REQUIRE(run_cli("migrate make --schema " + (dir / "schema") + migrations + " --name init").exit_code == 0);
  REQUIRE(run_cli("migrate up" + migrations, env).exit_code == 0);
  std::ofstream(dir / "migrations/0001_init.up.surql", std::ios::app) << "DEFINE FIELD x ON user TYPE int;\n";
  auto up = run_cli("migrate up" + migrations, env);
  CHECK(up.exit_code == 1);
  CHECK(up.contains("0001_init was edited"));
  CHECK(run_cli("migrate validate" + migrations, env).exit_code == 1);
  dir.write("migrations/0003_later.up.surql", "DEFINE TABLE later;\n");
  auto offline = run_cli("migrate validate" + migrations);
  CHECK(offline.contains("gap before 0003_later"));
  dir.write("migrations/0004_broken.up.surql", "DEFINE TABLE ;\n");
  CHECK(run_cli("migrate validate" + migrations).contains("0004_broken.up.surql"));
}

TEST_CASE("a failing migration reports the real error and leaves the database unchanged") {
  TempDir dir("cli_fail");
  std::string env = connection_env(migratetest::unique_name("cli_fail"));
  dir.write(
      "migrations/0001_bad.up.surql",
      "DEFINE TABLE t SCHEMAFULL;\nDEFINE FIELD n ON t TYPE int;\nCREATE t:1 SET n = 'not a number';\n");
  auto up = run_cli("migrate up --dir " + (dir / "migrations"), env);
  CHECK(up.exit_code == 1);
  CHECK(up.contains("0001_bad failed at statement 3"));
  CHECK_FALSE(up.contains("not executed due to"));
  auto info = run_cli("db query \"INFO FOR DB\" --format json", env);
  CHECK_FALSE(info.contains("DEFINE TABLE t"));
}

TEST_CASE("two `migrate up` processes started at once apply each migration once") {
  TempDir dir("cli_race");
  std::string env = connection_env(migratetest::unique_name("cli_race"));
  for (int i = 1; i <= 4; ++i)
    dir.write(
        "migrations/000" + std::to_string(i) + "_step.up.surql",
        "DEFINE TABLE t" + std::to_string(i) + ";\nCREATE counter SET step = " + std::to_string(i) + ";\n");
  Run a, b;
  std::thread first([&] { a = run_cli("migrate up --dir " + (dir / "migrations"), env); });
  std::thread second([&] { b = run_cli("migrate up --dir " + (dir / "migrations"), env); });
  first.join();
  second.join();
  INFO(a.output << "\n---\n" << b.output);
  CHECK(a.exit_code == 0);
  CHECK(b.exit_code == 0);
  auto count = run_cli("db query \"SELECT count() AS n FROM counter GROUP ALL\" --format json", env);
  CHECK(count.contains("\"n\":4"));
}

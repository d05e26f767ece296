// `surrealpp migrate …` end to end against devdb: make, up, status, history, down, validate, plan, edited
// files, concurrent processes, squash.
#include <algorithm>
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

namespace {

const char* kV3 =
    "DEFINE TABLE user SCHEMAFULL;\nDEFINE FIELD name ON user TYPE string;\n"
    "DEFINE FIELD active ON user TYPE bool DEFAULT true;\nDEFINE FIELD score ON user TYPE int DEFAULT 0;\n"
    "DEFINE FIELD email ON user TYPE option<string>;\nDEFINE INDEX user_email ON user FIELDS email UNIQUE;\n";
const char* kV4 =
    "DEFINE TABLE user SCHEMAFULL;\nDEFINE FIELD name ON user TYPE string;\n"
    "DEFINE FIELD active ON user TYPE bool DEFAULT true;\nDEFINE FIELD score ON user TYPE int DEFAULT 0;\n"
    "DEFINE FIELD email ON user TYPE option<string>;\nDEFINE INDEX user_email ON user FIELDS email UNIQUE;\n"
    "DEFINE TABLE post SCHEMAFULL;\nDEFINE FIELD author ON post TYPE record<user>;\n";

std::vector<std::string> file_names(const std::filesystem::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

// INFO FOR DB and INFO FOR TABLE of every table but the history (whose records differ by design), as JSON.
std::string schema_info(const std::string& ns) {
  auto db = migratetest::connect_to(ns, "main");
  surreal::Value info = db.query("INFO FOR DB").take(0);
  std::string out = info.to_json();
  if (info["tables"].is_object())
    for (const auto& [table, definition] : info["tables"].as_object())
      if (table != surreal::kMigrationHistoryTable)
        out += "\n" + table + ": " + db.query("INFO FOR TABLE " + table).take(0).to_json();
  return out;
}

}  // namespace

TEST_CASE(
    "squash 0002..0003 of four: files, validate, the same INFO from the squashed set, applied refused") {
  TempDir dir("cli_squash");
  std::string migrations = " --dir " + (dir / "migrations");
  std::string make = "migrate make --schema " + (dir / "schema") + migrations;
  dir.write("schema/app.surql", kV1);
  REQUIRE(run_cli(make + " --name init").exit_code == 0);
  dir.write("schema/app.surql", kV2);
  REQUIRE(run_cli(make + " --name flags").exit_code == 0);
  dir.write("schema/app.surql", kV3);
  REQUIRE(run_cli(make + " --name email").exit_code == 0);
  dir.write("schema/app.surql", kV4);
  REQUIRE(run_cli(make + " --name posts").exit_code == 0);
  std::filesystem::copy(dir / "migrations", dir / "original");

  // A database that applied 0001..0003: squashing 0002..0003 would orphan its history records.
  std::string applied_ns = migratetest::unique_name("cli_squash_applied");
  REQUIRE(run_cli("migrate up --to 3" + migrations, connection_env(applied_ns)).exit_code == 0);
  auto refused = run_cli("migrate squash --from 2 --to 3" + migrations, connection_env(applied_ns));
  INFO(refused.output);
  CHECK(refused.exit_code == 1);
  CHECK(refused.contains("0002_flags, 0003_email"));
  CHECK(refused.contains("migrate down --to 0001"));
  CHECK(file_names(dir.path / "migrations") == file_names(dir.path / "original"));  // nothing touched
  // A database that applied only 0001 is not affected.
  std::string early_ns = migratetest::unique_name("cli_squash_early");
  REQUIRE(run_cli("migrate up --to 1" + migrations, connection_env(early_ns)).exit_code == 0);

  auto dry = run_cli("migrate squash --from 2 --to 3 --dry-run" + migrations);
  CHECK(dry.exit_code == 0);
  CHECK(dry.contains("not checked"));
  CHECK(file_names(dir.path / "migrations") == file_names(dir.path / "original"));

  auto squashed = run_cli("migrate squash --from 0002 --to 0003" + migrations, connection_env(early_ns));
  INFO(squashed.output);
  REQUIRE(squashed.exit_code == 0);
  CHECK(squashed.contains("2 migrations (0002..0003) → 0002_squashed_0002_0003"));
  CHECK(squashed.contains("renumbered 0004_posts → 0003_posts"));
  CHECK(file_names(dir.path / "migrations") ==
        std::vector<std::string>{"0001_init.down.surql", "0001_init.snapshot.surql", "0001_init.up.surql",
                                 "0002_squashed_0002_0003.down.surql",
                                 "0002_squashed_0002_0003.snapshot.surql", "0002_squashed_0002_0003.up.surql",
                                 "0003_posts.down.surql", "0003_posts.snapshot.surql",
                                 "0003_posts.up.surql"});
  std::ifstream up_file(dir / "migrations/0002_squashed_0002_0003.up.surql");
  std::string up((std::istreambuf_iterator<char>(up_file)), {});
  CHECK(up.find("DEFINE FIELD active ON user") != std::string::npos);
  CHECK(up.find("DEFINE INDEX user_email ON user") != std::string::npos);
  CHECK(up.find("UPDATE user SET") != std::string::npos);  // the backfill of the new required fields
  // The squashed migration's snapshot is the one of 0003, so the chain still ends at the schema.
  CHECK(run_cli(make + " --name again").contains("nothing written"));

  auto validate = run_cli("migrate validate" + migrations);
  INFO(validate.output);
  CHECK(validate.exit_code == 0);
  CHECK(validate.contains("0 error(s)"));
  // The database that had applied 0001 only takes the squashed set from there.
  auto early_up = run_cli("migrate up" + migrations, connection_env(early_ns));
  INFO(early_up.output);
  CHECK(early_up.exit_code == 0);
  CHECK(run_cli("migrate validate" + migrations, connection_env(early_ns)).exit_code == 0);

  // Fresh databases: the squashed set and the original set give the same schema.
  std::string from_squashed = migratetest::unique_name("cli_squash_new");
  std::string from_original = migratetest::unique_name("cli_squash_old");
  auto up_squashed = run_cli("migrate up" + migrations, connection_env(from_squashed));
  INFO(up_squashed.output);
  REQUIRE(up_squashed.exit_code == 0);
  REQUIRE(run_cli("migrate up --dir " + (dir / "original"), connection_env(from_original)).exit_code == 0);
  CHECK(schema_info(from_squashed) == schema_info(from_original));
  CHECK(schema_info(early_ns) == schema_info(from_original));
}

TEST_CASE("squash refuses to drop hand-written statements unless --force") {
  TempDir dir("cli_squash_data");
  std::string migrations = " --dir " + (dir / "migrations");
  std::string make = "migrate make --schema " + (dir / "schema") + migrations;
  dir.write("schema/app.surql", kV1);
  REQUIRE(run_cli(make + " --name init").exit_code == 0);
  dir.write("migrations/0002_names.up.surql", "UPDATE user SET name = string::trim(name);\n");
  dir.write("schema/app.surql", kV2);
  REQUIRE(run_cli(make + " --name flags").exit_code == 0);
  auto refused = run_cli("migrate squash --from 2 --to 3" + migrations);
  INFO(refused.output);
  CHECK(refused.exit_code == 1);
  CHECK(refused.contains("0002_names"));
  CHECK(refused.contains("--force"));
  CHECK(std::filesystem::exists(dir / "migrations/0002_names.up.surql"));
  auto forced = run_cli("migrate squash --from 2 --to 3 --force" + migrations);
  INFO(forced.output);
  CHECK(forced.exit_code == 0);
  CHECK(forced.contains("not in the squashed migration"));
  CHECK_FALSE(std::filesystem::exists(dir / "migrations/0002_names.up.surql"));
}

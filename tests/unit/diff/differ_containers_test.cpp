// DEFINE NAMESPACE / DEFINE DATABASE: create, change and remove, and where they go in the plan.
#include "diff_test_support.hpp"

#include "diff/schema_state.hpp"

using namespace difftest;

TEST_CASE("database: a new definition is written with OVERWRITE, rolled back by an UNSAFE REMOVE DATABASE") {
  auto plan = plan_of("", "DEFINE DATABASE main CHANGEFEED 1d;");
  REQUIRE(plan.operations.size() == 1);
  const auto& op = plan.operations.at(0);
  CHECK(op.describe() == "define database main");
  // the database a migration runs in already exists: a plain DEFINE would fail
  CHECK(op.up == std::vector<std::string>{"DEFINE DATABASE OVERWRITE main CHANGEFEED 1d"});
  CHECK(op.down == std::vector<std::string>{"REMOVE DATABASE main"});
  CHECK(op.up_safety == Safety::Safe);
  CHECK(op.down_safety == Safety::Unsafe);
}

TEST_CASE("database: a changed CHANGEFEED is redefined with OVERWRITE both ways, SAFE") {
  auto plan = plan_of("DEFINE DATABASE main CHANGEFEED 1d;", "DEFINE DATABASE main CHANGEFEED 3d;");
  REQUIRE(plan.operations.size() == 1);
  const auto& op = plan.operations.at(0);
  CHECK(op.describe() == "redefine database main");
  CHECK(op.action == Action::Redefine);
  CHECK(op.up == std::vector<std::string>{"DEFINE DATABASE OVERWRITE main CHANGEFEED 3d"});
  CHECK(op.down == std::vector<std::string>{"DEFINE DATABASE OVERWRITE main CHANGEFEED 1d"});
  CHECK(op.up_safety == Safety::Safe);
  CHECK(op.down_safety == Safety::Safe);
}

TEST_CASE(
    "database: dropping the CHANGEFEED is DATA_LOSS (the recorded changes go), adding it back is SAFE") {
  auto plan = plan_of("DEFINE DATABASE main CHANGEFEED 1d;", "DEFINE DATABASE main;");
  REQUIRE(plan.operations.size() == 1);
  const auto& op = plan.operations.at(0);
  CHECK(op.up == std::vector<std::string>{"DEFINE DATABASE OVERWRITE main"});
  CHECK(op.up_safety == Safety::DataLoss);
  CHECK(op.down_safety == Safety::Safe);
}

TEST_CASE("database: a changed COMMENT is a SAFE redefinition") {
  auto plan = plan_of("DEFINE DATABASE main COMMENT 'old';", "DEFINE DATABASE main COMMENT 'new';");
  REQUIRE(plan.operations.size() == 1);
  const auto& op = plan.operations.at(0);
  CHECK(op.up == std::vector<std::string>{"DEFINE DATABASE OVERWRITE main COMMENT 'new'"});
  CHECK(op.down == std::vector<std::string>{"DEFINE DATABASE OVERWRITE main COMMENT 'old'"});
  CHECK(op.up_safety == Safety::Safe);
  CHECK(op.down_safety == Safety::Safe);
}

TEST_CASE("database: a removed definition is REMOVE DATABASE, UNSAFE, restored in down") {
  auto plan = plan_of("DEFINE DATABASE main STRICT;", "");
  REQUIRE(plan.operations.size() == 1);
  const auto& op = plan.operations.at(0);
  CHECK(op.describe() == "remove database main");
  CHECK(op.up == std::vector<std::string>{"REMOVE DATABASE main"});
  CHECK(op.down == std::vector<std::string>{"DEFINE DATABASE OVERWRITE main STRICT"});
  CHECK(op.up_safety == Safety::Unsafe);
  CHECK(op.down_safety == Safety::Safe);
}

TEST_CASE("namespace: create with OVERWRITE, redefine a COMMENT, remove (UNSAFE)") {
  auto created = plan_of("", "DEFINE NAMESPACE app COMMENT 'x';");
  REQUIRE(created.operations.size() == 1);
  CHECK(created.operations.at(0).describe() == "define namespace app");
  CHECK(created.operations.at(0).up ==
        std::vector<std::string>{"DEFINE NAMESPACE OVERWRITE app COMMENT 'x'"});
  CHECK(created.operations.at(0).down == std::vector<std::string>{"REMOVE NAMESPACE app"});
  CHECK(created.operations.at(0).down_safety == Safety::Unsafe);

  auto changed = plan_of("DEFINE NAMESPACE app COMMENT 'x';", "DEFINE NAMESPACE app COMMENT 'y';");
  REQUIRE(changed.operations.size() == 1);
  CHECK(changed.operations.at(0).up ==
        std::vector<std::string>{"DEFINE NAMESPACE OVERWRITE app COMMENT 'y'"});
  CHECK(changed.operations.at(0).up_safety == Safety::Safe);

  auto removed = plan_of("DEFINE NAMESPACE app;", "");
  REQUIRE(removed.operations.size() == 1);
  CHECK(removed.operations.at(0).up == std::vector<std::string>{"REMOVE NAMESPACE app"});
  CHECK(removed.operations.at(0).up_safety == Safety::Unsafe);
}

TEST_CASE("namespace and database: the same definition, however spelled, is no change") {
  CHECK(plan_of("DEFINE NAMESPACE app; DEFINE DATABASE main CHANGEFEED 1d;",
                "DEFINE NS OVERWRITE app; DEFINE DB IF NOT EXISTS main CHANGEFEED 1d;")
            .empty());
}

TEST_CASE("new and changed namespaces and databases come first, namespace before database") {
  auto plan = plan_of("DEFINE TABLE gone; DEFINE DATABASE main COMMENT 'a';",
                      "DEFINE TABLE fresh; DEFINE DATABASE main COMMENT 'b'; DEFINE NAMESPACE app;");
  auto names = descriptions(plan);
  REQUIRE(names.size() == 4);
  CHECK(names[0] == "define namespace app");
  CHECK(names[1] == "redefine database main");
  CHECK(names[2] == "remove table gone");
  CHECK(names[3] == "define table fresh");
}

TEST_CASE("removed databases and namespaces come last, database before namespace") {
  auto plan =
      plan_of("DEFINE NAMESPACE app; DEFINE DATABASE main; DEFINE TABLE gone;", "DEFINE TABLE fresh;");
  auto names = descriptions(plan);
  REQUIRE(names.size() == 4);
  CHECK(names[0] == "remove table gone");
  CHECK(names[1] == "define table fresh");
  CHECK(names[2] == "remove database main");
  CHECK(names[3] == "remove namespace app");
  // down undoes in reverse: the namespace and database are back before anything goes into them
  auto down = down_statements(plan);
  REQUIRE(down.size() == 4);
  CHECK(down[0] == "DEFINE NAMESPACE OVERWRITE app");
  CHECK(down[1] == "DEFINE DATABASE OVERWRITE main");
}

TEST_CASE("a schema script's REMOVE DATABASE / REMOVE NAMESPACE is replayed") {
  auto state =
      resolve_schema(parse("DEFINE NAMESPACE app; DEFINE DATABASE main; DEFINE DATABASE other; "
                           "REMOVE DATABASE main; REMOVE NAMESPACE app;"));
  REQUIRE(state.definitions.size() == 1);
  CHECK(state.definitions[0].key.kind == DefinitionKind::Database);
  CHECK(state.definitions[0].key.name == "other");
  CHECK(state.warnings.empty());
}

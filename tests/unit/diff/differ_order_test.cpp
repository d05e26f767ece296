// Order of operations: tables before their fields, fields before indexes, relations after their endpoints,
// views after their sources, removals in reverse; nothing when nothing changed.
#include "diff_test_support.hpp"

using namespace difftest;

TEST_CASE("identical schemas give no operations, whatever the spelling") {
  auto plan =
      plan_of("DEFINE TABLE user SCHEMAFULL; DEFINE FIELD name ON user TYPE string;",
              "define table user schemafull;\n  DEFINE FIELD OVERWRITE name ON TABLE user TYPE string;");
  CHECK(plan.empty());
}

TEST_CASE("tables come before their fields, fields before indexes on them") {
  auto plan = plan_of("",
                      "DEFINE INDEX by_name ON user FIELDS name; DEFINE FIELD name ON user TYPE string; "
                      "DEFINE TABLE user SCHEMAFULL;");
  REQUIRE(plan.operations.size() == 3);
  CHECK(plan.operations[0].describe() == "define table user");
  CHECK(plan.operations[1].describe() == "define field name on user");
  CHECK(plan.operations[2].describe() == "define index by_name on user");
}

TEST_CASE("relation tables come after their endpoints, views after their sources") {
  auto plan =
      plan_of("",
              "DEFINE TABLE likes TYPE RELATION IN person OUT post; DEFINE TABLE adults AS SELECT * FROM "
              "person WHERE age > 18; DEFINE TABLE post; DEFINE TABLE person;");
  auto likes = index_of(plan, "define table likes");
  auto adults = index_of(plan, "define table adults");
  CHECK(index_of(plan, "define table person") < likes);
  CHECK(index_of(plan, "define table post") < likes);
  CHECK(index_of(plan, "define table person") < adults);
}

TEST_CASE("removals come first and in reverse: events, indexes, fields, then relations before endpoints") {
  auto plan = plan_of(
      "DEFINE TABLE person; DEFINE TABLE post; DEFINE TABLE likes TYPE RELATION IN person OUT post; "
      "DEFINE TABLE keep; DEFINE FIELD a ON keep TYPE int; DEFINE INDEX ia ON keep FIELDS a; "
      "DEFINE EVENT ea ON keep WHEN true THEN {};",
      "DEFINE TABLE keep; DEFINE TABLE fresh;");
  auto event = index_of(plan, "remove event ea on keep");
  auto index = index_of(plan, "remove index ia on keep");
  auto field = index_of(plan, "remove field a on keep");
  auto likes = index_of(plan, "remove table likes");
  CHECK(event < index);
  CHECK(index < field);
  CHECK(field < likes);
  CHECK(likes < index_of(plan, "remove table person"));
  CHECK(likes < index_of(plan, "remove table post"));
  CHECK(index_of(plan, "remove table person") < index_of(plan, "define table fresh"));
}

TEST_CASE("the down statements undo the up statements in reverse order") {
  auto plan = plan_of(
      "", "DEFINE TABLE user; DEFINE FIELD name ON user TYPE string; DEFINE INDEX n ON user FIELDS name;");
  auto up = up_statements(plan);
  REQUIRE(up.size() == 3);
  CHECK(up[0] == "DEFINE TABLE user");
  auto down = down_statements(plan);
  // the fields and indexes of a new table go with REMOVE TABLE
  REQUIRE(down.size() == 1);
  CHECK(down[0] == "REMOVE TABLE user");
}

TEST_CASE("a removed table is dropped once; its fields, indexes and events come back in down") {
  auto plan = plan_of(
      "DEFINE TABLE user; DEFINE FIELD name ON user TYPE string; DEFINE INDEX n ON user FIELDS name; "
      "DEFINE EVENT e ON user THEN {};",
      "");
  auto up = up_statements(plan);
  REQUIRE(up.size() == 1);
  CHECK(up[0] == "REMOVE TABLE user");
  CHECK(plan.up_safety() == Safety::Unsafe);
  auto down = down_statements(plan);
  REQUIRE(down.size() == 4);
  CHECK(down[0] == "DEFINE TABLE user");
  CHECK(down[1].rfind("DEFINE FIELD name ON user", 0) == 0);
  CHECK(down[2].rfind("DEFINE INDEX n ON user", 0) == 0);
  CHECK(down[3].rfind("DEFINE EVENT e ON user", 0) == 0);
}

TEST_CASE("a schema script is replayed: REMOVE and OVERWRITE count, not every statement") {
  auto plan = plan_of("DEFINE TABLE a; DEFINE TABLE b;",
                      "DEFINE TABLE a; DEFINE TABLE b; REMOVE TABLE b; DEFINE TABLE OVERWRITE a SCHEMAFULL;");
  auto names = descriptions(plan);
  REQUIRE(names.size() == 2);
  CHECK(names[0] == "remove table b");
  CHECK(names[1] == "redefine table a");
}

// Fields: backfills of new required fields, type conversions, removal with UNSET, safety classes.
#include "diff_test_support.hpp"

using namespace difftest;

namespace {
const std::string kUser = "DEFINE TABLE user SCHEMAFULL; DEFINE FIELD name ON user TYPE string;";
}

TEST_CASE("a new optional field is SAFE and rolls back with REMOVE FIELD + UNSET") {
  auto plan = plan_of(kUser, kUser + "DEFINE FIELD nick ON user TYPE option<string>;");
  REQUIRE(plan.operations.size() == 1);
  const auto& op = plan.operations[0];
  CHECK(op.describe() == "define field nick on user");
  CHECK(op.up == std::vector<std::string>{"DEFINE FIELD nick ON user TYPE option<string>"});
  CHECK(op.up_safety == Safety::Safe);
  CHECK(op.down == std::vector<std::string>{"REMOVE FIELD nick ON user", "UPDATE user UNSET nick"});
  CHECK(op.down_safety == Safety::DataLoss);
}

TEST_CASE("a new required field with a DEFAULT is backfilled") {
  auto plan = plan_of(kUser, kUser + "DEFINE FIELD active ON user TYPE bool DEFAULT true;");
  REQUIRE(plan.operations.size() == 2);
  CHECK(plan.operations[0].describe() == "define field active on user");
  const auto& backfill = plan.operations[1];
  CHECK(backfill.action == Action::Backfill);
  CHECK(backfill.up == std::vector<std::string>{"UPDATE user SET active = true WHERE active IS NONE"});
  CHECK(backfill.down.empty());
  CHECK(plan.up_safety() == Safety::Safe);
}

TEST_CASE("several new required fields of a table are backfilled in one UPDATE") {
  auto plan = plan_of(kUser, kUser +
                                 "DEFINE FIELD active ON user TYPE bool DEFAULT true; "
                                 "DEFINE FIELD score ON user TYPE int DEFAULT 0;");
  const auto& backfill = find_op(plan, "backfill user (active, score)");
  CHECK(backfill.up ==
        std::vector<std::string>{"UPDATE user SET active = active ?? (true), score = score ?? (0) "
                                 "WHERE active IS NONE OR score IS NONE"});
  CHECK(index_of(plan, "define field score on user") < index_of(plan, "backfill user (active, score)"));
}

TEST_CASE("fields of a new table need no backfill and go with the table on rollback") {
  auto plan = plan_of("", "DEFINE TABLE t; DEFINE FIELD f ON t TYPE bool DEFAULT false;");
  REQUIRE(plan.operations.size() == 2);
  CHECK(plan.operations[1].down.empty());
  CHECK(plan.operations[1].up_safety == Safety::Safe);
}

TEST_CASE("a new required field without DEFAULT on an existing table is UNSAFE") {
  auto plan = plan_of(kUser, kUser + "DEFINE FIELD email ON user TYPE string;");
  REQUIRE(plan.operations.size() == 1);
  CHECK(plan.operations[0].up_safety == Safety::Unsafe);
  CHECK_FALSE(plan.operations[0].notes.empty());
}

TEST_CASE("a VALUE or COMPUTED field needs no backfill") {
  auto plan = plan_of(kUser, kUser + "DEFINE FIELD slug ON user TYPE string VALUE string::lowercase(name);");
  REQUIRE(plan.operations.size() == 1);
  CHECK(plan.operations[0].up_safety == Safety::Safe);
}

TEST_CASE("a removed field is REMOVEd and UNSET: DATA_LOSS") {
  auto plan = plan_of(kUser + "DEFINE FIELD age ON user TYPE option<int>;", kUser);
  REQUIRE(plan.operations.size() == 1);
  const auto& op = plan.operations[0];
  CHECK(op.describe() == "remove field age on user");
  CHECK(op.up == std::vector<std::string>{"REMOVE FIELD age ON user", "UPDATE user UNSET age"});
  CHECK(op.up_safety == Safety::DataLoss);
  CHECK(op.down == std::vector<std::string>{"DEFINE FIELD age ON user TYPE option<int>"});
  CHECK(op.down_safety == Safety::Safe);
}

TEST_CASE("rolling back a removed required field refills it from its DEFAULT") {
  auto plan = plan_of(kUser + "DEFINE FIELD active ON user TYPE bool DEFAULT true;", kUser);
  const auto& op = find_op(plan, "remove field active on user");
  CHECK(op.down == std::vector<std::string>{"DEFINE FIELD active ON user TYPE bool DEFAULT true",
                                            "UPDATE user SET active = true WHERE active IS NONE"});
}

TEST_CASE("int → string converts stored values with a cast, and back with the inverse cast") {
  auto plan = plan_of(kUser + "DEFINE FIELD code ON user TYPE int;",
                      kUser + "DEFINE FIELD code ON user TYPE string;");
  REQUIRE(plan.operations.size() == 1);
  const auto& op = plan.operations[0];
  CHECK(op.action == Action::Redefine);
  CHECK(op.up == std::vector<std::string>{"DEFINE FIELD OVERWRITE code ON user TYPE string",
                                          "UPDATE user SET code = <string> code"});
  CHECK(op.up_safety == Safety::Safe);
  CHECK(op.down == std::vector<std::string>{"DEFINE FIELD OVERWRITE code ON user TYPE int",
                                            "UPDATE user SET code = <int> code"});
  CHECK(op.down_safety == Safety::Unsafe);  // "abc" does not convert to int
}

TEST_CASE("optional values are cast only where present") {
  auto plan = plan_of(kUser + "DEFINE FIELD code ON user TYPE option<int>;",
                      kUser + "DEFINE FIELD code ON user TYPE option<float>;");
  const auto& op = plan.operations.at(0);
  CHECK(contains(op.up, "UPDATE user SET code = <float> code WHERE code IS NOT NONE"));
  CHECK(op.up_safety == Safety::Safe);
  CHECK(op.down_safety == Safety::DataLoss);  // float → int truncates
}

TEST_CASE("widening a type to a union containing it, or to option, needs no conversion") {
  auto plan = plan_of(kUser + "DEFINE FIELD v ON user TYPE int;",
                      kUser + "DEFINE FIELD v ON user TYPE int | string;");
  REQUIRE(plan.operations.size() == 1);
  CHECK(plan.operations[0].up.size() == 1);
  CHECK(plan.operations[0].up_safety == Safety::Safe);

  auto optional =
      plan_of(kUser + "DEFINE FIELD v ON user TYPE int;", kUser + "DEFINE FIELD v ON user TYPE option<int>;");
  REQUIRE(optional.operations.size() == 1);
  CHECK(optional.operations[0].up_safety == Safety::Safe);
  CHECK(optional.operations[0].down_safety ==
        Safety::Unsafe);  // rows may now lack it, and there is no DEFAULT
}

TEST_CASE("an optional field becoming required with a DEFAULT is backfilled") {
  auto plan = plan_of(kUser + "DEFINE FIELD v ON user TYPE option<int>;",
                      kUser + "DEFINE FIELD v ON user TYPE int DEFAULT 7;");
  CHECK(find_op(plan, "backfill user (v)").up ==
        std::vector<std::string>{"UPDATE user SET v = 7 WHERE v IS NONE"});
  CHECK(plan.up_safety() == Safety::Safe);
}

TEST_CASE("a type change without a cast is UNSAFE and says so") {
  auto plan = plan_of(kUser + "DEFINE FIELD v ON user TYPE array<int>;",
                      kUser + "DEFINE FIELD v ON user TYPE object;");
  const auto& op = plan.operations.at(0);
  CHECK(op.up.size() == 1);
  CHECK(op.up_safety == Safety::Unsafe);
  CHECK_FALSE(op.notes.empty());
}

TEST_CASE("conversions run after the backfill of the same table") {
  auto plan = plan_of(
      kUser + "DEFINE FIELD code ON user TYPE int;",
      kUser + "DEFINE FIELD code ON user TYPE string; DEFINE FIELD ok ON user TYPE bool DEFAULT true;");
  CHECK(index_of(plan, "backfill user (ok)") < index_of(plan, "redefine field code on user"));
}

TEST_CASE("a new ASSERT is UNSAFE (stored rows are not rechecked); other clause changes are SAFE") {
  auto asserted = plan_of(kUser + "DEFINE FIELD age ON user TYPE int;",
                          kUser + "DEFINE FIELD age ON user TYPE int ASSERT $value >= 0;");
  CHECK(asserted.operations.at(0).up_safety == Safety::Unsafe);
  CHECK(asserted.operations.at(0).down_safety == Safety::Safe);
  auto commented = plan_of(kUser + "DEFINE FIELD age ON user TYPE int;",
                           kUser + "DEFINE FIELD age ON user TYPE int READONLY COMMENT 'years';");
  CHECK(commented.operations.at(0).up_safety == Safety::Safe);
  CHECK(commented.operations.at(0).up.at(0).rfind("DEFINE FIELD OVERWRITE age ON user", 0) == 0);
}

TEST_CASE("nested fields are backfilled and unset by their idiom") {
  auto plan = plan_of("DEFINE TABLE t; DEFINE FIELD address ON t TYPE object;",
                      "DEFINE TABLE t; DEFINE FIELD address ON t TYPE object; "
                      "DEFINE FIELD address.city ON t TYPE string DEFAULT 'unknown';");
  CHECK(find_op(plan, "backfill t (address.city)").up ==
        std::vector<std::string>{"UPDATE t SET address.city = 'unknown' WHERE address.city IS NONE"});
}

TEST_CASE("2.x and 3.x spellings of array element fields are the same field") {
  auto plan = plan_of(
      "DEFINE TABLE t; DEFINE FIELD tags ON t TYPE array<string>; DEFINE FIELD tags[*] ON t TYPE string;",
      "DEFINE TABLE t; DEFINE FIELD tags ON t TYPE array<string>; DEFINE FIELD tags.* ON t TYPE string;");
  CHECK(plan.empty());
}

TEST_CASE("engine-made fields listed on one side only are not differences") {
  auto plan = plan_of(
      "DEFINE TABLE t; DEFINE FIELD tags ON t TYPE array<string>;",
      "DEFINE TABLE t; DEFINE FIELD tags ON t TYPE array<string>; DEFINE FIELD tags.* ON t TYPE string;");
  CHECK(plan.empty());
  auto relation = plan_of("DEFINE TABLE a; DEFINE TABLE e TYPE RELATION IN a OUT a;",
                          "DEFINE TABLE a; DEFINE TABLE e TYPE RELATION IN a OUT a; "
                          "DEFINE FIELD in ON e TYPE record<a>; DEFINE FIELD out ON e TYPE record<a>;");
  CHECK(relation.empty());
}

#include "diff_test_support.hpp"

#include "diff/schema_state.hpp"

using namespace difftest;

TEST_CASE("a removed table takes its fields with it; IF NOT EXISTS keeps the first definition") {
  auto state =
      resolve_schema(parse("DEFINE TABLE t; DEFINE FIELD a ON t TYPE int; REMOVE TABLE t; "
                           "DEFINE TABLE u COMMENT 'one'; DEFINE TABLE IF NOT EXISTS u COMMENT 'two';"));
  REQUIRE(state.definitions.size() == 1);
  CHECK(state.definitions[0].key.name == "u");
  CHECK(state.definitions[0].statement.text.find("'one'") != std::string::npos);
}

TEST_CASE("ALTER is reported, not silently applied") {
  auto state = resolve_schema(parse("DEFINE TABLE t; ALTER TABLE t COMMENT 'x';"));
  CHECK(state.warnings.size() == 1);
}

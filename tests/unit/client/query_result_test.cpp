// QueryResult: parsing the server's per-statement answers and taking values out of them.
#include <surreal/error.hpp>
#include <surreal/query_result.hpp>

#include <doctest/doctest.h>

using namespace surreal;

namespace {

Value ok(Value result) { return Object{{"status", "OK"}, {"result", std::move(result)}, {"time", "1ms"}}; }
Value err(const char* message) { return Object{{"status", "ERR"}, {"result", message}, {"time", "2ms"}}; }

}  // namespace

TEST_CASE("statements are parsed in order with status, result and time") {
  const auto result = QueryResult::from_reply(Value::array({ok(1), err("boom"), ok("x")}));
  REQUIRE(result.size() == 3);
  CHECK(result[0].ok());
  CHECK(result[0].time == "1ms");
  CHECK_FALSE(result[1].ok());
  CHECK(result[1].error == "boom");
  CHECK(result[1].result.is_none());
  CHECK(result[2].result == Value("x"));
  CHECK_FALSE(result.ok());
}

TEST_CASE("take returns values and throws the statement's error with its index") {
  const auto result =
      QueryResult::from_reply(Value::array({ok(41), err("Database record `a:1` already exists")}));
  CHECK(result.take<int>(0) == 41);
  try {
    (void)result.take(1);
    FAIL("take(1) must throw");
  } catch (const AlreadyExistsError& error) {
    CHECK(error.statement() == std::optional<std::size_t>(1));
  }
  CHECK_THROWS_AS(result.check(), AlreadyExistsError);
  CHECK_THROWS_AS((void)result.take(2), std::out_of_range);
}

TEST_CASE("a structured 3.x statement error keeps message and kind") {
  const Value entry =
      Object{{"status", "ERR"},
             {"result", Object{{"message", "The table 'x' does not exist"}, {"kind", "NotFound"}}}};
  const auto result = QueryResult::from_reply(Value::array({entry}));
  CHECK(result[0].error == "The table 'x' does not exist");
  CHECK(result[0].kind == "NotFound");
  CHECK_THROWS_AS((void)result.take(0), NotFoundError);
}

TEST_CASE("conversion errors name the statement") {
  const auto result = QueryResult::from_reply(Value::array({ok("text")}));
  CHECK_THROWS_WITH_AS((void)result.take<std::int64_t>(0), doctest::Contains("statement 0"), ConversionError);
}

TEST_CASE("an answer that is not an array is a ProtocolError") {
  CHECK_THROWS_AS(QueryResult::from_reply(Value(Object{})), ProtocolError);
}

TEST_CASE("an empty query has no statements and is ok") {
  const auto result = QueryResult::from_reply(Value(Array{}));
  CHECK(result.empty());
  CHECK(result.ok());
  CHECK_NOTHROW(result.check());
}

// query with bindings, per-statement results, take<T>, statement errors with their index, let/unset.
#include "client_support.hpp"

#include <map>

using namespace surrealpp::test;

TEST_CASE("a query with bindings returns one result per statement, with status and time") {
  for (const auto& url : transports()) {
    CAPTURE(url);
    auto db = connect_fresh(url);
    const surreal::QueryResult result =
        db.query("CREATE person:ann SET name = $name, age = $age; SELECT * FROM person; RETURN $age * 2",
                 {{"name", "Ann"}, {"age", 31}});
    REQUIRE(result.size() == 3);
    CHECK(result.ok());
    for (const auto& statement : result) {
      CHECK(statement.status == "OK");
      CHECK_FALSE(statement.time.empty());
    }
    CHECK(result.take<std::int64_t>(2) == 62);
    const auto people = result.take<std::vector<surreal::Object>>(1);
    REQUIRE(people.size() == 1);
    CHECK(people[0].at("name") == surreal::Value("Ann"));
    CHECK(people[0].at("id") == surreal::Value(surreal::RecordId{"person", "ann"}));
  }
}

TEST_CASE("take<T> on a failed statement throws QueryError with the statement index and the server message") {
  for (const auto& url : transports()) {
    CAPTURE(url);
    auto db = connect_fresh(url);
    const auto result = db.query("RETURN 1; THROW 'broken on purpose'; RETURN 3");
    REQUIRE(result.size() == 3);
    CHECK(result[0].ok());
    CHECK_FALSE(result[1].ok());
    CHECK(result[1].error.find("broken on purpose") != std::string::npos);
    CHECK(result.take<int>(2) == 3);
    try {
      (void)result.take<int>(1);
      FAIL("take(1) must throw");
    } catch (const surreal::QueryError& error) {
      REQUIRE(error.statement().has_value());
      CHECK(*error.statement() == 1);
      CHECK(std::string(error.what()).find("broken on purpose") != std::string::npos);
    }
    CHECK_THROWS_AS(result.check(), surreal::QueryError);
    CHECK_THROWS_AS((void)result.take(7), std::out_of_range);
  }
}

TEST_CASE("a statement creating a duplicate record fails with AlreadyExistsError at its index") {
  for (const auto& url : transports()) {
    CAPTURE(url);
    auto db = connect_fresh(url);
    const auto result = db.query("CREATE thing:one; CREATE thing:one");
    CHECK(result[0].ok());
    try {
      (void)result.take(1);
      FAIL("must throw");
    } catch (const surreal::AlreadyExistsError& error) {
      CHECK(error.statement() == std::optional<std::size_t>(1));
      CHECK(std::string(error.what()).find("already exists") != std::string::npos);
    }
  }
}

TEST_CASE("a SurrealQL syntax error is a QueryError for the whole call") {
  for (const auto& url : transports()) {
    CAPTURE(url);
    auto db = connect_fresh(url);
    CHECK_THROWS_AS(db.query("SELEC * FROM nothing"), surreal::QueryError);
  }
}

TEST_CASE("a conversion error from take<T> names the statement") {
  auto db = connect_fresh(devdb().ws_url);
  const auto result = db.query("RETURN 'text'");
  CHECK_THROWS_WITH_AS((void)result.take<std::int64_t>(0), doctest::Contains("statement 0"),
                       surreal::ConversionError);
}

TEST_CASE("let defines a session variable that queries read, unset removes it") {
  for (const auto& url : transports()) {
    CAPTURE(url);
    auto db = connect_fresh(url);
    db.let("greeting", "hello");
    CHECK(db.query("RETURN $greeting").take<std::string>(0) == "hello");
    // A binding of the call wins over the session variable on 3.x; the 2.x engine keeps the session's value.
    const auto overridden = db.query("RETURN $greeting", {{"greeting", "hi"}}).take<std::string>(0);
    if (engine_is_3() || url.rfind("http", 0) == 0)
      CHECK(overridden == "hi");
    else
      skip_on_2x("a call binding does not override a `let` variable of the session");
    db.unset("greeting");
    CHECK(db.query("RETURN $greeting").take(0).is_nullish());
  }
}

TEST_CASE("values of many kinds round-trip through a bound query") {
  for (const auto& url : transports()) {
    CAPTURE(url);
    auto db = connect_fresh(url);
    const surreal::Object value{{"int", 42},
                                {"float", 1.5},
                                {"text", "ünïcødé"},
                                {"bool", true},
                                {"null", nullptr},
                                {"list", surreal::Value::array({1, "two", 3.0})},
                                {"record", surreal::RecordId{"user", "alice"}},
                                {"when", surreal::Datetime::from_unix_nanos(1'700'000'000'123'456'789)}};
    CHECK(db.query("RETURN $v", {{"v", value}}).take<surreal::Object>(0) == value);
  }
}

TEST_CASE("a per-call timeout raises TimeoutError") {
  for (const auto& url : transports()) {
    CAPTURE(url);
    auto db = connect_fresh(url);
    const auto started = std::chrono::steady_clock::now();
    CHECK_THROWS_AS(db.query("SLEEP 2s; RETURN 1", {}, std::chrono::milliseconds(300)),
                    surreal::TimeoutError);
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::milliseconds(1500));
    // The connection stays usable.
    CHECK(db.query("RETURN 5").take<int>(0) == 5);
  }
}

TEST_CASE("the default timeout comes from the options") {
  surreal::Options options;
  options.timeout = std::chrono::milliseconds(300);
  auto db = connect_fresh(devdb().ws_url, options);
  CHECK_THROWS_AS(db.query("SLEEP 2s"), surreal::TimeoutError);
}

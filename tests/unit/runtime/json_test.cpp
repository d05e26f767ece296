// JSON rendering (Value::to_json) and parsing (from_json).
#include <doctest/doctest.h>

#include <surreal/json.hpp>

#include <cmath>

using namespace surreal;

TEST_CASE("to_json maps SurrealDB-only values as documented") {
  CHECK(Value::none().to_json() == "null");
  CHECK(Value::null().to_json() == "null");
  CHECK(Value(true).to_json() == "true");
  CHECK(Value(-42).to_json() == "-42");
  CHECK(Value(1.5).to_json() == "1.5");
  CHECK(Value(std::nan("")).to_json() == "null");
  CHECK(Value(Decimal("1.50")).to_json() == "\"1.50\"");
  CHECK(Value("a\"b\n").to_json() == "\"a\\\"b\\n\"");
  CHECK(Value(Bytes{0, 1, 2, 253, 254, 255}).to_json() == "\"AAEC/f7/\"");
  CHECK(Value(Datetime(1700000000, 123000000)).to_json() == "\"2023-11-14T22:13:20.123Z\"");
  CHECK(Value(Duration::parse("1h30m")).to_json() == "\"1h30m\"");
  CHECK(Value(Uuid::parse("0190b2a4-7c3e-7d2a-9f00-123456789abc")).to_json() ==
        "\"0190b2a4-7c3e-7d2a-9f00-123456789abc\"");
  CHECK(Value(RecordId{"user", "alice"}).to_json() == "\"user:alice\"");
  CHECK(Value(RecordId{"user", "a-b"}).to_json() == "\"user:`a-b`\"");
  CHECK(Value(Table("user")).to_json() == "\"user\"");
  CHECK(Value(Range::half_open(1, 5)).to_json() == "\"1..5\"");
  CHECK(Value(GeometryPoint{1.5, 2}).to_json() == "{\"type\":\"Point\",\"coordinates\":[1.5,2.0]}");
  CHECK(Value(Geometry(GeometryCollection{{Geometry(GeometryPoint{1, 2})}})).to_json() ==
        "{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"Point\",\"coordinates\":[1.0,2.0]}]}");
  CHECK(Value(File("b", "/k")).to_json() == "\"b:/k\"");
  CHECK(Value(Set{1, 2}).to_json() == "[1,2]");
  CHECK(Value(Object{{"b", 1}, {"a", Value::none()}, {"c", Value::null()}}).to_json() ==
        "{\"b\":1,\"c\":null}");
  CHECK(Value(Array{Value::none(), 1}).to_json() == "[null,1]");
  CHECK(Value(Object{{"a", Array{1}}}).to_json_pretty() == "{\n  \"a\": [\n    1\n  ]\n}");
}

TEST_CASE("from_json reads JSON back") {
  Value v = from_json(
      R"({"b": [1, 2.5, "x", null, true], "a": {"n": -9223372036854775808}, "big": 18446744073709551615})");
  CHECK(v["a"]["n"] == Value(std::numeric_limits<std::int64_t>::min()));
  CHECK(v["b"] == Value(Array{1, 2.5, "x", Value::null(), true}));
  CHECK(v["big"].is_float());
  CHECK(from_json("  \"user:alice\" ").is_string());
  CHECK(from_json(Value(Object{{"k", "ü⟩"}}).to_json()) == Value(Object{{"k", "ü⟩"}}));
  CHECK(from_json(R"({"a":1,"a":2})") == Value(Object{{"a", 2}}));
  CHECK_THROWS_WITH_AS(from_json("[1,"), doctest::Contains("invalid JSON at offset"), ConversionError);
  CHECK_THROWS_AS(from_json("[1] x"), ConversionError);
  CHECK_THROWS_AS(from_json("\"\xc3\x28\""), ConversionError);
  CHECK_THROWS_AS(from_json(std::string(100000, '[')), ConversionError);
}

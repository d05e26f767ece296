// SurrealQL literal rendering (Value::to_surql) and its parser (from_surql).
#include <doctest/doctest.h>

#include <surreal/value.hpp>

#include <cmath>

using namespace surreal;

namespace {
void round_trip(const Value& v) {
  std::string text = v.to_surql();
  Value back;
  try {
    back = from_surql(text);
  } catch (const std::exception& e) {
    FAIL_CHECK(text << " does not parse: " << e.what());
    return;
  }
  CHECK_MESSAGE(back == v, text << " parsed back as " << back.to_surql());
}
}  // namespace

TEST_CASE("scalars render as SurrealQL literals") {
  CHECK(Value::none().to_surql() == "NONE");
  CHECK(Value::null().to_surql() == "NULL");
  CHECK(Value(true).to_surql() == "true");
  CHECK(Value(-7).to_surql() == "-7");
  CHECK(Value(1.5).to_surql() == "1.5f");
  CHECK(Value(2.0).to_surql() == "2f");
  CHECK(Value(1e21).to_surql() == "1000000000000000000000f");
  CHECK(Value(0.1).to_surql() == "0.1f");
  CHECK(Value(std::nan("")).to_surql() == "NaN");
  CHECK(Value(INFINITY).to_surql() == "math::inf");
  CHECK(Value(-INFINITY).to_surql() == "math::neg_inf");
  CHECK(Value(Decimal("1.50")).to_surql() == "1.50dec");
  CHECK(Value(Datetime(0, 5000000)).to_surql() == "d'1970-01-01T00:00:00.005Z'");
  CHECK(Value(Duration::parse("90m")).to_surql() == "1h30m");
  CHECK(Value(Uuid::parse("0190b2a4-7c3e-7d2a-9f00-123456789abc")).to_surql() ==
        "u'0190b2a4-7c3e-7d2a-9f00-123456789abc'");
  CHECK(Value(Bytes{0, 1, 0xab}).to_surql() == "b\"0001AB\"");
  CHECK(Value(Table("user")).to_surql() == "type::table('user')");
  CHECK(Value(File("b", "/k.txt")).to_surql() == "f\"b:/k.txt\"");
}

TEST_CASE("strings are quoted and escaped like SurrealDB") {
  CHECK(Value("abc").to_surql() == "'abc'");
  CHECK(Value("it's").to_surql() == "\"it's\"");
  CHECK(Value("say \"hi\"").to_surql() == "'say \"hi\"'");
  CHECK(Value("both ' and \"").to_surql() == "\"both ' and \\\"\"");
  CHECK(Value("back\\slash").to_surql() == "'back\\\\slash'");
  CHECK(Value("line\nbreak\ttab\r").to_surql() == "'line\\nbreak\\ttab\\r'");
  CHECK(Value(std::string("nul\0x", 5)).to_surql() == "'nul\\0x'");
  CHECK(Value("ünïcødé ⟩").to_surql() == "'ünïcødé ⟩'");
}

TEST_CASE("containers, objects with escaped keys, sets, ranges, geometry") {
  CHECK(Value(Array{1, "a", Value::null()}).to_surql() == "[1, 'a', NULL]");
  CHECK(Value(Object{}).to_surql() == "{}");
  CHECK(Value(Object{{"a", 1}, {"b c", 2}, {"1x", 3}, {"é", 4}, {"q\"", 5}, {"", 6}}).to_surql() ==
        "{ \"\": 6, \"1x\": 3, a: 1, \"b c\": 2, \"q\\\"\": 5, \"é\": 4 }");
  CHECK(Value(Set{}).to_surql() == "{,}");
  CHECK(Value(Set{1}).to_surql() == "{1,}");
  CHECK(Value(Set{1, 2}).to_surql() == "{1, 2}");
  CHECK(Value(Set{RecordId{"t", 1}}).to_surql() == "{r't:1',}");
  CHECK(Value(Range::half_open(1, 5)).to_surql() == "1..5");
  CHECK(Value(Range::closed(1, 5)).to_surql() == "1..=5");
  CHECK(Value(Range(Bound::excluded(1), Bound::unbounded())).to_surql() == "1>..");
  CHECK(Value(Range()).to_surql() == "..");
  CHECK(Value(GeometryPoint{1.5, -2}).to_surql() == "(1.5, -2)");
  CHECK(Value(Geometry(GeometryLine{{{0, 0}, {1, 2}}})).to_surql() ==
        "{ type: 'LineString', coordinates: [[0, 0], [1, 2]] }");
}

TEST_CASE("to_surql output parses back into the same value") {
  for (const Value& v : std::vector<Value>{
           Value::none(),
           Value::null(),
           true,
           0,
           -1,
           9223372036854775807LL,
           1.5,
           -0.25,
           1e300,
           5e-324,
           2.0,
           INFINITY,
           -INFINITY,
           Decimal("123.456"),
           Decimal("-0.001"),
           "",
           "it's \"x\" \\ \n\t\r",
           std::string("a\0b", 3),
           "⟩`'",
           Bytes{},
           Bytes{1, 2, 255},
           Datetime(1700000000, 123456789),
           Datetime(-1, 1),
           Duration(),
           Duration::parse("1y2w3d4h5m6s7ms8us9ns"),
           Uuid::parse("0190b2a4-7c3e-7d2a-9f00-123456789abc"),
           Array{},
           Array{1, Array{2}},
           Object{{"a", Object{{"b c", Array{1, "x"}}}}, {"1", 2}},
           RecordId{"user", "alice"},
           RecordId{"user", "7abc"},
           RecordId{"my-table", Array{1, "a"}},
           RecordId{"user", Object{{"a", 1}}},
           RecordId{"user", Range::half_open(1, 5)},
           Table("user"),
           Table("odd table"),
           Range::half_open(1, 5),
           Range::closed("a", "z"),
           Range(Bound::excluded(1.5), Bound::unbounded()),
           Range(),
           GeometryPoint{1.5, -2},
           Geometry(GeometryLine{{{0, 0}, {1, 2}}}),
           Geometry(GeometryPolygon{{GeometryLine{{{0, 0}, {1, 0}, {1, 1}, {0, 0}}}}}),
           Geometry(GeometryMultiPoint{{{1, 2}}}),
           Geometry(GeometryMultiLine{{GeometryLine{{{0, 0}, {1, 1}}}}}),
           Geometry(GeometryMultiPolygon{{GeometryPolygon{{GeometryLine{{{0, 0}, {1, 0}, {0, 0}}}}}}}),
           Geometry(
               GeometryCollection{{Geometry(GeometryPoint{1, 2}), Geometry(GeometryLine{{{0, 0}, {1, 1}}})}}),
           File("bucket", "/a/b.txt"),
           Set{},
           Set{1},
           Set{1, "a", RecordId{"t", 1}}})
    round_trip(v);
  CHECK(std::isnan(from_surql("NaN").as_double()));
}

TEST_CASE("from_surql rejects what it cannot read") {
  CHECK_THROWS_WITH_AS(from_surql("1 + 1"), doctest::Contains("offset 2"), ConversionError);
  CHECK_THROWS_AS(from_surql("$param"), ConversionError);
  CHECK_THROWS_AS(from_surql("[1, 2"), ConversionError);
  CHECK_THROWS_AS(from_surql("'unterminated"), ConversionError);
  CHECK_THROWS_AS(from_surql(std::string(10000, '[')), ConversionError);
  CHECK(from_surql("  { a : 1 , } ") == Value(Object{{"a", 1}}));
  CHECK(from_surql("none") == Value::none());
  CHECK(from_surql("1.5") == Value(1.5));
  CHECK(from_surql("1e3") == Value(1000.0));
  CHECK(from_surql("s'x'") == Value("x"));
  CHECK(from_surql("'\\u{1F600}'") == Value("\U0001F600"));
  CHECK(from_surql("{ type: 'Point', coordinates: [1, 2] }") == Value(GeometryPoint{1, 2}));
}

// surreal::Value, Object and the small value types.
#include <doctest/doctest.h>

#include <surreal/value.hpp>

#include <cmath>
#include <utility>

using namespace surreal;

TEST_CASE("Value holds every kind and knows its type name") {
  CHECK(Value().is_none());
  CHECK(Value::none().kind() == Kind::None);
  CHECK(Value::null().is_null());
  CHECK(Value(nullptr).is_null());
  CHECK(Value::none() != Value::null());
  CHECK(Value(true).is_bool());
  CHECK(Value(42).is_int());
  CHECK(Value(std::uint8_t{7}).as_int() == 7);
  CHECK(Value(1.5).is_float());
  CHECK(Value(1.5f).as_double() == 1.5);
  CHECK(Value("x").is_string());
  CHECK(Value(std::string("x")) == Value("x"));
  CHECK(Value(Decimal("1.50")).is_decimal());
  CHECK(Value(Bytes{1, 2}).is_bytes());
  CHECK(Value(Datetime::now()).is_datetime());
  CHECK(Value(Duration(std::chrono::seconds(3))).is_duration());
  CHECK(Value(Uuid::v4()).is_uuid());
  CHECK(Value(Array{1, 2}).is_array());
  CHECK(Value(Object{{"a", 1}}).is_object());
  CHECK(Value(RecordId{"user", "alice"}).is_record_id());
  CHECK(Value(Table("user")).is_table());
  CHECK(Value(Range::half_open(1, 5)).is_range());
  CHECK(Value(GeometryPoint{1, 2}).is_geometry());
  CHECK(Value(File("b", "/k")).is_file());
  CHECK(Value(Set{1, 2}).is_set());
  CHECK(Value(RecordId{"user", 1}).type_name() == "record");
  CHECK(Value(1) != Value(1.0));  // int and float are distinct kinds
  CHECK(Value(std::nan("")) == Value(std::nan("")));
  CHECK_THROWS_AS(Value(std::uint64_t{1} << 63), ConversionError);
  CHECK(sizeof(Value) <= 40);
}

TEST_CASE("checked accessors name the expected and actual kind") {
  Value v = "abc";
  CHECK(v.as_string() == "abc");
  try {
    (void)v.as_object();
    FAIL("no throw");
  } catch (const ConversionError& e) {
    CHECK(std::string(e.what()) == "expected object, got string 'abc'");
  }
  CHECK_THROWS_WITH_AS((void)Value(1).as_array(), "expected array, got int 1", ConversionError);
  CHECK_THROWS_WITH_AS((void)Value::none().as_bool(), "expected bool, got none", ConversionError);
  CHECK(Value(3.0).as_int() == 3);
  CHECK_THROWS_AS((void)Value(3.5).as_int(), ConversionError);
  CHECK(Value(Decimal("12.000")).as_int() == 12);
  CHECK(Value(7).as_double() == 7.0);
}

TEST_CASE("object lookup, operator[], size and push_back") {
  Value v = Object{{"b", 2}, {"a", 1}, {"c", Value::array({1, 2, 3})}};
  CHECK(v.size() == 3);
  CHECK(v["a"] == Value(1));
  CHECK(std::as_const(v)["missing"].is_none());
  CHECK(v.find("b")->as_int() == 2);
  CHECK(v.find("zz") == nullptr);
  const Value& cv = v;
  CHECK(cv["c"][1] == Value(2));
  CHECK(cv["c"][9].is_none());
  CHECK(cv["zz"].is_none());
  CHECK(v.size() == 3);  // const lookups never insert
  v["c"][0] = 10;
  CHECK(cv["c"][0] == Value(10));
  CHECK_THROWS_AS(v["c"][9] = 1, ConversionError);
  CHECK_THROWS_AS((void)Value(1)["x"], ConversionError);
  Value w;
  w["x"]["y"] = 5;
  CHECK(w.to_surql() == "{ x: { y: 5 } }");
  Value arr;
  arr.push_back(1);
  arr.push_back("two");
  CHECK(arr.to_surql() == "[1, 'two']");
  CHECK(Value("héllo").size() == 6);
}

TEST_CASE("Object keeps SurrealDB's byte-wise key order; later duplicates win") {
  Object o{{"zeta", 1}, {"Alpha", 2}, {"alpha", 3}, {"_x", 4}, {"é", 5}, {"alpha", 6}};
  std::vector<std::string> keys;
  for (const auto& [k, v] : o) keys.push_back(k);
  CHECK(keys == std::vector<std::string>{"Alpha", "_x", "alpha", "zeta", "é"});
  CHECK(o.at("alpha") == Value(6));
  CHECK_THROWS_WITH_AS((void)o.at("nope"), "the object has no field \"nope\"", ConversionError);
  o.insert_or_assign("b", 1);
  CHECK(o.contains("b"));
  CHECK(o.insert("b", 2).second == false);
  CHECK(o.erase("b"));
  CHECK(!o.contains("b"));
  o["m"] = "x";
  CHECK(o.get("m")->as_string() == "x");
}

TEST_CASE("Datetime: nanoseconds, RFC 3339 both ways, chrono") {
  Datetime d = Datetime::parse("2024-02-29T23:59:59.123456789Z");
  CHECK(d.nanos() == 123456789u);
  CHECK(d.to_string() == "2024-02-29T23:59:59.123456789Z");
  CHECK(Datetime::parse("2024-01-02T03:04:05.120Z").to_string() == "2024-01-02T03:04:05.120Z");
  CHECK(Datetime::parse("2024-01-02T03:04:05.000120Z").to_string() == "2024-01-02T03:04:05.000120Z");
  CHECK(Datetime::parse("2024-01-02T05:04:05+02:00") == Datetime::parse("2024-01-02T03:04:05Z"));
  CHECK(Datetime::parse("2024-01-02").to_string() == "2024-01-02T00:00:00Z");
  CHECK(Datetime(0, 0).to_string() == "1970-01-01T00:00:00Z");
  CHECK(Datetime(-1, 500000000).to_string() == "1969-12-31T23:59:59.500Z");
  CHECK(Datetime::parse("1969-12-31T23:59:59.5Z") == Datetime(-1, 500000000));
  CHECK(Datetime::from_unix_nanos(-1) == Datetime(-1, 999999999));
  CHECK(Datetime::from_unix_nanos(1'700'000'000'123'456'789).unix_nanos() == 1'700'000'000'123'456'789);
  CHECK_THROWS_AS(Datetime::parse("2023-02-29T00:00:00Z"), ConversionError);
  CHECK_THROWS_AS(Datetime::parse("2024-01-02T03:04:05"), ConversionError);
  CHECK_THROWS_AS(Datetime(0, 1'000'000'000), ConversionError);
  auto now = Datetime::now();
  CHECK(Datetime::from_time_point(now.to_time_point()) == now);
  CHECK(Datetime::parse("+012345-01-01T00:00:00Z").to_string() == "+012345-01-01T00:00:00Z");
}

TEST_CASE("Duration: SurrealDB's unit text both ways") {
  CHECK(Duration::parse("1h30m").to_string() == "1h30m");
  CHECK(Duration::parse("90m").to_string() == "1h30m");
  CHECK(Duration().to_string() == "0ns");
  CHECK(Duration::parse("1y2w3d4h5m6s7ms8us9ns").to_string() == "1y2w3d4h5m6s7ms8\u00b5s9ns");
  CHECK(Duration::parse("8µs") == Duration::parse("8us"));
  CHECK(Duration(std::chrono::milliseconds(1500)).to_string() == "1s500ms");
  CHECK(Duration::parse("2s").to_chrono() == std::chrono::seconds(2));
  CHECK_THROWS_AS(Duration::parse("5"), ConversionError);
  CHECK_THROWS_AS(Duration::parse("5x"), ConversionError);
  CHECK_THROWS_AS(Duration(std::chrono::seconds(-1)), ConversionError);
}

TEST_CASE("Uuid, Decimal, Bytes") {
  Uuid u = Uuid::parse("0190B2A4-7C3E-7D2A-9F00-123456789ABC");
  CHECK(u.to_string() == "0190b2a4-7c3e-7d2a-9f00-123456789abc");
  CHECK(Uuid::parse("0190b2a47c3e7d2a9f00123456789abc") == u);
  CHECK(!Uuid::try_parse("0190b2a4-7c3e-7d2a-9f00-123456789ab"));
  CHECK(Uuid::v4().to_string()[14] == '4');
  CHECK(Uuid::v7().to_string()[14] == '7');
  CHECK(Uuid::v4() != Uuid::v4());
  CHECK(Decimal("-1.5e-7").text() == "-1.5e-7");
  CHECK_THROWS_AS(Decimal("1.5.5"), ConversionError);
  CHECK_THROWS_AS(Decimal(""), ConversionError);
  CHECK(Decimal("2.25").to_double() == 2.25);
  Bytes b{0, 1, 2, 253, 254, 255};
  CHECK(b.to_base64() == "AAEC/f7/");
  CHECK(Bytes::from_base64("AAEC/f7/") == b);
  CHECK(Bytes::from_base64("AAEC_f7_") == b);
  CHECK(Bytes{1}.to_base64() == "AQ==");
  CHECK(Bytes::from_base64("AQ==") == Bytes{1});
  CHECK(Bytes{1, 2}.to_base64() == "AQI=");
  CHECK(b.to_hex() == "000102fdfeff");
  CHECK_THROWS_AS(Bytes::from_base64("A*"), ConversionError);
}

TEST_CASE("record ids, ranges, sets and files compare by content") {
  CHECK(RecordId{"user", "alice"} == RecordId{"user", "alice"});
  CHECK(RecordId{"user", "alice"} != RecordId{"user", "bob"});
  CHECK(RecordId{"user", 1} != RecordId{"user", "1"});
  CHECK(RecordId{"user", 1}.key() == Value(1));
  CHECK(RecordId{"user", "alice"}.table() == "user");
  CHECK_THROWS_AS(RecordId("user", Value(true)), ConversionError);
  CHECK(Range::half_open(1, 5) == Range(Bound::included(1), Bound::excluded(5)));
  CHECK(Range::half_open(1, 5) != Range::closed(1, 5));
  CHECK(Set{1, 2} == Set{1, 2});
  CHECK(File("b", "/k") == File("b", "/k"));
  CHECK(File("b", "/k").bucket() == "b");
  Geometry g = GeometryPolygon{{GeometryLine{{{0, 0}, {1, 0}, {1, 1}, {0, 0}}}}};
  CHECK(g.type_name() == "Polygon");
  CHECK(Value(g) == Value(g));
}

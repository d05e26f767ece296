// CBOR: byte-exact encodings of known vectors (canonical heads, SurrealDB's tags) and round trips of every
// kind.
#include <doctest/doctest.h>

#include <surreal/cbor.hpp>

#include <cmath>
#include <limits>

using namespace surreal;

namespace {
std::string hex(const std::vector<std::uint8_t>& b) {
  static const char* d = "0123456789abcdef";
  std::string s;
  for (auto x : b) {
    s += d[x >> 4];
    s += d[x & 15];
  }
  return s;
}
std::vector<std::uint8_t> unhex(std::string_view h) {
  std::vector<std::uint8_t> out;
  for (std::size_t i = 0; i + 1 < h.size(); i += 2)
    out.push_back(static_cast<std::uint8_t>(std::stoi(std::string(h.substr(i, 2)), nullptr, 16)));
  return out;
}
std::string enc(const Value& v) { return hex(cbor::encode(v)); }
Value dec(std::string_view h) { return cbor::decode(unhex(h)); }
void round_trip(const Value& v) {
  auto bytes = cbor::encode(v);
  Value back = cbor::decode(bytes);
  CHECK_MESSAGE(back == v, v.to_surql());
  CHECK(cbor::encode(back) == bytes);
}
const Uuid kUuid = Uuid::parse("0190b2a4-7c3e-7d2a-9f00-123456789abc");
}  // namespace

TEST_CASE("integers use the shortest head") {
  CHECK(enc(0) == "00");
  CHECK(enc(23) == "17");
  CHECK(enc(24) == "1818");
  CHECK(enc(255) == "18ff");
  CHECK(enc(256) == "190100");
  CHECK(enc(1000) == "1903e8");
  CHECK(enc(65536) == "1a00010000");
  CHECK(enc(std::int64_t{1} << 32) == "1b0000000100000000");
  CHECK(enc(std::numeric_limits<std::int64_t>::max()) == "1b7fffffffffffffff");
  CHECK(enc(-1) == "20");
  CHECK(enc(-24) == "37");
  CHECK(enc(-25) == "3818");
  CHECK(enc(-1000) == "3903e7");
  CHECK(enc(std::numeric_limits<std::int64_t>::min()) == "3b7fffffffffffffff");
  // Non-canonical heads decode too.
  CHECK(dec("1b0000000000000001") == Value(1));
  CHECK(dec("3b7fffffffffffffff") == Value(std::numeric_limits<std::int64_t>::min()));
}

TEST_CASE("floats take the shortest exact width") {
  CHECK(enc(0.0) == "f90000");
  CHECK(enc(-0.0) == "f98000");
  CHECK(enc(1.5) == "f93e00");
  CHECK(enc(65504.0) == "f97bff");
  CHECK(enc(5.960464477539063e-8) == "f90001");  // smallest half subnormal
  CHECK(enc(100000.0) == "fa47c35000");
  CHECK(enc(3.4028234663852886e38) == "fa7f7fffff");
  CHECK(enc(1.1) == "fb3ff199999999999a");
  CHECK(enc(INFINITY) == "f97c00");
  CHECK(enc(-INFINITY) == "f9fc00");
  CHECK(enc(std::nan("")) == "f97e00");
  CHECK(dec("f93c00") == Value(1.0));
  CHECK(dec("f90400") == Value(6.103515625e-05));
  CHECK(dec("f9c400") == Value(-4.0));
  CHECK(dec("fa47c35000") == Value(100000.0));
  CHECK(dec("fb3ff199999999999a") == Value(1.1));
  CHECK(std::isnan(dec("f97e00").as_double()));
  for (double d : {0.1, 1e300, 5e-324, -2.5, 1.0 / 3.0, 123456.789, 3.4028234663852886e38, 1e-7})
    CHECK(cbor::decode(cbor::encode(d)) == Value(d));
}

TEST_CASE("simple values, strings, bytes, arrays, maps") {
  CHECK(enc(Value::null()) == "f6");
  CHECK(enc(Value::none()) == "c6f6");
  CHECK(enc(true) == "f5");
  CHECK(enc(false) == "f4");
  CHECK(enc("") == "60");
  CHECK(enc("a") == "6161");
  CHECK(enc("ü") == "62c3bc");
  CHECK(enc(Bytes{1, 2, 3}) == "43010203");
  CHECK(enc(Array{1, 2}) == "820102");
  CHECK(enc(Object{{"b", 2}, {"a", 1}}) == "a2616101616202");
  CHECK(enc(std::string(24, 'x')).substr(0, 4) == "7818");
  CHECK(dec("f7").is_none());  // undefined reads as NONE
  // Indefinite lengths decode.
  CHECK(dec("9f0102ff") == Value(Array{1, 2}));
  CHECK(dec("bf616101ff") == Value(Object{{"a", 1}}));
  CHECK(dec("7f61616162ff") == Value("ab"));
  CHECK(dec("5f4101420203ff") == Value(Bytes{1, 2, 3}));
  // Maps arriving unsorted are sorted; later duplicates win.
  CHECK(dec("a3616202616101616203") == Value(Object{{"a", 1}, {"b", 3}}));
}

TEST_CASE("SurrealDB tags: exact bytes") {
  CHECK(enc(Decimal("1.5")) == "ca63312e35");
  CHECK(enc(Table("user")) == "c76475736572");
  CHECK(enc(RecordId{"user", "alice"}) == "c882647573657265616c696365");
  CHECK(enc(RecordId{"user", 7}) == "c882647573657207");
  CHECK(enc(RecordId{"t", Array{1, "a"}}) ==
        "c8826174820161"
        "61");
  CHECK(enc(RecordId{"t", kUuid}) ==
        "c8826174d82550"
        "0190b2a47c3e7d2a9f00123456789abc");
  CHECK(enc(Datetime(1700000000, 5)) == "cc821a6553f10005");
  CHECK(enc(Datetime(-1, 0)) == "cc822000");
  CHECK(enc(Duration(0, 0)) == "ce80");
  CHECK(enc(Duration(90, 0)) == "ce81185a");
  CHECK(enc(Duration(1, 500)) == "ce82011901f4");
  CHECK(enc(kUuid) ==
        "d82550"
        "0190b2a47c3e7d2a9f00123456789abc");
  CHECK(enc(Range::half_open(1, 5)) == "d83182d83201d83305");
  CHECK(enc(Range(Bound::unbounded(), Bound::included(5))) == "d83182f6d83205");
  CHECK(enc(Range()) == "d83182f6f6");
  CHECK(enc(RecordId{"t", Range::half_open(1, 5)}) == "c8826174d83182d83201d83305");
  CHECK(enc(File("b", "/k")) ==
        "d83782616262"
        "2f6b");
  CHECK(enc(Set{1, 2}) == "d838820102");
  CHECK(enc(GeometryPoint{1.5, 2}) == "d85882f93e00f94000");
  CHECK(enc(Geometry(GeometryLine{{{0, 0}, {1, 1}}})) == "d85982d85882f90000f90000d85882f93c00f93c00");
  // Decode-only forms.
  CHECK(dec("c074323032342d30312d30325430333a30343a30355a") ==
        Value(Datetime::parse("2024-01-02T03:04:05Z")));
  const std::string uuid_text = kUuid.to_string();
  CHECK(dec("c97824" + hex(std::vector<std::uint8_t>(uuid_text.begin(), uuid_text.end()))) == Value(kUuid));
  CHECK(dec("cd6531683330"
            "6d") == Value(Duration::parse("1h30m")));
  CHECK(dec("c86a757365723a616c696365") == Value(RecordId{"user", "alice"}));
  CHECK(dec("cc811a6553f100") == Value(Datetime(1700000000, 0)));
  CHECK(dec("c6f7").is_none());
}

TEST_CASE("every kind round-trips through CBOR") {
  Object big;
  for (int i = 0; i < 40; ++i) big.insert_or_assign("k" + std::to_string(i), i);
  Value all = Array{
      Value::none(),
      Value::null(),
      true,
      false,
      0,
      -1,
      1234567890123LL,
      1.5,
      -0.25,
      1e300,
      INFINITY,
      Decimal("123.456"),
      Decimal("-1e-30"),
      "",
      "héllo ⟩ \"quoted\"",
      std::string(300, 'z'),
      Bytes{},
      Bytes{0, 255},
      Datetime(1700000000, 123456789),
      Datetime(-62135596800, 0),
      Duration(0, 0),
      Duration(3600, 0),
      Duration(1, 1),
      kUuid,
      Array{},
      Array{1, Array{2, Array{3}}},
      Object{},
      Object{{"nested", Object{{"deep", Array{1, "x"}}}}},
      big,
      RecordId{"user", "alice"},
      RecordId{"user", -5},
      RecordId{"user", "7abc"},
      RecordId{"user", Array{1, "a", Object{{"x", 1}}}},
      RecordId{"user", Object{{"a", 1}}},
      RecordId{"user", kUuid},
      RecordId{"user", Range::closed(1, 9)},
      RecordId{"user", Range(Bound::excluded(Array{1}), Bound::unbounded())},
      Table("user"),
      Range::half_open(1, 10),
      Range(Bound::excluded("a"), Bound::included("z")),
      Range(),
      GeometryPoint{-0.1, 51.5},
      Geometry(GeometryLine{{{0, 0}, {1, 1}}}),
      Geometry(GeometryPolygon{{GeometryLine{{{0, 0}, {1, 0}, {1, 1}, {0, 0}}}}}),
      Geometry(GeometryMultiPoint{{{1, 2}, {3, 4}}}),
      Geometry(GeometryMultiLine{{GeometryLine{{{0, 0}, {1, 1}}}}}),
      Geometry(GeometryMultiPolygon{{GeometryPolygon{{GeometryLine{{{0, 0}, {1, 0}, {0, 0}}}}}}}),
      Geometry(GeometryCollection{{Geometry(GeometryPoint{1, 2}), Geometry(GeometryLine{{{0, 0}, {1, 1}}})}}),
      File("bucket", "/a/b.txt"),
      Set{},
      Set{1, "a", RecordId{"t", 1}}};
  for (const auto& v : all.as_array()) round_trip(v);
  round_trip(all);
}

TEST_CASE("Writer builds messages and decode_prefix reports the length") {
  std::vector<std::uint8_t> buf;
  cbor::Writer w(buf);
  w.map(2).text("id").uint(7).text("params").array(1).value(RecordId{"user", "alice"});
  Value v = cbor::decode(buf);
  CHECK(v["id"] == Value(7));
  CHECK(v["params"][0] == Value(RecordId{"user", "alice"}));
  buf.push_back(0x01);
  std::size_t used = 0;
  Value first = cbor::decode_prefix(buf, used);
  CHECK(used == buf.size() - 1);
  CHECK(first == v);
  cbor::DecodeOptions o;
  o.allow_trailing = true;
  CHECK(cbor::decode(buf, o) == v);
}

TEST_CASE("maps, arrays and record ids decode their members in place") {
  // A select answer's shape: every member is built in its final slot (no moves), sorted keys are adopted as
  // they are, and record-id keys are decoded into the id itself.
  Array rows;
  for (int i = 0; i < 3; ++i) {
    rows.push_back(Object{{"id", RecordId{"bench_select", "k" + std::string(20, static_cast<char>('a' + i))}},
                          {"name", "row-" + std::to_string(i)},
                          {"n", i},
                          {"score", i * 0.5},
                          {"active", i % 2 == 0},
                          {"tags", Array{"alpha", std::string(40, 'b')}}});
  }
  round_trip(rows);
  Value back = cbor::decode(cbor::encode(rows));
  CHECK(back[1]["id"].as_record_id().table() == "bench_select");
  CHECK(back[1]["id"].as_record_id().key() == Value("k" + std::string(20, 'b')));
  CHECK(back[2]["tags"][1].as_string() == std::string(40, 'b'));
  // Record ids whose key is itself a container, and ids nested in keys.
  round_trip(RecordId{"t", Array{RecordId{"u", 1}, Object{{"b", 1}, {"a", Array{"x"}}}}});
  // Indefinite-length keys, tables and strings take the copying path.
  CHECK(dec("bf7f61616162ff01616102ff") == Value(Object{{"a", 2}, {"ab", 1}}));
  CHECK(dec("c8827f6175ff6161") == Value(RecordId{"u", "a"}));
  CHECK(dec("9f7f6161ff6162ff") == Value(Array{"a", "b"}));
  // Keys equal in their first byte are ordered by the rest; unsorted and duplicate keys are still fixed up.
  CHECK(dec("a2626162016261610a") == Value(Object{{"aa", 10}, {"ab", 1}}));
  CHECK(dec("a3616101616102616103").as_object().size() == 1);
  CHECK(dec("a3616101616102616103")["a"] == Value(3));
  CHECK(dec("a2616101616102")["a"] == Value(2));
  CHECK(dec("a26001616102") == Value(Object{{"", 1}, {"a", 2}}));
  CHECK(dec("a26161016002") == Value(Object{{"", 2}, {"a", 1}}));
  // Byte-wise order: "é" (0xc3…) sorts after "z".
  CHECK(dec("a262c3a901617a02").as_object().begin()->first == "z");
}

TEST_CASE("heads of every width decode; short and long text is validated") {
  // One-byte heads take the inline path, wider ones the out-of-line one; both accept non-canonical widths.
  CHECK(dec("1800") == Value(0));
  CHECK(dec("190001") == Value(1));
  CHECK(dec("1a00010000") == Value(65536));
  CHECK(dec("1b0000000100000000") == Value(4294967296LL));
  CHECK(dec("3b7fffffffffffffff") == Value(std::numeric_limits<std::int64_t>::min()));
  CHECK(dec("7a0000000161") == Value("a"));
  CHECK(dec("9900020102") == Value(Array{1, 2}));
  CHECK(dec("b80161610a") == Value(Object{{"a", 10}}));
  // Text of up to 32 bytes is checked with one pass when ASCII; non-ASCII and longer text take the full
  // check.
  CHECK(dec("62c3bc") == Value("ü"));
  CHECK(dec("7820" + std::string(64, '6')) == Value(std::string(32, 'f')));
  CHECK(dec("7821" + std::string(66, '6')) == Value(std::string(33, 'f')));
  CHECK_THROWS_AS(dec("62c328"), ProtocolError);
  CHECK_THROWS_AS(dec("7820" + std::string(62, '6') + "ff"), ProtocolError);
  CHECK_THROWS_AS(dec("7821" + std::string(64, '6') + "c0"), ProtocolError);
  CHECK_THROWS_AS(dec("1900"), ProtocolError);
  CHECK_THROWS_AS(dec("1b00000000000000"), ProtocolError);
}

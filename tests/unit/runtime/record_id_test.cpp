// RecordId text: formatting exactly like SurrealDB, escaping where needed, and parsing every rendered form
// back.
#include <doctest/doctest.h>

#include <surreal/value.hpp>

using namespace surreal;

namespace {
void check_form(const RecordId& id, std::string_view text) {
  CHECK(id.to_string() == text);
  RecordId back = RecordId::parse(text);
  CHECK_MESSAGE(back == id, text << " parsed as " << back.to_string());
}
}  // namespace

TEST_CASE("plain keys and numbers") {
  check_form({"user", "alice"}, "user:alice");
  check_form({"user", "Alice_2"}, "user:Alice_2");
  check_form({"user", "_1"}, "user:`_1`");  // only digits and underscores
  check_form({"user", "_x1"}, "user:_x1");
  check_form({"user", 42}, "user:42");
  check_form({"user", -5}, "user:-5");
  check_form({"user", 0}, "user:0");
  check_form({"user", std::numeric_limits<std::int64_t>::max()}, "user:9223372036854775807");
}

TEST_CASE("string keys that need escaping go in backticks, like SurrealDB 3.x renders them") {
  check_form({"user", "7abc"}, "user:7abc");  // starts with a digit but is not a number: plain
  check_form({"user", "1e5"}, "user:1e5");
  check_form({"user", "123"}, "user:`123`");  // digits only: would read as an int
  check_form({"user", "1_000"}, "user:`1_000`");
  check_form({"user", "-5"}, "user:`-5`");
  check_form({"user", "a-b"}, "user:`a-b`");
  check_form({"user", "a:b"}, "user:`a:b`");
  check_form({"user", "john doe"}, "user:`john doe`");
  check_form({"user", "back`tick"}, "user:`back\\`tick`");
  check_form({"user", "a⟩b"}, "user:`a⟩b`");
  check_form({"user", "a\\b"}, "user:`a\\\\b`");
  check_form({"user", "ünï"}, "user:`ünï`");
  check_form({"user", "日本"}, "user:`日本`");
  check_form({"user", ""}, "user:``");
  check_form({"user", "NaN"}, "user:`NaN`");
  check_form({"user", "Infinity"}, "user:`Infinity`");
  check_form({"user", "x.y"}, "user:`x.y`");
  check_form({"user", "line\nbreak"}, "user:`line\\nbreak`");
  check_form({"user", "it's"}, "user:`it's`");
}

TEST_CASE("SurrealDB 2.x's ⟨…⟩ form parses: only \\⟩ is an escape there") {
  CHECK(RecordId::parse("user:⟨7abc⟩") == RecordId{"user", "7abc"});
  CHECK(RecordId::parse("user:⟨john doe⟩") == RecordId{"user", "john doe"});
  CHECK(RecordId::parse("user:⟨a\\⟩b⟩") == RecordId{"user", "a⟩b"});
  CHECK(RecordId::parse("user:⟨a\\b⟩") == RecordId{"user", "a\\b"});
  CHECK(RecordId::parse("user:⟨123⟩") == RecordId{"user", "123"});
}

TEST_CASE("array, object, uuid and range keys") {
  check_form({"user", Array{1, "a"}}, "user:[1, 'a']");
  check_form({"temp", Array{"London", Datetime(1700000000, 0)}}, "temp:['London', d'2023-11-14T22:13:20Z']");
  check_form({"user", Object{{"a", 1}, {"b", "x"}}}, "user:{ a: 1, b: 'x' }");
  check_form({"user", Uuid::parse("0190b2a4-7c3e-7d2a-9f00-123456789abc")},
             "user:u'0190b2a4-7c3e-7d2a-9f00-123456789abc'");
  check_form({"user", Range::half_open(1, 5)}, "user:1..5");
  check_form({"user", Range::closed("a", "m")}, "user:a..=m");
  check_form({"user", Range(Bound::excluded(Array{1}), Bound::unbounded())}, "user:[1]>..");
  check_form({"user", Range()}, "user:..");
  check_form({"user", Range(Bound::unbounded(), Bound::excluded("7x"))}, "user:..7x");
  check_form({"user", Range::closed("a b", "c d")}, "user:`a b`..=`c d`");
}

TEST_CASE("parse accepts SurrealDB's other spellings") {
  CHECK(RecordId::parse("user:`7abc`") == RecordId{"user", "7abc"});
  CHECK(RecordId::parse("r'user:alice'") == RecordId{"user", "alice"});
  CHECK(RecordId::parse("r\"user:⟨a b⟩\"") == RecordId{"user", "a b"});
  CHECK(RecordId::parse("⟨my table⟩:x") == RecordId{"my table", "x"});
  CHECK(RecordId::parse(" user:alice ") == RecordId{"user", "alice"});
  CHECK(RecordId::parse("user:[1,'a']") == RecordId{"user", Array{1, "a"}});
  CHECK(RecordId::parse("user:{a:1}") == RecordId{"user", Object{{"a", 1}}});
  CHECK(RecordId::parse("user:7abc") == RecordId{"user", "7abc"});
}

TEST_CASE("parse errors") {
  CHECK_THROWS_AS(RecordId::parse("user"), ConversionError);
  CHECK_THROWS_AS(RecordId::parse("user:"), ConversionError);
  CHECK_THROWS_AS(RecordId::parse(":a"), ConversionError);
  CHECK_THROWS_AS(RecordId::parse("user:⟨unterminated"), ConversionError);
  CHECK_THROWS_AS(RecordId::parse("user:a b"), ConversionError);
  CHECK_THROWS_AS(RecordId::parse("user:99999999999999999999"), ConversionError);
  CHECK(!RecordId::try_parse("nope"));
  CHECK(RecordId::try_parse("a:b"));
}

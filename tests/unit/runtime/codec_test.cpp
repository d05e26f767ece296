// Codec<T>: built-ins, a user struct with a Codec specialization, enums, and conversion errors with paths.
#include <doctest/doctest.h>

#include <surreal/codec.hpp>
#include <surreal/define_codec.hpp>

#include <map>
#include <optional>

namespace app {
enum class Role { Admin, User };
enum class Level : std::uint8_t { Low = 1, High = 2 };
struct Address {
  std::string city;
  std::optional<std::string> zip;
};
struct User {
  surreal::RecordId id;
  std::string name;
  std::int32_t age = 0;
  Role role = Role::User;
  Address address;
  std::vector<std::string> tags;
  std::map<std::string, double> scores;
  std::optional<surreal::Datetime> seen;
};
}  // namespace app

template <>
struct surreal::EnumNames<app::Role> {
  static constexpr std::pair<app::Role, std::string_view> values[] = {{app::Role::Admin, "admin"},
                                                                      {app::Role::User, "user"}};
};

// Address by the one-line form (see define_codec_test.cpp); User by hand, the long form it stands for.
SURREAL_DEFINE_CODEC(app::Address, city, zip)

template <>
struct surreal::Codec<app::User> {
  static Value encode(const app::User& u) {
    Object o;
    encode_field(o, "id", u.id);
    encode_field(o, "name", u.name);
    encode_field(o, "age", u.age);
    encode_field(o, "role", u.role);
    encode_field(o, "address", u.address);
    encode_field(o, "tags", u.tags);
    encode_field(o, "scores", u.scores);
    encode_field(o, "seen", u.seen);
    return o;
  }
  static app::User decode(const Value& v) {
    const Object& o = expect_object(v, "User");
    app::User u;
    decode_field(o, "id", u.id);
    decode_field(o, "name", u.name);
    decode_field(o, "age", u.age);
    decode_field_or_keep(o, "role", u.role);
    decode_field(o, "address", u.address);
    decode_field_or_keep(o, "tags", u.tags);
    decode_field_or_keep(o, "scores", u.scores);
    decode_field(o, "seen", u.seen);
    return u;
  }
};

using namespace surreal;

namespace {
std::string error_of(auto&& f) {
  try {
    f();
  } catch (const ConversionError& e) {
    return e.what();
  }
  return "(no error)";
}
}  // namespace

TEST_CASE("built-in codecs") {
  CHECK(to_value(true) == Value(true));
  CHECK(from_value<bool>(Value(false)) == false);
  CHECK(from_value<std::uint8_t>(Value(255)) == 255);
  CHECK(error_of([] { from_value<std::uint8_t>(Value(256)); }) == "expected int in [0, 255], got int 256");
  CHECK(error_of([] { from_value<std::uint32_t>(Value(-1)); }) ==
        "expected int in [0, 4294967295], got int -1");
  CHECK(from_value<std::int16_t>(Value(-32768)) == -32768);
  CHECK(from_value<std::uint64_t>(Value(std::numeric_limits<std::int64_t>::max())) ==
        static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()));
  CHECK(from_value<double>(Value(3)) == 3.0);
  CHECK(from_value<float>(Value(1.5)) == 1.5f);
  CHECK(from_value<std::string>(Value("x")) == "x");
  CHECK(to_value("lit") == Value("lit"));
  CHECK(to_value(std::string_view("sv")) == Value("sv"));
  CHECK(Value(7).as<int>() == 7);
  CHECK(from_value<Value>(Value(Array{1})) == Value(Array{1}));
  CHECK(from_value<RecordId>(Value(RecordId{"a", 1})) == RecordId{"a", 1});
  CHECK(from_value<Datetime>(Value(Datetime(5, 6))) == Datetime(5, 6));
  CHECK(from_value<GeometryPoint>(Value(GeometryPoint{1, 2})) == GeometryPoint{1, 2});
  CHECK(error_of([] {
          from_value<GeometryLine>(Value(GeometryPoint{1, 2}));
        }) == "expected LineString, got geometry (1, 2)");
  CHECK(from_value<std::chrono::milliseconds>(Value(Duration::parse("1s5ms"))) ==
        std::chrono::milliseconds(1005));
  CHECK(to_value(std::chrono::seconds(90)) == Value(Duration::parse("1m30s")));
  auto tp = std::chrono::system_clock::time_point(std::chrono::seconds(1700000000));
  CHECK(from_value<std::chrono::system_clock::time_point>(to_value(tp)) == tp);
}

TEST_CASE("optional, vector, map, set, pair, tuple") {
  CHECK(to_value(std::optional<int>()) == Value::none());
  CHECK(to_value(std::optional<int>(3)) == Value(3));
  CHECK(!from_value<std::optional<int>>(Value::none()));
  CHECK(!from_value<std::optional<int>>(Value::null()));
  CHECK(from_value<std::optional<int>>(Value(4)) == 4);
  CHECK(to_value(std::vector<int>{1, 2}) == Value(Array{1, 2}));
  CHECK(from_value<std::vector<int>>(Value(Array{1, 2})) == std::vector<int>{1, 2});
  CHECK(from_value<std::vector<int>>(Value(Set{1, 2})) == std::vector<int>{1, 2});
  CHECK(error_of([] {
          from_value<std::vector<int>>(Value(Array{1, "x"}));
        }) == "[1]: expected int, got string 'x'");
  std::map<std::string, int> m{{"b", 2}, {"a", 1}};
  CHECK(to_value(m) == Value(Object{{"a", 1}, {"b", 2}}));
  CHECK(from_value<std::map<std::string, int>>(to_value(m)) == m);
  CHECK(error_of([] {
          from_value<std::map<std::string, int>>(Value(Object{{"k", true}}));
        }) == "k: expected int, got bool true");
  CHECK(from_value<std::set<int>>(Value(Array{2, 1, 2})) == std::set<int>{1, 2});
  CHECK(from_value<std::pair<int, std::string>>(Value(Array{1, "a"})) == std::pair<int, std::string>{1, "a"});
  CHECK(to_value(std::tuple<int, bool>{1, true}) == Value(Array{1, true}));
  CHECK(error_of([] { from_value<std::tuple<int, int>>(Value(Array{1})); }) ==
        "expected array of 2 elements, got array [1]");
  CHECK(error_of([] {
          from_value<std::vector<std::vector<int>>>(Value(Array{Array{}, Array{1, 2.5}}));
        }) == "[1][1]: expected int, got float 2.5f");
}

TEST_CASE("enums by name or by number") {
  CHECK(to_value(app::Role::Admin) == Value("admin"));
  CHECK(from_value<app::Role>(Value("user")) == app::Role::User);
  CHECK(error_of([] { from_value<app::Role>(Value("root")); }) ==
        "expected one of \"admin\", \"user\", got string 'root'");
  CHECK(to_value(app::Level::High) == Value(2));
  CHECK(from_value<app::Level>(Value(1)) == app::Level::Low);
  CHECK(error_of([] { from_value<app::Level>(Value(300)); }) == "expected int in [0, 255], got int 300");
}

TEST_CASE("a struct with a Codec round-trips, and its errors name the path") {
  app::User u{RecordId{"user", "alice"}, "Alice",    31,           app::Role::Admin,
              {"Paris", std::nullopt},   {"a", "b"}, {{"x", 1.5}}, Datetime(1700000000, 0)};
  Value v = to_value(u);
  CHECK(v.to_surql() ==
        "{ address: { city: 'Paris' }, age: 31, id: user:alice, name: 'Alice', role: 'admin', scores: { x: "
        "1.5f }, "
        "seen: d'2023-11-14T22:13:20Z', tags: ['a', 'b'] }");
  app::User back = from_value<app::User>(v);
  CHECK(back.id == u.id);
  CHECK(back.name == "Alice");
  CHECK(back.age == 31);
  CHECK(back.role == app::Role::Admin);
  CHECK(back.address.city == "Paris");
  CHECK(!back.address.zip);
  CHECK(back.tags == u.tags);
  CHECK(back.scores == u.scores);
  CHECK(back.seen == u.seen);

  Value bad = v;
  bad["address"]["city"] = 42;
  CHECK(error_of([&] { from_value<app::User>(bad); }) == "address.city: expected string, got int 42");
  Value list = Array{v, v, v, bad};
  CHECK(error_of([&] { from_value<std::vector<app::User>>(list); }) ==
        "[3].address.city: expected string, got int 42");
  Value bad_tag = v;
  bad_tag["tags"] = Array{"a", Array{}};
  CHECK(error_of([&] { from_value<app::User>(bad_tag); }) == "tags[1]: expected string, got array []");
  Value missing = v;
  missing.as_object().erase("name");
  CHECK(error_of([&] { from_value<app::User>(missing); }) == "name: expected string, got none");
  CHECK(error_of([&] { from_value<app::User>(Value(5)); }) == "expected object (User), got int 5");
  try {
    from_value<std::vector<app::User>>(list);
  } catch (const ConversionError& e) {
    CHECK(e.path() == "[3].address.city");
    CHECK(e.reason() == "expected string, got int 42");
  }
}

// The generated models of data/models.surql (built by surreal_generate), exercised: Value and JSON round
// trips, omitted server fields, enum names, decode errors naming table, field and record, and the table
// descriptors.
#include <doctest/doctest.h>

#include <gentest/models.hpp>

namespace {
gentest::User sample_user() {
  gentest::User u;
  u.id = surreal::RecordId("user", "ann");
  u.name = "Ann";
  u.age = 34;
  u.score = 1.5;
  u.balance = surreal::Decimal("10.25");
  u.created = surreal::Datetime(1700000000, 123000000);
  u.session = surreal::Duration(90, 0);
  u.token = surreal::Uuid::parse("0190b2a4-0000-7000-8000-000000000001");
  u.avatar = surreal::Bytes{1, 2, 3};
  u.tags = {"a", "b"};
  u.role = gentest::UserRole::InReview;
  u.address.city = "Paris";
  u.home = surreal::GeometryPoint{2.35, 48.85};
  u.best_friend = surreal::Link<gentest::User>(surreal::RecordId("user", "bob"));
  u.class_ = "x";
  u.anything = surreal::Value(7);
  return u;
}
}  // namespace

TEST_CASE("a model converts to a Value with SurrealDB's keys and back") {
  auto u = sample_user();
  surreal::Value v = surreal::to_value(u);
  CHECK(v["name"] == surreal::Value("Ann"));
  CHECK(v["class"] == surreal::Value("x"));  // the key, not the C++ member name
  CHECK(v["role"] == surreal::Value("in-review"));
  CHECK(v["address"]["city"] == surreal::Value("Paris"));
  CHECK(v["best_friend"] == surreal::Value(surreal::RecordId("user", "bob")));
  CHECK(surreal::from_value<gentest::User>(v) == u);
}

TEST_CASE("empty server-provided and optional fields are omitted on write") {
  gentest::User u;
  u.name = "New";
  surreal::Value v = surreal::to_value(u);
  CHECK_FALSE(v.contains("id"));
  CHECK_FALSE(v.contains("created"));
  CHECK_FALSE(v.contains("age"));
  CHECK_FALSE(v.contains("balance"));
  CHECK(v.contains("tags") == false);  // DEFAULT [] makes it server-provided: nullopt is omitted
  CHECK(v.contains("name"));
}

TEST_CASE("JSON round trip revives datetimes, ids, uuids, durations, decimals, bytes and points") {
  auto u = sample_user();
  std::string json = gentest::to_json(u);
  CHECK(json.find("\"created\":\"2023-11-14T22:13:20.123Z\"") != std::string::npos);
  CHECK(gentest::from_json<gentest::User>(json) == u);
}

TEST_CASE("enums convert by their SurrealDB strings") {
  CHECK(gentest::to_string(gentest::UserRole::Admin) == "admin");
  CHECK(gentest::from_string<gentest::UserRole>("in-review") == gentest::UserRole::InReview);
  CHECK_FALSE(gentest::from_string<gentest::UserRole>("root").has_value());
}

TEST_CASE("a decode error names the field, the table and the record") {
  surreal::Value v = surreal::to_value(sample_user());
  v["address"]["city"] = surreal::Value(42);
  try {
    (void)surreal::from_value<gentest::User>(v);
    FAIL("decoding should fail");
  } catch (const surreal::ConversionError& error) {
    CHECK(error.path() == "address.city");
    CHECK(std::string(error.what()) ==
          "address.city: expected string, got int 42 (table user, record user:ann)");
  }
}

TEST_CASE("relations carry typed in and out, written only when set") {
  gentest::Follows f{.since = surreal::Datetime(1, 0)};
  surreal::Value v = surreal::to_value(f);
  CHECK_FALSE(v.contains("in"));
  f.in = surreal::RecordId("user", "a");
  f.out = surreal::RecordId("user", "b");
  v = surreal::to_value(f);
  CHECK(v["in"] == surreal::Value(surreal::RecordId("user", "a")));
  auto back = surreal::from_value<gentest::Follows>(v);
  CHECK(back.out.id() == surreal::RecordId("user", "b"));
}

TEST_CASE("a fetched link decodes the linked model") {
  surreal::Value post = surreal::Value::object(
      {{"id", surreal::RecordId("post", 1)}, {"title", "Hi"}, {"author", surreal::to_value(sample_user())}});
  auto p = surreal::from_value<gentest::Post>(post);
  REQUIRE(p.author.is_fetched());
  CHECK(p.author->name == "Ann");
}

TEST_CASE("table descriptors name the table, model and columns") {
  using Traits = surreal::TableTraits<gentest::UserTable>;
  static_assert(std::is_same_v<Traits::model, gentest::User>);
  static_assert(std::is_same_v<surreal::TableTraits<gentest::FollowsTable>::in_model, gentest::User>);
  static_assert(surreal::RelationDescriptor<gentest::FollowsTable>);
  CHECK(Traits::name == "user");
  CHECK(gentest::user.address.city.path == "address.city");
  CHECK(gentest::user.class_.path == "class");
  const surreal::ColumnInfo* age = surreal::find_column<gentest::UserTable>("age");
  REQUIRE(age != nullptr);
  CHECK(age->kind == surreal::ColumnKind::Int);
  CHECK(age->optional);
  const surreal::ColumnInfo* tags = surreal::find_column<gentest::UserTable>("tags");
  REQUIRE(tags != nullptr);
  CHECK(tags->element == surreal::ColumnKind::String);
  CHECK(surreal::find_column<gentest::UserTable>("address.zip") != nullptr);
}

TEST_CASE("typed queries build on the generated descriptors") {
  auto q =
      surreal::select(gentest::user).where(gentest::user.age >= 18 && gentest::user.address.city == "Paris");
  auto text = q.to_surql().text;
  CHECK(text.find("FROM user") != std::string::npos);
  CHECK(text.find("address.city") != std::string::npos);
}

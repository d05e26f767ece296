// DESIGN.md's type mapping, one field kind at a time.
#include "generator_test_support.hpp"

using generator_test::field_type;

TEST_CASE("scalar kinds") {
  CHECK(field_type("string") == "std::string");
  CHECK(field_type("int") == "std::int64_t");
  CHECK(field_type("float") == "double");
  CHECK(field_type("number") == "surreal::Decimal");
  CHECK(field_type("decimal") == "surreal::Decimal");
  CHECK(field_type("bool") == "bool");
  CHECK(field_type("datetime") == "surreal::Datetime");
  CHECK(field_type("duration") == "surreal::Duration");
  CHECK(field_type("uuid") == "surreal::Uuid");
  CHECK(field_type("bytes") == "surreal::Bytes");
  CHECK(field_type("any") == "surreal::Value");
  CHECK(field_type("object") == "surreal::Object");
}

TEST_CASE("decimals can be doubles") {
  surrealpp::emit::cpp::GenerateOptions options;
  options.decimal_as_double = true;
  auto p = generator_test::plan(
      "DEFINE TABLE t SCHEMAFULL; DEFINE FIELD d ON t TYPE decimal; DEFINE FIELD n ON t TYPE number;",
      options);
  const auto& model = generator_test::table(p, "t").model();
  CHECK(generator_test::member(model, "d").type == "double");
  CHECK(generator_test::member(model, "n").type == "double");
}

TEST_CASE("geometry kinds") {
  CHECK(field_type("geometry<point>") == "surreal::GeometryPoint");
  CHECK(field_type("geometry<polygon>") == "surreal::GeometryPolygon");
  CHECK(field_type("geometry<point|line>") == "surreal::Geometry");
  CHECK(field_type("geometry<feature>") == "surreal::Geometry");
}

TEST_CASE("option, arrays and sets") {
  CHECK(field_type("option<int>") == "std::optional<std::int64_t>");
  CHECK(field_type("array<string>") == "std::vector<std::string>");
  CHECK(field_type("set<int>") == "std::vector<std::int64_t>");
  CHECK(field_type("array") == "std::vector<surreal::Value>");
  CHECK(field_type("option<array<float, 8>>") == "std::optional<std::vector<double>>");
  CHECK(field_type("option<any>") == "surreal::Value");  // Value holds NONE itself
  CHECK(field_type("none | string") == "std::optional<std::string>");
  CHECK(field_type("string | int") == "surreal::Value");
}

TEST_CASE("record links") {
  auto p = generator_test::plan(
      "DEFINE TABLE user SCHEMAFULL; DEFINE TABLE post SCHEMAFULL;"
      "DEFINE FIELD author ON post TYPE record<user>;"
      "DEFINE FIELD about ON post TYPE record<user|post>;"
      "DEFINE FIELD anything ON post TYPE record;"
      "DEFINE FIELD maybe ON post TYPE option<record<post>>;"
      "DEFINE FIELD readers ON post TYPE array<record<user>>;");
  const auto& post = generator_test::table(p, "post");
  CHECK(generator_test::member(post.model(), "author").type == "surreal::Link<User>");
  CHECK(generator_test::member(post.model(), "about").type == "surreal::RecordId");
  CHECK(generator_test::member(post.model(), "anything").type == "surreal::RecordId");
  CHECK(generator_test::member(post.model(), "maybe").type == "std::optional<surreal::Link<Post>>");
  CHECK(generator_test::member(post.model(), "readers").type == "std::vector<surreal::Link<User>>");
  CHECK(post.linked_tables == std::vector<std::string>{"user"});  // itself is not "linked"
}

TEST_CASE("literal unions become enums") {
  auto p = generator_test::plan(
      R"(DEFINE TABLE t SCHEMAFULL; DEFINE FIELD status ON t TYPE "a" | "in-progress" | "a";
                                   DEFINE FIELD maybe ON t TYPE option<"x" | "y">;)");
  const auto& t = generator_test::table(p, "t");
  REQUIRE(t.enums.size() == 2);
  CHECK(t.enums[0].name == "TMaybe");  // fields, and so their enums, in name order
  CHECK(t.enums[1].name == "TStatus");
  REQUIRE(t.enums[1].values.size() == 2);  // duplicates collapse
  CHECK(t.enums[1].values[1].name == "InProgress");
  CHECK(t.enums[1].values[1].literal == "in-progress");
  CHECK(generator_test::member(t.model(), "status").type == "TStatus");
  CHECK(generator_test::member(t.model(), "maybe").type == "std::optional<TMaybe>");
  CHECK(generator_test::member(t.model(), "status").kind == surrealpp::emit::cpp::ColumnKind::Enum);
}

TEST_CASE("column kinds follow the field kinds") {
  using surrealpp::emit::cpp::ColumnKind;
  auto p = generator_test::plan(
      "DEFINE TABLE t SCHEMAFULL; DEFINE FIELD a ON t TYPE array<int>; DEFINE FIELD s ON t TYPE "
      "option<string>;"
      "DEFINE FIELD d ON t TYPE datetime;");
  const auto& model = generator_test::table(p, "t").model();
  CHECK(generator_test::member(model, "id").kind == ColumnKind::Record);
  CHECK(generator_test::member(model, "a").kind == ColumnKind::Array);
  CHECK(generator_test::member(model, "a").element == ColumnKind::Int);
  CHECK(generator_test::member(model, "s").kind == ColumnKind::String);
  CHECK(generator_test::member(model, "s").optional);
  CHECK(generator_test::member(model, "s").value_type == "std::string");
  CHECK(generator_test::member(model, "d").kind == ColumnKind::Datetime);
}

// What the plan makes of tables: structs, nested objects, relations, server-provided fields, clashes.
#include "generator_test_support.hpp"

using namespace generator_test;

TEST_CASE("a table becomes a struct with the id first") {
  auto p = plan("DEFINE TABLE user SCHEMAFULL; DEFINE FIELD name ON user TYPE string;");
  const auto& user = table(p, "user");
  CHECK(user.model().name == "User");
  CHECK(user.descriptor == "UserTable");
  CHECK(user.variable == "user");
  CHECK(user.file_stem == "user");
  REQUIRE(user.model().members.size() == 2);
  CHECK(user.model().members[0].name == "id");
  CHECK(user.model().members[0].type == "surreal::RecordId");
  CHECK(user.model().members[0].record_id);
  CHECK(user.model().members[1].name == "name");
}

TEST_CASE("server-provided fields are optional") {
  auto p = plan(
      "DEFINE TABLE t SCHEMAFULL; DEFINE FIELD a ON t TYPE datetime DEFAULT time::now();"
      "DEFINE FIELD b ON t TYPE int VALUE 1; DEFINE FIELD c ON t TYPE string READONLY;"
      "DEFINE FIELD d ON t COMPUTED 1 + 1; DEFINE FIELD e ON t TYPE option<int> DEFAULT 3;"
      "DEFINE FIELD f ON t TYPE int;");
  const auto& model = table(p, "t").model();
  CHECK(member(model, "a").type == "std::optional<surreal::Datetime>");
  CHECK(member(model, "a").server_provided);
  CHECK(member(model, "b").type == "std::optional<std::int64_t>");
  CHECK(member(model, "c").type == "std::optional<std::string>");
  CHECK(member(model, "d").type == "surreal::Value");
  CHECK(member(model, "e").type == "std::optional<std::int64_t>");
  CHECK(member(model, "f").type == "std::int64_t");
  CHECK_FALSE(member(model, "f").server_provided);
}

TEST_CASE("nested field definitions make nested structs") {
  auto p = plan(
      "DEFINE TABLE user SCHEMAFULL; DEFINE FIELD address ON user TYPE object;"
      "DEFINE FIELD address.city ON user TYPE string; DEFINE FIELD address.geo ON user TYPE option<object>;"
      "DEFINE FIELD address.geo.lat ON user TYPE float;"
      "DEFINE FIELD items ON user TYPE array<object>; DEFINE FIELD items[*].sku ON user TYPE string;"
      "DEFINE FIELD tags ON user TYPE array; DEFINE FIELD tags.* ON user TYPE string;");
  const auto& user = table(p, "user");
  const auto& address = member(user.model(), "address");
  CHECK(address.type == "UserAddress");
  REQUIRE(address.nested_struct > 0);
  const auto& address_struct = user.structs[static_cast<std::size_t>(address.nested_struct)];
  CHECK(address_struct.column == "UserAddressColumn");
  CHECK(member(address_struct, "city").path == "address.city");
  CHECK(member(address_struct, "geo").type == "std::optional<UserAddressGeo>");
  CHECK(member(user.model(), "items").type == "std::vector<UserItems>");
  CHECK(member(user.model(), "items").nested_struct == -1);  // an array of structs has no column struct
  CHECK(member(user.model(), "tags").type == "std::vector<std::string>");
}

TEST_CASE("a literal object type makes a struct") {
  auto p = plan("DEFINE TABLE t SCHEMAFULL; DEFINE FIELD pos ON t TYPE { x: float, y: float };");
  const auto& t = table(p, "t");
  const auto& pos = member(t.model(), "pos");
  CHECK(pos.type == "TPos");
  const auto& pos_struct = t.structs[static_cast<std::size_t>(pos.nested_struct)];
  REQUIRE(pos_struct.members.size() == 2);
  CHECK(pos_struct.members[0].type == "double");
}

TEST_CASE("relations get typed in and out") {
  auto p = plan(
      "DEFINE TABLE user SCHEMAFULL; DEFINE TABLE post SCHEMAFULL;"
      "DEFINE TABLE likes TYPE RELATION IN user OUT post; DEFINE FIELD at ON likes TYPE datetime;"
      "DEFINE TABLE touches TYPE RELATION IN user|post OUT post;");
  const auto& likes = table(p, "likes");
  CHECK(likes.relation);
  CHECK(likes.in_model == "User");
  CHECK(likes.out_model == "Post");
  CHECK(member(likes.model(), "in").type == "surreal::Link<User>");
  CHECK(member(likes.model(), "out").type == "surreal::Link<Post>");
  CHECK(member(likes.model(), "in").record_id);
  CHECK(member(likes.model(), "at").type == "surreal::Datetime");
  const auto& touches = table(p, "touches");
  CHECK(touches.in_model.empty());
  CHECK(member(touches.model(), "in").type == "surreal::RecordId");
}

TEST_CASE("keywords and clashes are made legal") {
  auto p = plan(
      "DEFINE TABLE class SCHEMAFULL; DEFINE FIELD namespace ON class TYPE string; DEFINE FIELD `first-name` "
      "ON class "
      "TYPE string; DEFINE FIELD first_name ON class TYPE string;"
      "DEFINE TABLE user_table SCHEMAFULL; DEFINE TABLE user SCHEMAFULL; DEFINE TABLE User SCHEMAFULL;");
  const auto& cls = table(p, "class");
  CHECK(cls.model().name == "Class");
  CHECK(cls.variable == "class_");
  CHECK(member(cls.model(), "namespace").name == "namespace_");
  CHECK(member(cls.model(), "first-name").name == "first_name");
  CHECK(member(cls.model(), "first_name").name == "first_name_2");
  CHECK(table(p, "user_table").model().name == "UserTable");
  // Tables claim names in name order: `User` sorts before `user`, which gets the suffix.
  CHECK(table(p, "User").model().name == "User");
  CHECK(table(p, "User").file_stem == "user");
  CHECK(table(p, "user").model().name == "User_2");
  CHECK(table(p, "user").file_stem == "user_2");
  CHECK(table(p, "user").descriptor == "User_2Table");
}

TEST_CASE("REMOVE and OVERWRITE are applied in order") {
  auto p = plan(
      "DEFINE TABLE a SCHEMAFULL; DEFINE FIELD x ON a TYPE int; DEFINE FIELD OVERWRITE x ON a TYPE string;"
      "DEFINE FIELD IF NOT EXISTS x ON a TYPE bool; DEFINE FIELD y ON a TYPE int; REMOVE FIELD y ON a;"
      "DEFINE TABLE gone SCHEMAFULL; REMOVE TABLE gone;");
  CHECK(member(table(p, "a").model(), "x").type == "std::string");
  CHECK(table(p, "a").model().members.size() == 2);
  CHECK(p.tables.size() == 1);
}

TEST_CASE("functions become typed calls") {
  auto p = plan(
      "DEFINE TABLE player SCHEMAFULL;"
      "DEFINE FUNCTION fn::game::cast_vote($player: record<player>, $choice: string, $n: option<int>) -> "
      "object { "
      "RETURN {}; };");
  REQUIRE(p.functions.size() == 1);
  const auto& f = p.functions[0];
  CHECK(f.surreal_name == "fn::game::cast_vote");
  CHECK(f.namespaces == std::vector<std::string>{"fn", "game"});
  CHECK(f.name == "cast_vote");
  REQUIRE(f.parameters.size() == 3);
  CHECK(f.parameters[0].type == "surreal::RecordId");
  CHECK(f.parameters[1].type == "std::string");
  CHECK(f.parameters[2].type == "std::optional<std::int64_t>");
  CHECK(f.result_type == "surreal::Object");
}

TEST_CASE("a namespace that is not C++ is refused") {
  surrealpp::emit::cpp::GenerateOptions options;
  options.cpp_namespace = "my-app";
  CHECK_THROWS_AS(plan("DEFINE TABLE t;", options), surrealpp::emit::cpp::GenerateError);
  options.cpp_namespace = "a::b";
  CHECK(plan("DEFINE TABLE t;", options).namespace_parts == std::vector<std::string>{"a", "b"});
}

// The field type grammar: every kind form parses into the Type tree.
#include <doctest/doctest.h>

#include "schema_test_support.hpp"

using namespace surrealpp::schema;
using surrealpp::schema::test::only;
using surrealpp::schema::test::parse_errors;
using surrealpp::schema::test::parse_ok;

namespace {

Type type_of(const std::string& type_text) {
  auto field = only<FieldDefinition>(parse_ok("DEFINE FIELD f ON t TYPE " + type_text + ";"));
  REQUIRE(field.type);
  CHECK(field.type->text == type_text);
  return *field.type;
}

}  // namespace

TEST_CASE("scalar types") {
  CHECK(type_of("any").kind == Type::Kind::Any);
  CHECK(type_of("bool").kind == Type::Kind::Bool);
  CHECK(type_of("bytes").kind == Type::Kind::Bytes);
  CHECK(type_of("datetime").kind == Type::Kind::Datetime);
  CHECK(type_of("decimal").kind == Type::Kind::Decimal);
  CHECK(type_of("duration").kind == Type::Kind::Duration);
  CHECK(type_of("float").kind == Type::Kind::Float);
  CHECK(type_of("int").kind == Type::Kind::Int);
  CHECK(type_of("number").kind == Type::Kind::Number);
  CHECK(type_of("object").kind == Type::Kind::Object);
  CHECK(type_of("string").kind == Type::Kind::String);
  CHECK(type_of("uuid").kind == Type::Kind::Uuid);
  CHECK(type_of("regex").kind == Type::Kind::Regex);
  CHECK(type_of("null").kind == Type::Kind::Null);
  CHECK(type_of("none").kind == Type::Kind::None);
  CHECK(type_of("STRING").kind == Type::Kind::String);
}

TEST_CASE("option<array<record<user|post>, 10>>") {
  Type type = type_of("option<array<record<user|post>, 10>>");
  CHECK(type.kind == Type::Kind::Option);
  REQUIRE(type.parameters.size() == 1);
  const Type& array = type.parameters[0];
  CHECK(array.kind == Type::Kind::Array);
  CHECK(array.max_length == 10u);
  REQUIRE(array.parameters.size() == 1);
  CHECK(array.parameters[0].kind == Type::Kind::Record);
  CHECK(array.parameters[0].names == std::vector<std::string>{"user", "post"});
}

TEST_CASE("record without tables, set with a limit, bare array") {
  CHECK(type_of("record").names.empty());
  Type set = type_of("set<string, 3>");
  CHECK(set.kind == Type::Kind::Set);
  CHECK(set.max_length == 3u);
  CHECK(type_of("array").parameters.empty());
}

TEST_CASE("geometry, file, references and table types carry names") {
  Type geometry = type_of("geometry<point|polygon>");
  CHECK(geometry.kind == Type::Kind::Geometry);
  CHECK(geometry.names == std::vector<std::string>{"point", "polygon"});
  Type file = type_of("file<avatars>");
  CHECK(file.kind == Type::Kind::File);
  CHECK(file.names == std::vector<std::string>{"avatars"});
  CHECK(type_of("references<comment>").kind == Type::Kind::References);
  CHECK(type_of("references").kind == Type::Kind::References);
  CHECK(type_of("table<a|b>").names == std::vector<std::string>{"a", "b"});
}

TEST_CASE("unions and literal types") {
  Type either = type_of("string | int | none");
  CHECK(either.kind == Type::Kind::Either);
  CHECK(either.parameters.size() == 3);
  Type literal = type_of("\"draft\" | \"published\"");
  REQUIRE(literal.parameters.size() == 2);
  CHECK(literal.parameters[0].kind == Type::Kind::Literal);
  CHECK(literal.parameters[0].literal_text == "\"draft\"");
  CHECK(type_of("1 | 2 | 3").parameters[2].literal_text == "3");
  CHECK(type_of("true").kind == Type::Kind::Literal);
}

TEST_CASE("literal object and array types") {
  Type object = type_of("{ name: string, age: option<int> }");
  CHECK(object.kind == Type::Kind::LiteralObject);
  REQUIRE(object.object_fields.size() == 2);
  CHECK(object.object_fields[0].name == "name");
  CHECK(object.object_fields[1].type[0].kind == Type::Kind::Option);
  Type tuple = type_of("[string, int]");
  CHECK(tuple.kind == Type::Kind::LiteralArray);
  CHECK(tuple.parameters.size() == 2);
}

TEST_CASE("unknown types and malformed parameters are errors") {
  CHECK(parse_errors("DEFINE FIELD f ON t TYPE strin;") == "test.surql:1:26: error: unknown type `strin`\n");
  CHECK(parse_errors("DEFINE FIELD f ON t TYPE array<int, x>;").find("expected a maximum length") !=
        std::string::npos);
  CHECK(parse_errors("DEFINE FIELD f ON t TYPE option<int, string>;").find("option<T>") != std::string::npos);
}

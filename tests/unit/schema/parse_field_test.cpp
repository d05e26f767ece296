// DEFINE FIELD: clauses, idiom names, expression capture.
#include <doctest/doctest.h>

#include "schema_test_support.hpp"

using namespace surrealpp::schema;
using surrealpp::schema::test::only;
using surrealpp::schema::test::parse_ok;

TEST_CASE("DEFINE FIELD with TYPE, DEFAULT ALWAYS, VALUE, ASSERT, READONLY, COMMENT") {
  const auto& field = only<FieldDefinition>(
      parse_ok("DEFINE FIELD OVERWRITE email ON TABLE user TYPE string DEFAULT ALWAYS 'x@y.z' VALUE "
               "string::lowercase($value) "
               "ASSERT string::is_email($value) AND $value != NONE READONLY COMMENT \"mail\";"));
  CHECK(field.mode == DefineMode::Overwrite);
  CHECK(field.name.value == "email");
  CHECK(field.table.value == "user");
  REQUIRE(field.type);
  CHECK(field.type->kind == Type::Kind::String);
  CHECK(field.default_value->text == "'x@y.z'");
  CHECK(field.default_always);
  CHECK(field.value->text == "string::lowercase($value)");
  CHECK(field.assertion->text == "string::is_email($value) AND $value != NONE");
  CHECK(field.readonly);
  CHECK(field.comment->text == "\"mail\"");
}

TEST_CASE("ASSERT keeps IN, INSIDE and keyword-named members such as $value.type") {
  const auto& field =
      only<FieldDefinition>(parse_ok("DEFINE FIELD kind ON t TYPE string ASSERT $value IN ['a', 'b'] AND "
                                     "$parent.type != 'x' PERMISSIONS FULL;"));
  CHECK(field.assertion->text == "$value IN ['a', 'b'] AND $parent.type != 'x'");
  REQUIRE(field.permissions);
}

TEST_CASE("COMPUTED, and 3.x FLEXIBLE after an object type") {
  const auto& computed =
      only<FieldDefinition>(parse_ok("DEFINE FIELD total ON order COMPUTED price * quantity;"));
  CHECK(computed.computed->text == "price * quantity");
  const auto& flexible =
      only<FieldDefinition>(parse_ok("DEFINE FIELD meta ON t TYPE option<object> FLEXIBLE;"));
  CHECK(flexible.flexible);
  CHECK(only<FieldDefinition>(parse_ok("DEFINE FIELD m ON t TYPE object FLEXI;")).flexible);
  CHECK(only<FieldDefinition>(parse_ok("DEFINE FIELD m ON t TYPE object FLEX;")).flexible);
}

TEST_CASE("2.x accepts FLEXIBLE before TYPE") {
  const auto& field =
      only<FieldDefinition>(parse_ok("DEFINE FIELD meta ON t FLEXIBLE TYPE object;", Syntax::V2));
  CHECK(field.flexible);
  CHECK(field.type->kind == Type::Kind::Object);
}

TEST_CASE("REFERENCE with each ON DELETE action") {
  CHECK_FALSE(
      only<FieldDefinition>(parse_ok("DEFINE FIELD a ON t TYPE record<u> REFERENCE;")).reference->then);
  CHECK(only<FieldDefinition>(parse_ok("DEFINE FIELD a ON t TYPE record<u> REFERENCE ON DELETE CASCADE;"))
            .reference->on_delete == Reference::OnDelete::Cascade);
  CHECK(only<FieldDefinition>(parse_ok("DEFINE FIELD a ON t TYPE record<u> REFERENCE ON DELETE REJECT;"))
            .reference->on_delete == Reference::OnDelete::Reject);
  CHECK(only<FieldDefinition>(parse_ok("DEFINE FIELD a ON t TYPE record<u> REFERENCE ON DELETE IGNORE;"))
            .reference->on_delete == Reference::OnDelete::Ignore);
  CHECK(only<FieldDefinition>(parse_ok("DEFINE FIELD a ON t TYPE record<u> REFERENCE ON DELETE UNSET;"))
            .reference->on_delete == Reference::OnDelete::Unset);
  const auto& then = only<FieldDefinition>(
      parse_ok("DEFINE FIELD a ON t TYPE record<u> REFERENCE ON DELETE THEN UPDATE $this SET gone = true;"));
  CHECK(then.reference->on_delete == Reference::OnDelete::Then);
  CHECK(then.reference->then->text == "UPDATE $this SET gone = true");
}

TEST_CASE("field names are idioms: nested, array elements, escaped parts") {
  CHECK(only<FieldDefinition>(parse_ok("DEFINE FIELD address.city ON person TYPE string;")).name.value ==
        "address.city");
  CHECK(only<FieldDefinition>(parse_ok("DEFINE FIELD tags[*] ON post TYPE string;")).name.value == "tags[*]");
  CHECK(only<FieldDefinition>(parse_ok("DEFINE FIELD tags.* ON post TYPE string;")).name.value == "tags.*");
  CHECK(only<FieldDefinition>(parse_ok("DEFINE FIELD `a b`.c ON t;")).name.value == "a b.c");
}

TEST_CASE("VALUE blocks and legacy IF … THEN … END keep their full text") {
  const auto& block = only<FieldDefinition>(
      parse_ok("DEFINE FIELD n ON t VALUE { LET $x = 1; RETURN $x + 1; } COMMENT 'c';"));
  CHECK(block.value->text == "{ LET $x = 1; RETURN $x + 1; }");
  const auto& legacy =
      only<FieldDefinition>(parse_ok("DEFINE FIELD n ON t VALUE IF $value THEN 1 ELSE 2 END DEFAULT 0;"));
  CHECK(legacy.value->text == "IF $value THEN 1 ELSE 2 END");
  CHECK(legacy.default_value->text == "0");
}

TEST_CASE("a 3.x parameter as field and table name") {
  const auto& field = only<FieldDefinition>(parse_ok("DEFINE FIELD $name ON $table TYPE int;"));
  CHECK(field.name.form == Name::Form::Parameter);
  CHECK(field.name.value == "name");
  CHECK(field.table.form == Name::Form::Parameter);
  CHECK(field.table.value == "table");
}

TEST_CASE("2.x field PERMISSIONS FOR delete is accepted with --syntax 2") {
  const auto& field = only<FieldDefinition>(
      parse_ok("DEFINE FIELD a ON t PERMISSIONS FOR select, delete WHERE true;", Syntax::V2));
  CHECK(field.permissions->rules[0].actions.size() == 2);
}

TEST_CASE("the flatten operator as INFO prints it (`…`) reads as `...`") {
  const auto& field = only<FieldDefinition>(parse_ok("DEFINE FIELD flatten… ON tab PERMISSIONS FULL;"));
  CHECK(field.name.value == "flatten...");
  CHECK(field.table.value == "tab");
}

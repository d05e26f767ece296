#include <doctest/doctest.h>

#include "render/surql_text.hpp"

using namespace surrealpp::schema;
using namespace surrealpp::schema::render;

TEST_CASE("plain identifiers stay bare") {
  CHECK(escape_identifier("user") == "user");
  CHECK(escape_identifier("_x1") == "_x1");
  CHECK(escape_identifier("any") == "any");
}

TEST_CASE("reserved words, odd characters and leading digits get backticks") {
  CHECK(escape_identifier("select") == "`select`");
  CHECK(escape_identifier("VALUE") == "`VALUE`");
  CHECK(escape_identifier("weird name") == "`weird name`");
  CHECK(escape_identifier("1abc") == "`1abc`");
  CHECK(escape_identifier("") == "``");
  CHECK(escape_identifier("NaN") == "`NaN`");
}

TEST_CASE("backticked identifiers escape backslash, backtick and control characters") {
  CHECK(escape_identifier("a`b") == "`a\\`b`");
  CHECK(escape_identifier("\\") == "`\\\\`");
  CHECK(escape_identifier("\n") == "`\\n`");
  CHECK(escape_identifier(std::string(1, '\0')) == "`\\0`");
}

TEST_CASE("keyword-free positions do not escape reserved words") {
  CHECK(escape_keyword_free_identifier("select") == "select");
  CHECK(escape_keyword_free_identifier("a-b") == "`a-b`");
}

TEST_CASE("strings use single quotes unless they hold one") {
  CHECK(quote_string("foo") == "'foo'");
  CHECK(quote_string("it's") == "\"it's\"");
  CHECK(quote_string("a\\b") == "'a\\\\b'");
  CHECK(quote_string("say \"hi\"") == "'say \"hi\"'");
}

TEST_CASE("string literal values are recognised only for a single literal") {
  CHECK(string_literal_value("'foo'") == "foo");
  CHECK(string_literal_value("\"it's\"") == "it's");
  CHECK_FALSE(string_literal_value("'a' + 'b'").has_value());
  CHECK_FALSE(string_literal_value("$comment").has_value());
}

TEST_CASE("field idioms follow the syntax's array element spelling") {
  Name name;
  name.text = name.value = "tags[*]";
  CHECK(render_field_idiom(name, Syntax::V3) == "tags.*");
  name.text = name.value = "a.*.b";
  CHECK(render_field_idiom(name, Syntax::V2) == "a[*].b");
  name.text = name.value = "value";
  CHECK(render_field_idiom(name, Syntax::V3) == "`value`");
  name.text = "`a.*`.b";
  CHECK(render_field_idiom(name, Syntax::V2) == "`a.*`.b");
}

TEST_CASE("is-functions are renamed between 2.x and 3.x, outside strings only") {
  CHECK(adapt_expression("string::is::email($value)", Syntax::V3) == "string::is_email($value)");
  CHECK(adapt_expression("type::is::string(x) AND string::is::url(y)", Syntax::V3) ==
        "type::is_string(x) AND string::is_url(y)");
  CHECK(adapt_expression("string::is_email($value)", Syntax::V2) == "string::is::email($value)");
  CHECK(adapt_expression("'string::is::email' + string::len(x)", Syntax::V3) ==
        "'string::is::email' + string::len(x)");
  CHECK(adapt_expression("mystring::is::x()", Syntax::V3) == "mystring::is::x()");
}

TEST_CASE("a trailing line comment is detected") {
  CHECK(ends_in_line_comment("SELECT 1 -- why"));
  CHECK(ends_in_line_comment("SELECT 1 # why"));
  CHECK_FALSE(ends_in_line_comment("SELECT '-- not a comment'"));
  CHECK_FALSE(ends_in_line_comment("SELECT 1 -- why\n"));
}

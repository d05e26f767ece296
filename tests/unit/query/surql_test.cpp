#include <doctest/doctest.h>

#include <surreal/query/surql.hpp>

using surreal::escape_field_path;
using surreal::escape_identifier;

TEST_CASE("plain identifiers are written as they are") {
  CHECK(escape_identifier("user") == "user");
  CHECK(escape_identifier("best_friend") == "best_friend");
  CHECK(escape_identifier("_x9") == "_x9");
  CHECK(escape_identifier("in") == "in");
  CHECK(escape_identifier("out") == "out");
  CHECK(escape_identifier("id") == "id");
}

TEST_CASE("identifiers SurrealDB would not read as names are backtick-escaped") {
  CHECK(escape_identifier("my-table") == "`my-table`");
  CHECK(escape_identifier("1abc") == "`1abc`");
  CHECK(escape_identifier("") == "``");
  CHECK(escape_identifier("a b") == "`a b`");
  CHECK(escape_identifier("é") == "`é`");
}

TEST_CASE("keywords that break a statement are escaped, whatever their case") {
  CHECK(escape_identifier("select") == "`select`");
  CHECK(escape_identifier("SELECT") == "`SELECT`");
  CHECK(escape_identifier("true") == "`true`");
  CHECK(escape_identifier("none") == "`none`");
  CHECK(escape_identifier("null") == "`null`");
  CHECK(escape_identifier("where") == "`where`");
  CHECK(escape_identifier("and") == "`and`");
}

TEST_CASE("backticks and backslashes inside an escaped identifier get a backslash") {
  CHECK(escape_identifier("a`b") == "`a\\`b`");
  CHECK(escape_identifier("a\\b") == "`a\\\\b`");
}

TEST_CASE("field paths are escaped part by part") {
  CHECK(escape_field_path("address.city") == "address.city");
  CHECK(escape_field_path("my-field.x") == "`my-field`.x");
  CHECK(escape_field_path("a.select") == "a.`select`");
  CHECK(escape_field_path("name") == "name");
}

TEST_CASE("the writer binds values as $p0, $p1, … in text order") {
  surreal::SurqlWriter w;
  w.append("a = ").value(1).append(" AND b = ").value("x");
  CHECK(w.bound() == 2);
  auto q = std::move(w).finish();
  CHECK(q.text == "a = $p0 AND b = $p1");
  CHECK(q.vars.size() == 2);
  CHECK(q.vars.at("p0") == surreal::Value(1));
  CHECK(q.vars.at("p1") == surreal::Value("x"));
}

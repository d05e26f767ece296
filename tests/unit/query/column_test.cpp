#include <doctest/doctest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "query_test_support.hpp"

using namespace query_test;
using surreal::RecordId;
using surreal::Value;

TEST_CASE("comparison operators bind the value") {
  CHECK(text(app::user.age == 18) == "age = $p0");
  CHECK(text(app::user.age != 18) == "age != $p0");
  CHECK(text(app::user.score < 18) == "score < $p0");
  CHECK(text(app::user.score <= 18) == "score <= $p0");
  CHECK(text(app::user.age > 18) == "age > $p0");
  CHECK(text(app::user.age >= 18) == "age >= $p0");
  CHECK(vars(app::user.age >= 18) == "{ p0: 18 }");
}

TEST_CASE("< and <= on an optional column skip rows without a value (NONE orders before numbers)") {
  CHECK(text(app::user.age < 18) == "(age IS NOT NONE AND age IS NOT NULL AND age < $p0)");
  CHECK(text(app::user.age <= 18) == "(age IS NOT NONE AND age IS NOT NULL AND age <= $p0)");
  CHECK(text(app::user.age > 18) == "age > $p0");
}

TEST_CASE("a number compared with an int column keeps its value (no truncation)") {
  auto c = (app::user.age > 17.5).to_surql();
  CHECK(c.vars.at("p0") == Value(17.5));
}

TEST_CASE("strings of every C++ spelling bind as strings") {
  CHECK(vars(app::user.name == "Ann") == "{ p0: 'Ann' }");
  CHECK(vars(app::user.name == std::string("Ann")) == "{ p0: 'Ann' }");
  CHECK(vars(app::user.name == std::string_view("Ann")) == "{ p0: 'Ann' }");
}

TEST_CASE("enum columns bind the enum's name") {
  CHECK(vars(app::user.role == app::Role::Admin) == "{ p0: 'admin' }");
}

TEST_CASE("link columns compare with record ids and links, binding the id") {
  RecordId bob("user", "bob");
  CHECK(text(app::user.best_friend == bob) == "best_friend = $p0");
  CHECK(vars(app::user.best_friend == bob) == "{ p0: user:bob }");
  CHECK(vars(app::user.best_friend == surreal::Link<app::User>(bob)) == "{ p0: user:bob }");
  CHECK(vars(app::follows.in == bob) == "{ p0: user:bob }");
  CHECK(vars(app::user.id == bob) == "{ p0: user:bob }");
}

TEST_CASE("nested object columns: the sub-columns use the full path, the object compares whole") {
  CHECK(text(app::user.address.city == "Paris") == "address.city = $p0");
  CHECK(text(app::user.address.zip.is_none()) == "address.zip IS NONE");
  auto whole = (app::user.address == app::UserAddress{"Paris", "75001"}).to_surql();
  CHECK(whole.text == "address = $p0");
  CHECK(vars(whole) == "{ p0: { city: 'Paris', zip: '75001' } }");
}

TEST_CASE("&& || ! combine with the parentheses SurrealQL precedence needs") {
  auto c = app::user.age >= 18 && (app::user.name == "A" || app::user.name == "B");
  CHECK(text(c) == "age >= $p0 AND (name = $p1 OR name = $p2)");
  CHECK(vars(c) == "{ p0: 18, p1: 'A', p2: 'B' }");
  CHECK(text((app::user.age >= 18 && app::user.score < 65) || app::user.name == "x") ==
        "age >= $p0 AND score < $p1 OR name = $p2");
  CHECK(text(!(app::user.age > 3)) == "!(age > $p0)");
  CHECK(text(!(app::user.age > 3 || app::user.score < 1)) == "!(age > $p0 OR score < $p1)");
}

TEST_CASE("a condition renumbers its parameters from $p0 each time it is written") {
  auto c = app::user.age > 1;
  CHECK(c.to_surql().text == "age > $p0");
  CHECK(c.to_surql().text == "age > $p0");
}

TEST_CASE("IN and NOT IN bind one array") {
  CHECK(text(app::user.age.in({18, 21})) == "age IN $p0");
  CHECK(vars(app::user.age.in({18, 21})) == "{ p0: [18, 21] }");
  std::vector<std::string> names{"a", "b"};
  CHECK(vars(app::user.name.in(names)) == "{ p0: ['a', 'b'] }");
  CHECK(text(app::user.name.not_in(names)) == "name NOT IN $p0");
  CHECK(vars(app::user.role.in({app::Role::Admin})) == "{ p0: ['admin'] }");
  CHECK(vars(app::user.best_friend.in({RecordId("user", "a")})) == "{ p0: [user:a] }");
}

TEST_CASE("NONE and NULL tests") {
  CHECK(text(app::user.age.is_none()) == "age IS NONE");
  CHECK(text(app::user.age.is_not_none()) == "age IS NOT NONE");
  CHECK(text(app::user.age.is_null()) == "age IS NULL");
  CHECK(text(app::user.age.is_not_null()) == "age IS NOT NULL");
  CHECK(app::user.age.is_none().to_surql().vars.empty());
}

TEST_CASE("string helpers on a required string column") {
  CHECK(text(app::user.name.starts_with("A")) == "string::starts_with(name, $p0)");
  CHECK(text(app::user.name.ends_with("z")) == "string::ends_with(name, $p0)");
  CHECK(text(app::user.name.contains("nn")) == "name CONTAINS $p0");
  CHECK(text(app::user.name.icontains("NN")) ==
        "string::contains(string::lowercase(name), string::lowercase($p0))");
  CHECK(text(app::user.name.istarts_with("a")) ==
        "string::starts_with(string::lowercase(name), string::lowercase($p0))");
  CHECK(text(app::user.name.iends_with("a")) ==
        "string::ends_with(string::lowercase(name), string::lowercase($p0))");
  CHECK(text(app::user.name.iexact("ANN")) == "string::lowercase(name) = string::lowercase($p0)");
  CHECK(text(app::user.name.regex("^A.*n$")) == "string::matches(name, $p0)");
  CHECK(vars(app::user.name.regex("^A.*n$")) == "{ p0: '^A.*n$' }");
  CHECK(text(app::user.name.matches("quick fox")) == "name @@ $p0");
  CHECK(text(app::user.name.matches("quick fox", 1)) == "name @1@ $p0");
}

TEST_CASE("LIKE patterns become anchored regular expressions with the rest escaped") {
  CHECK(surreal::like_to_regex("a%b_", false) == "(?s)^a.*b.$");
  CHECK(surreal::like_to_regex("a.b", false) == "(?s)^a\\.b$");
  CHECK(surreal::like_to_regex("50\\%", false) == "(?s)^50%$");
  CHECK(surreal::like_to_regex("x\\_y", true) == "(?is)^x_y$");
  CHECK(surreal::like_to_regex("(a)[b]*", false) == "(?s)^\\(a\\)\\[b\\]\\*$");
  CHECK(text(app::user.name.like("A%")) == "string::matches(name, $p0)");
  CHECK(vars(app::user.name.like("A%")) == "{ p0: '(?s)^A.*$' }");
  CHECK(vars(app::user.name.ilike("a%")) == "{ p0: '(?is)^a.*$' }");
}

TEST_CASE("string helpers on an optional column guard against NONE and NULL") {
  CHECK(text(app::user.bio.starts_with("x")) ==
        "(bio IS NOT NONE AND bio IS NOT NULL AND string::starts_with(bio, $p0))");
  CHECK(text(app::user.bio.icontains("x")) ==
        "(bio IS NOT NONE AND bio IS NOT NULL AND string::contains(string::lowercase(bio), "
        "string::lowercase($p0)))");
  CHECK(text(app::user.bio.contains("x")) == "bio CONTAINS $p0");  // CONTAINS answers false on NONE by itself
}

TEST_CASE("array helpers") {
  CHECK(text(app::user.tags.contains("admin")) == "tags CONTAINS $p0");
  CHECK(vars(app::user.tags.contains("admin")) == "{ p0: 'admin' }");
  CHECK(text(app::user.tags.contains_not("admin")) == "tags CONTAINSNOT $p0");
  CHECK(text(app::user.tags.contains_any({"a", "b"})) == "tags CONTAINSANY $p0");
  CHECK(vars(app::user.tags.contains_any({"a", "b"})) == "{ p0: ['a', 'b'] }");
  CHECK(text(app::user.tags.contains_all({"a"})) == "tags CONTAINSALL $p0");
  std::vector<std::string> none_of{"x", "y"};
  CHECK(text(app::user.tags.contains_none(none_of)) == "tags CONTAINSNONE $p0");
  CHECK(vars(app::user.tags.contains_none(none_of)) == "{ p0: ['x', 'y'] }");
}

TEST_CASE("vector search") {
  auto knn = app::doc.embedding.knn({0.5, 1.5}, 3, "cosine").to_surql();
  CHECK(knn.text == "embedding <|3,COSINE|> $p0");
  CHECK(vars(knn) == "{ p0: [0.5f, 1.5f] }");
  CHECK(text(app::doc.embedding.nearest({0.5, 1.5}, 2, std::size_t{40})) == "embedding <|2,40|> $p0");
  CHECK(text(app::doc.embedding.nearest({0.5}, 2, "EUCLIDEAN")) == "embedding <|2,EUCLIDEAN|> $p0");
  CHECK(text(app::doc.embedding.knn({0.5}, 2, "minkowski 3")) == "embedding <|2,MINKOWSKI 3|> $p0");
}

TEST_CASE("an unknown vector distance is refused before it reaches the text") {
  CHECK_THROWS_AS(app::doc.embedding.knn({0.5}, 2, "COSINE|> 1; DELETE user; --"), surreal::QueryBuildError);
  CHECK_THROWS_WITH(app::doc.embedding.knn({0.5}, 2, "L2"),
                    doctest::Contains("unknown vector distance `L2`"));
}

TEST_CASE("order terms") {
  surreal::SurqlWriter w;
  app::user.name.desc().write(w);
  w.append(", ");
  app::user.age.asc().write(w);
  w.append(", ");
  app::user.name.asc().with_collate().with_numeric().write(w);
  CHECK(w.text() == "name DESC, age ASC, name COLLATE NUMERIC ASC");
}

template <class Table>
std::string assignment_text(const surreal::Assignment<Table>& a) {
  surreal::SurqlWriter w;
  a.write(w);
  auto q = std::move(w).finish();
  return q.text + " " + vars(q);
}

TEST_CASE("assignments convert the value to the column's type") {
  CHECK(assignment_text(app::user.age = 40) == "age = $p0 { p0: 40 }");
  CHECK(assignment_text(app::user.score = 2) == "score = $p0 { p0: 2f }");  // an int stored in a float field
  CHECK(assignment_text(app::user.name = "Bob") == "name = $p0 { p0: 'Bob' }");
  CHECK(assignment_text(app::user.age = std::nullopt) == "age = $p0 { p0: NONE }");
  CHECK(assignment_text(app::user.tags = {"a", "b"}) == "tags = $p0 { p0: ['a', 'b'] }");
  CHECK(assignment_text(app::user.role = app::Role::Admin) == "role = $p0 { p0: 'admin' }");
  CHECK(assignment_text(app::user.best_friend = RecordId("user", "bob")) ==
        "best_friend = $p0 { p0: user:bob }");
  CHECK(assignment_text(app::user.address = app::UserAddress{"Rome", std::nullopt}) ==
        "address = $p0 { p0: { city: 'Rome' } }");
  CHECK(assignment_text(app::user.address.city = "Oslo") == "address.city = $p0 { p0: 'Oslo' }");
}

TEST_CASE("+= and -= on numbers and arrays") {
  CHECK(assignment_text(app::user.score += 1.5) == "score += $p0 { p0: 1.5f }");
  CHECK(assignment_text(app::user.age -= 1) == "age -= $p0 { p0: 1 }");
  CHECK(assignment_text(app::user.tags += "vip") == "tags += $p0 { p0: 'vip' }");
  CHECK(assignment_text(app::user.tags -= "old") == "tags -= $p0 { p0: 'old' }");
}

TEST_CASE("column descriptors are constexpr and carry their path") {
  static_assert(app::user.name.path == "name");
  static_assert(app::user.address.city.path == "address.city");
  static_assert(app::user.address.path == "address");
  static_assert(surreal::TableDescriptor<app::UserTable>);
  static_assert(!surreal::TableDescriptor<app::User>);
  static_assert(surreal::RelationDescriptor<app::FollowsTable>);
  static_assert(!surreal::RelationDescriptor<app::UserTable>);
  static_assert(surreal::find_column<app::UserTable>("address.city")->kind == surreal::ColumnKind::String);
  static_assert(surreal::find_column<app::UserTable>("nope") == nullptr);
  CHECK(surreal::table_name_of<app::UserTable>() == "user");
}

// What must not compile is proven by tests/compile_fail; these are the same rules seen through the concepts.
static_assert(surreal::ColumnValue<std::optional<std::int64_t>, int>);
static_assert(!surreal::ColumnValue<std::optional<std::int64_t>, const char*>);
static_assert(!surreal::ColumnValue<std::optional<std::int64_t>, bool>);
static_assert(!surreal::ColumnValue<std::string, int>);
static_assert(surreal::ColumnValue<std::string, std::string_view>);
static_assert(surreal::ColumnValue<surreal::Link<app::User>, surreal::RecordId>);
static_assert(!surreal::ColumnValue<surreal::Link<app::User>, std::string>);
static_assert(!surreal::ColumnValue<surreal::RecordId, const char*>);
static_assert(!surreal::ColumnValue<app::Role, int>);
static_assert(!surreal::ColumnAssignable<std::int64_t, double>);
static_assert(surreal::ColumnAssignable<double, int>);
static_assert(surreal::ColumnAssignable<std::optional<std::int64_t>, std::nullopt_t>);
static_assert(!surreal::ColumnAssignable<std::int64_t, std::nullopt_t>);
static_assert(!surreal::OrderedColumnValue<app::Role, app::Role>);
static_assert(surreal::StringColumn<std::optional<std::string>>);
static_assert(!surreal::StringColumn<std::vector<std::string>>);
static_assert(surreal::VectorColumn<std::vector<double>>);
static_assert(!surreal::VectorColumn<std::vector<std::string>>);
static_assert(surreal::LinkColumn<std::optional<surreal::Link<app::User>>>);

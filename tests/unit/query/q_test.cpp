#include <doctest/doctest.h>

#include <string>

#include "query_test_support.hpp"

using namespace query_test;
using surreal::Q;
using surreal::Value;

namespace {
std::string q_text(const Q& q) { return q.on<app::UserTable>().to_surql().text; }
std::string q_vars(const Q& q) { return vars(q.on<app::UserTable>().to_surql()); }
}  // namespace

TEST_CASE("a key without lookup means exact") {
  CHECK(q_text(Q{"name", "Ann"}) == "name = $p0");
  CHECK(q_text(Q{"name__exact", "Ann"}) == "name = $p0");
  CHECK(q_vars(Q{"name", "Ann"}) == "{ p0: 'Ann' }");
}

TEST_CASE("comparison lookups") {
  CHECK(q_text(Q{"age__gt", 18}) == "age > $p0");
  CHECK(q_text(Q{"age__gte", 18}) == "age >= $p0");
  CHECK(q_text(Q{"score__lt", 18}) == "score < $p0");
  CHECK(q_text(Q{"score__lte", 18}) == "score <= $p0");
  // On an optional column lt / lte skip rows without a value (NONE orders before every number).
  CHECK(q_text(Q{"age__lt", 18}) == "(age IS NOT NONE AND age IS NOT NULL AND age < $p0)");
  CHECK(q_text(Q{"age__lte", 18}) == "(age IS NOT NONE AND age IS NOT NULL AND age <= $p0)");
  CHECK(q_text(Q{"age__ne", 18}) == "age != $p0");
  CHECK(q_vars(Q{"age__gte", 18}) == "{ p0: 18 }");
}

TEST_CASE("in and not_in need an array") {
  CHECK(q_text(Q{"age__in", Value::array({1, 2})}) == "age IN $p0");
  CHECK(q_text(Q{"name__not_in", Value::array({"a"})}) == "name NOT IN $p0");
  CHECK_THROWS_WITH(q_text(Q{"age__in", 3}),
                    doctest::Contains("lookup `in` needs an array of values, got int 3"));
  CHECK_THROWS_WITH(q_text(Q{"age__in", Value::array({1, "x"})}), doctest::Contains("got string 'x'"));
}

TEST_CASE("contains means substring on strings and element on arrays") {
  CHECK(q_text(Q{"name__contains", "nn"}) == "name CONTAINS $p0");
  CHECK(q_text(Q{"tags__contains", "admin"}) == "tags CONTAINS $p0");
  CHECK_THROWS_WITH(q_text(Q{"tags__contains", 3}), doctest::Contains("needs a string element"));
  CHECK_THROWS_AS(q_text(Q{"age__contains", 3}), surreal::QueryBuildError);
}

TEST_CASE("case-insensitive lookups lower both sides") {
  CHECK(q_text(Q{"name__icontains", "NN"}) ==
        "string::contains(string::lowercase(name), string::lowercase($p0))");
  CHECK(q_text(Q{"name__istartswith", "a"}) ==
        "string::starts_with(string::lowercase(name), string::lowercase($p0))");
  CHECK(q_text(Q{"name__iendswith", "a"}) ==
        "string::ends_with(string::lowercase(name), string::lowercase($p0))");
  CHECK(q_text(Q{"name__iexact", "ANN"}) == "string::lowercase(name) = string::lowercase($p0)");
}

TEST_CASE("prefix and suffix lookups") {
  CHECK(q_text(Q{"name__startswith", "A"}) == "string::starts_with(name, $p0)");
  CHECK(q_text(Q{"name__endswith", "n"}) == "string::ends_with(name, $p0)");
}

TEST_CASE("like, ilike, regex, iregex and match") {
  CHECK(q_text(Q{"name__like", "A_n%"}) == "string::matches(name, $p0)");
  CHECK(q_vars(Q{"name__like", "A_n%"}) == "{ p0: '(?s)^A.n.*$' }");
  CHECK(q_vars(Q{"name__ilike", "a%"}) == "{ p0: '(?is)^a.*$' }");
  CHECK(q_text(Q{"name__regex", "^A"}) == "string::matches(name, $p0)");
  CHECK(q_vars(Q{"name__regex", "^A"}) == "{ p0: '^A' }");
  CHECK(q_vars(Q{"name__iregex", "^a"}) == "{ p0: '(?i)^a' }");
  CHECK(q_text(Q{"name__match", "quick"}) == "name @@ $p0");
}

TEST_CASE("isnull tests NONE and NULL (not `IS true`)") {
  CHECK(q_text(Q{"age__isnull", true}) == "(age IS NONE OR age IS NULL)");
  CHECK(q_text(Q{"age__isnull", false}) == "(age IS NOT NONE AND age IS NOT NULL)");
  CHECK(q_vars(Q{"age__isnull", true}) == "{}");
  CHECK_THROWS_WITH(q_text(Q{"age__isnull", 1}), doctest::Contains("needs true or false"));
}

TEST_CASE("string lookups on optional columns are guarded") {
  CHECK(q_text(Q{"bio__istartswith", "x"}) ==
        "(bio IS NOT NONE AND bio IS NOT NULL AND string::starts_with(string::lowercase(bio), "
        "string::lowercase($p0)))");
}

TEST_CASE("nested fields by dot or double underscore") {
  CHECK(q_text(Q{"address.city__iexact", "oslo"}) ==
        "string::lowercase(address.city) = string::lowercase($p0)");
  CHECK(q_text(Q{"address__city__iexact", "oslo"}) ==
        "string::lowercase(address.city) = string::lowercase($p0)");
  CHECK(q_text(Q{"address__city", "Oslo"}) == "address.city = $p0");
}

TEST_CASE("| & ~ combine like && || !") {
  auto f = (Q{"age__gte", 18} | Q{"name__istartswith", "a"}) & ~Q{"role", "admin"};
  CHECK(q_text(f) ==
        "(age >= $p0 OR string::starts_with(string::lowercase(name), string::lowercase($p1))) AND !(role = "
        "$p2)");
  CHECK(q_vars(f) == "{ p0: 18, p1: 'a', p2: 'admin' }");
}

TEST_CASE("a typed select validates and renders its Q filters") {
  auto q = surreal::select(app::user).where(Q{"age__gte", 18} | Q{"name__istartswith", "a"}).to_surql();
  CHECK(q.text ==
        "SELECT * FROM user WHERE age >= $p0 OR string::starts_with(string::lowercase(name), "
        "string::lowercase($p1))");
}

TEST_CASE("an unknown field is named") {
  CHECK_THROWS_AS(surreal::select(app::user).where(Q{"agee__gte", 18}), surreal::QueryBuildError);
  CHECK_THROWS_WITH(surreal::select(app::user).where(Q{"agee__gte", 18}),
                    "Q{\"agee__gte\"} on table `user`: unknown field `agee`");
  CHECK_THROWS_WITH(q_text(Q{"address.town", "x"}), doctest::Contains("unknown field `address.town`"));
}

TEST_CASE("an unknown lookup is named") {
  CHECK_THROWS_WITH(q_text(Q{"age__between", 3}), doctest::Contains("unknown lookup `between`"));
  CHECK_THROWS_WITH(q_text(Q{"name__startwith", "a"}), doctest::Contains("unknown lookup `startwith`"));
}

TEST_CASE("a lookup that does not fit the column kind throws instead of meaning something else") {
  CHECK_THROWS_WITH(
      q_text(Q{"age__istartswith", "1"}),
      doctest::Contains("lookup `istartswith` needs a string column, but `age` is a int column"));
  CHECK_THROWS_WITH(q_text(Q{"tags__gt", Value::array({"a"})}), doctest::Contains("needs an ordered column"));
  CHECK_THROWS_AS(q_text(Q{"tags__icontains", "a"}), surreal::QueryBuildError);
}

TEST_CASE("a value of the wrong kind throws (SurrealDB would compare kinds, not values)") {
  CHECK_THROWS_WITH(q_text(Q{"age__gte", "18"}), doctest::Contains("needs a int value, got string '18'"));
  CHECK_THROWS_AS(q_text(Q{"name", 3}), surreal::QueryBuildError);
  CHECK_THROWS_AS(q_text(Q{"best_friend", "user:bob"}), surreal::QueryBuildError);
  CHECK(q_text(Q{"best_friend", surreal::RecordId("user", "bob")}) == "best_friend = $p0");
}

TEST_CASE("NONE / NULL only on optional columns") {
  CHECK(q_text(Q{"age", Value::null()}) == "age = $p0");
  CHECK_THROWS_AS(q_text(Q{"name", Value::null()}), surreal::QueryBuildError);
}

TEST_CASE("values with a Codec convert: enums by name, vectors as arrays") {
  CHECK(q_vars(Q{"role", app::Role::Admin}) == "{ p0: 'admin' }");
  CHECK(q_vars(Q{"age__in", std::vector<int>{17, 45}}) == "{ p0: [17, 45] }");
  CHECK(q_vars(Q{"name__in", std::vector<std::string>{"a"}}) == "{ p0: ['a'] }");
}

TEST_CASE("malformed keys") {
  CHECK_THROWS_WITH(q_text(Q{"age__", 1}), doctest::Contains("malformed key"));
  CHECK_THROWS_WITH(q_text(Q{"", 1}), doctest::Contains("malformed key"));
}

TEST_CASE("a relation's `in` column is a field, not the `in` lookup") {
  auto c = Q{"in", surreal::RecordId("user", "a")}.on<app::FollowsTable>().to_surql();
  CHECK(c.text == "in = $p0");
  auto d = Q{"in__in", Value::array({surreal::RecordId("user", "a")})}.on<app::FollowsTable>().to_surql();
  CHECK(d.text == "in IN $p0");
}

TEST_CASE("the documented lookups are all known") {
  for (const char* name :
       {"exact", "gt", "gte", "lt", "lte", "in", "not_in", "contains", "icontains", "startswith",
        "istartswith", "endswith", "iendswith", "like", "ilike", "match", "regex", "isnull"}) {
    CAPTURE(name);
    auto lookups = Q::lookups();
    CHECK(std::find(lookups.begin(), lookups.end(), std::string_view(name)) != lookups.end());
  }
}

#include <doctest/doctest.h>

#include "query_test_support.hpp"

using namespace query_test;
using surreal::RecordId;

TEST_CASE("a bare select") {
  auto q = surreal::select(app::user).to_surql();
  CHECK(q.text == "SELECT * FROM user");
  CHECK(q.vars.empty());
}

TEST_CASE("DESIGN.md's select: where, order, limit, start, fetch") {
  auto q = surreal::select(app::user)
               .where(app::user.age >= 18 && app::user.name.starts_with("A"))
               .order_by(app::user.name.desc())
               .limit(10)
               .start(20)
               .fetch(app::user.best_friend)
               .to_surql();
  CHECK(q.text ==
        "SELECT * FROM user WHERE age >= $p0 AND string::starts_with(name, $p1) ORDER BY name DESC LIMIT $p2 "
        "START $p3 "
        "FETCH best_friend");
  CHECK(vars(q) == "{ p0: 18, p1: 'A', p2: 10, p3: 20 }");
}

TEST_CASE("the contract's example text") {
  CHECK(surreal::select(app::user).where(app::user.age >= 18).to_surql().text ==
        "SELECT * FROM user WHERE age >= $p0");
}

TEST_CASE("several where() calls are ANDed, ORs keep their parentheses") {
  auto q = surreal::select(app::user)
               .where(app::user.age > 1 || app::user.score < 0)
               .where(app::user.name == "x")
               .to_surql();
  CHECK(q.text == "SELECT * FROM user WHERE (age > $p0 OR score < $p1) AND name = $p2");
}

TEST_CASE("several order terms, and a bare column orders ascending") {
  auto q = surreal::select(app::user)
               .order_by(app::user.role, app::user.age.desc())
               .order_by(app::user.name)
               .to_surql();
  CHECK(q.text == "SELECT * FROM user ORDER BY role ASC, age DESC, name ASC");
}

TEST_CASE("one record as the source") {
  auto q = surreal::select(app::user).record(RecordId("user", "ann")).to_surql();
  CHECK(q.text == "SELECT * FROM $p0");
  CHECK(vars(q) == "{ p0: user:ann }");
}

TEST_CASE("count() counts what where() selects") {
  auto q = surreal::select(app::user).where(app::user.age > 30).count_surql();
  CHECK(q.text == "SELECT count() AS count FROM user WHERE age > $p0 GROUP ALL");
}

TEST_CASE("count() with LIMIT / START counts the window through a subquery") {
  auto q = surreal::select(app::user)
               .where(app::user.age > 30)
               .order_by(app::user.age.asc())
               .limit(5)
               .count_surql();
  CHECK(q.text ==
        "SELECT count() AS count FROM (SELECT * FROM user WHERE age > $p0 ORDER BY age ASC LIMIT $p1) GROUP "
        "ALL");
  CHECK(vars(q) == "{ p0: 30, p1: 5 }");
}

TEST_CASE("group_by with aggregates") {
  auto q = surreal::select(app::user)
               .where(app::user.age.is_not_none())
               .group_by(app::user.role)
               .aggregate(surreal::count(), surreal::sum(app::user.age),
                          surreal::avg(app::user.age).as("mean_age"), surreal::min(app::user.score),
                          surreal::max(app::user.score))
               .to_surql();
  CHECK(q.text ==
        "SELECT role, count() AS count, math::sum(age) AS sum_age, math::mean(age) AS mean_age, "
        "math::min(score) AS "
        "min_score, math::max(score) AS max_score FROM user WHERE age IS NOT NONE GROUP BY role");
}

TEST_CASE("group by several columns, nested paths get a flat default alias") {
  auto q = surreal::select(app::user)
               .group_by(app::user.role, app::user.address.city)
               .aggregate(surreal::count().as("n"))
               .to_surql();
  CHECK(q.text == "SELECT role, address.city, count() AS n FROM user GROUP BY role, address.city");
  CHECK(surreal::sum(app::user.age).alias == "sum_age");
}

TEST_CASE("aggregates without group_by are over the whole selection") {
  auto q = surreal::select(app::user).aggregate(surreal::count(), surreal::max(app::user.age)).to_surql();
  CHECK(q.text == "SELECT count() AS count, math::max(age) AS max_age FROM user GROUP ALL");
}

TEST_CASE("scalar aggregates count the rows that have a value") {
  auto q = surreal::select(app::user)
               .where(app::user.role == app::Role::Admin)
               .scalar_aggregate_surql("math::max", "age");
  CHECK(q.text ==
        "SELECT math::max(age) AS value, count(age IS NOT NONE AND age IS NOT NULL) AS present FROM user "
        "WHERE role = "
        "$p0 GROUP ALL");
}

TEST_CASE("aliases that are keywords are escaped") {
  auto q = surreal::select(app::user).aggregate(surreal::count().as("select")).to_surql();
  CHECK(q.text == "SELECT count() AS `select` FROM user GROUP ALL");
}

TEST_CASE("graph traversal in, out, both and chained") {
  RecordId bob("user", "bob");
  auto in = surreal::select(app::user).where(app::user.id == bob).traverse_in(app::follows).to_surql();
  CHECK(
      in.text ==
      "SELECT * FROM array::distinct(array::flatten((SELECT VALUE <-follows<-? FROM user WHERE id = $p0)))");
  CHECK(vars(in) == "{ p0: user:bob }");
  auto out = surreal::select(app::user).where(app::user.id == bob).traverse_out(app::follows).to_surql();
  CHECK(
      out.text ==
      "SELECT * FROM array::distinct(array::flatten((SELECT VALUE ->follows->? FROM user WHERE id = $p0)))");
  auto both = surreal::select(app::user).traverse_both(app::follows).to_surql();
  CHECK(both.text ==
        "SELECT * FROM array::distinct(array::flatten((SELECT VALUE array::union(->follows->?, <-follows<-?) "
        "FROM "
        "user)))");
  auto after_both =
      surreal::select(app::user).traverse_both(app::follows).traverse_out(app::follows).to_surql();
  CHECK(
      after_both.text ==
      "SELECT * FROM array::distinct(array::flatten((SELECT VALUE array::flatten(array::union(->follows->?, "
      "<-follows<-?)->follows->?) FROM user)))");
  auto two = surreal::select(app::user)
                 .where(app::user.id == bob)
                 .traverse_out(app::follows)
                 .traverse_out(app::follows);
  CHECK(two.to_surql().text ==
        "SELECT * FROM array::distinct(array::flatten((SELECT VALUE ->follows->?->follows->? FROM user WHERE "
        "id = "
        "$p0)))");
  static_assert(std::is_same_v<decltype(two)::model, app::User>);
}

TEST_CASE("running an unbound query says how to bind it") {
  auto q = surreal::select(app::user);
  CHECK_THROWS_AS(q.all(), surreal::QueryBuildError);
  CHECK_THROWS_WITH(q.count(), doctest::Contains("not bound to a client"));
}

// Dynamic filters (surreal::Q) against the real engines: each lookup selects the rows it promises, on both
// engines.
#include <doctest/doctest.h>

#include "query_fixture.hpp"

using namespace query_it;
using surreal::Q;
using surreal::Value;

namespace {
Names filtered(surreal::Client& db, const Q& q) { return names(db.select(app::user).where(q).all()); }
}  // namespace

TEST_CASE("every lookup selects what it promises") {
  auto db = fresh_db();
  CHECK(filtered(db, Q{"name", "ann"}) == Names{"ann"});
  CHECK(filtered(db, Q{"name__exact", "bob"}) == Names{"bob"});
  CHECK(filtered(db, Q{"age__gt", 30}) == Names{"dan"});
  CHECK(filtered(db, Q{"age__gte", 30}) == Names{"ann", "dan"});
  CHECK(filtered(db, Q{"age__lt", 30}) == Names{"bob"});
  CHECK(filtered(db, Q{"age__lte", 30}) == Names{"ann", "bob"});
  CHECK(filtered(db, Q{"age__in", Value::array({17, 45, 99})}) == Names{"bob", "dan"});
  CHECK(filtered(db, Q{"name__not_in", Value::array({"ann"})}) == Names{"bob", "cid", "dan"});
  CHECK(filtered(db, Q{"name__contains", "i"}) == Names{"cid"});
  CHECK(filtered(db, Q{"tags__contains", "dev"}) == Names{"ann", "bob"});
  CHECK(filtered(db, Q{"bio__icontains", "QUICK"}) == Names{"ann", "dan"});
  CHECK(filtered(db, Q{"name__startswith", "d"}) == Names{"dan"});
  CHECK(filtered(db, Q{"bio__istartswith", "QUICK"}) == Names{"dan"});
  CHECK(filtered(db, Q{"name__endswith", "b"}) == Names{"bob"});
  CHECK(filtered(db, Q{"bio__iendswith", "SLEEP"}) == Names{"cid"});
  CHECK(filtered(db, Q{"name__iexact", "ANN"}) == Names{"ann"});
  CHECK(filtered(db, Q{"bio__like", "%brown%"}) == Names{"ann"});
  CHECK(filtered(db, Q{"bio__like", "%BROWN%"}).empty());
  CHECK(filtered(db, Q{"bio__ilike", "%BROWN%"}) == Names{"ann"});
  CHECK(filtered(db, Q{"bio__regex", "s{1}leep$"}) == Names{"cid"});
  CHECK(filtered(db, Q{"bio__iregex", "^QUICK"}) == Names{"dan"});
  CHECK(filtered(db, Q{"bio__match", "fox"}) == Names{"ann"});
  CHECK(filtered(db, Q{"age__isnull", true}) == Names{"cid"});
  CHECK(filtered(db, Q{"age__isnull", false}) == Names{"ann", "bob", "dan"});
  CHECK(filtered(db, Q{"bio__isnull", true}) == Names{"bob"});
  CHECK(filtered(db, Q{"address.city", "Oslo"}) == Names{"ann", "cid"});
  CHECK(filtered(db, Q{"address__zip__isnull", false}) == Names{"bob"});
  CHECK(filtered(db, Q{"role", "admin"}) == Names{"ann", "dan"});
  CHECK(filtered(db, Q{"best_friend", uid("bob")}) == Names{"dan"});
}

TEST_CASE("| & ~ combine lookups") {
  auto db = fresh_db();
  CHECK(filtered(db, Q{"age__gte", 40} | Q{"name__istartswith", "C"}) == Names{"cid", "dan"});
  CHECK(filtered(db, Q{"role", "admin"} & ~Q{"age__gt", 40}) == Names{"ann"});
  CHECK(filtered(db, ~(Q{"tags__contains", "dev"} | Q{"age__isnull", true})) == Names{"dan"});
}

TEST_CASE("a bad field or lookup throws before anything is sent") {
  auto db = fresh_db();
  CHECK_THROWS_WITH_AS(db.select(app::user).where(Q{"agee__gte", 18}),
                       doctest::Contains("unknown field `agee`"), surreal::QueryBuildError);
  CHECK_THROWS_WITH_AS(db.select(app::user).where(Q{"age__approx", 18}),
                       doctest::Contains("unknown lookup `approx`"), surreal::QueryBuildError);
  CHECK_THROWS_AS(db.update(app::user).where(Q{"age__gte", "18"}), surreal::QueryBuildError);
  CHECK(db.select(app::user).count() == 4);
}

// Typed update / upsert / delete / insert / relate against the real engines.
#include <doctest/doctest.h>

#include "query_fixture.hpp"

using namespace query_it;

TEST_CASE("update with set and where (DESIGN.md), checked by reading back") {
  auto db = fresh_db();
  auto changed = db.update(app::user).set(app::user.age = 40).where(app::user.name == "bob").run();
  REQUIRE(changed.size() == 1);
  CHECK(changed[0].age == std::optional<std::int64_t>(40));
  auto bob = db.select(app::user).record(uid("bob")).first();
  REQUIRE(bob);
  CHECK(bob->age == std::optional<std::int64_t>(40));
  CHECK(db.select(app::user).where(app::user.age == 40).count() == 1);
}

TEST_CASE("update with increments, array append/remove, nested field and unset") {
  auto db = fresh_db();
  db.update(app::user)
      .set(app::user.score += 1, app::user.tags += "vip", app::user.address.city = "Bergen")
      .where(app::user.role == app::Role::Admin)
      .run();
  db.update(app::user).record(uid("ann")).set(app::user.tags -= "dev").unset(app::user.bio).run();
  auto ann = db.select(app::user).record(uid("ann")).first();
  auto dan = db.select(app::user).record(uid("dan")).first();
  REQUIRE(ann);
  REQUIRE(dan);
  CHECK(ann->score == doctest::Approx(2.5));
  CHECK(ann->tags == std::vector<std::string>{"admin", "vip"});
  CHECK(ann->address.city == "Bergen");
  CHECK_FALSE(ann->bio.has_value());
  CHECK(dan->tags == std::vector<std::string>{"ops", "vip"});
  CHECK(names(db.select(app::user).where(app::user.address.city == "Bergen").all()) == Names{"ann", "dan"});
}

TEST_CASE("update with a dynamic filter, merge and content") {
  auto db = fresh_db();
  auto changed = db.update(app::user)
                     .set(app::user.score = 9)
                     .where(surreal::Q{"name__in", surreal::Value::array({"cid", "dan"})})
                     .run();
  CHECK(names(changed) == Names{"cid", "dan"});
  db.update(app::user).record(uid("cid")).merge({{"age", 22}}).run();
  auto cid = db.select(app::user).record(uid("cid")).first();
  REQUIRE(cid);
  CHECK(cid->age == std::optional<std::int64_t>(22));
  CHECK(cid->score == doctest::Approx(9));

  app::User replaced = *cid;
  replaced.name = "cyd";
  replaced.tags = {"new"};
  replaced.bio.reset();
  auto after = db.update(app::user).record(uid("cid")).content(replaced).run();
  REQUIRE(after.size() == 1);
  CHECK(after[0].id == uid("cid"));
  CHECK(after[0].name == "cyd");
  CHECK(after[0].tags == std::vector<std::string>{"new"});
  CHECK_FALSE(after[0].bio.has_value());
}

TEST_CASE("upsert creates a missing record and updates an existing one") {
  auto db = fresh_db();
  auto made = db.upsert(app::user)
                  .record(uid("eve"))
                  .set(app::user.name = "eve", app::user.role = app::Role::Member, app::user.tags = {"new"},
                       app::user.address = app::UserAddress{"Lima", std::nullopt}, app::user.score = 1.0)
                  .run();
  REQUIRE(made.size() == 1);
  CHECK(made[0].id == uid("eve"));
  CHECK(db.select(app::user).count() == 5);
  db.upsert(app::user).record(uid("eve")).set(app::user.age = 5).run();
  auto eve = db.select(app::user).record(uid("eve")).first();
  REQUIRE(eve);
  CHECK(eve->age == std::optional<std::int64_t>(5));
  CHECK(eve->address.city == "Lima");
  CHECK(db.select(app::user).count() == 5);
}

TEST_CASE("delete_from with where and of one record returns what was deleted") {
  auto db = fresh_db();
  auto gone = db.delete_from(app::user).where(app::user.age < 18).run();
  CHECK(names(gone) == Names{"bob"});
  CHECK(db.select(app::user).count() == 3);
  auto one = db.delete_from(app::user).record(uid("cid")).run();
  CHECK(names(one) == Names{"cid"});
  CHECK(names(db.select(app::user).all()) == Names{"ann", "dan"});
  CHECK(db.delete_from(app::user).where(surreal::Q{"name", "nobody"}).run().empty());
}

std::vector<app::User> generated(int n, const char* prefix) {
  std::vector<app::User> out;
  for (int i = 0; i < n; ++i) {
    app::User u;
    u.id = surreal::RecordId("user", std::string(prefix) + std::to_string(i));
    u.name = std::string(prefix) + std::to_string(i);
    u.address.city = "Batch";
    u.score = i;
    out.push_back(u);
  }
  return out;
}

TEST_CASE("insert in batches returns every inserted row") {
  auto db = fresh_db();
  auto inserted = db.insert(app::user, generated(10, "g")).batch_size(3).run();
  CHECK(inserted.size() == 10);
  CHECK(db.select(app::user).where(app::user.address.city == "Batch").count() == 10);
  CHECK(db.select(app::user).where(app::user.address.city == "Batch").sum(app::user.score) ==
        doctest::Approx(45));
  app::User one;
  one.name = "solo";
  one.address.city = "X";
  auto solo = db.insert(app::user, one).run();
  REQUIRE(solo.size() == 1);
  CHECK(solo[0].id.table() == "user");  // the server gave it an id
}

TEST_CASE("insert in a transaction returns every row of every batch") {
  auto db = fresh_db();
  auto inserted = db.insert(app::user, generated(5, "s")).batch_size(2).in_transaction().run();
  CHECK(names(inserted) == Names{"s0", "s1", "s2", "s3", "s4"});
  CHECK(db.select(app::user).count() == 9);
}

TEST_CASE("insert in a transaction is all or nothing and reports the real error") {
  auto db = fresh_db();
  auto rows = generated(5, "t");
  rows.push_back(people()[0]);  // user:ann exists: this batch fails
  CHECK_THROWS_AS(db.insert(app::user, rows).batch_size(2).in_transaction().run(), surreal::QueryError);
  try {
    db.insert(app::user, rows).batch_size(2).in_transaction().run();
  } catch (const surreal::QueryError& e) {
    CHECK(std::string(e.what()).find("not executed due to a failed transaction") == std::string::npos);
  }
  CHECK(db.select(app::user).count() == 4);  // nothing of it stayed

  // Without a transaction the batches before the failing one stay; the failing INSERT itself is atomic.
  CHECK_THROWS_AS(db.insert(app::user, rows).batch_size(2).run(), surreal::QueryError);
  CHECK(db.select(app::user).count() == 8);
  CHECK(names(db.select(app::user).where(app::user.name.starts_with("t")).all()) ==
        Names{"t0", "t1", "t2", "t3"});
}

TEST_CASE("insert ignore skips existing ids") {
  auto db = fresh_db();
  auto rows = generated(2, "i");
  rows.push_back(people()[0]);
  db.insert(app::user, rows).ignore().run();
  CHECK(db.select(app::user).count() == 6);
  auto ann = db.select(app::user).record(uid("ann")).first();
  REQUIRE(ann);
  CHECK(ann->age == std::optional<std::int64_t>(30));
}

TEST_CASE("relate returns the edge; insert of a relation table inserts relations") {
  auto db = fresh_db();
  auto since = surreal::Datetime(1700000000, 0);
  app::Follows edge = db.relate(uid("ann"), app::follows, uid("bob"), app::Follows{{}, {}, {}, since});
  CHECK(edge.in.id() == uid("ann"));
  CHECK(edge.out.id() == uid("bob"));
  CHECK(edge.since == since);
  CHECK(edge.id.table() == "follows");

  app::Follows more;
  more.in = uid("cid");
  more.out = uid("bob");
  more.since = since;
  auto inserted = db.insert(app::follows, std::vector<app::Follows>{more}).run();
  REQUIRE(inserted.size() == 1);
  CHECK(inserted[0].in.id() == uid("cid"));
  CHECK(db.select(app::follows).where(app::follows.out == uid("bob")).count() == 2);
  CHECK(db.select(app::follows).where(app::follows.since == since).count() == 2);
}

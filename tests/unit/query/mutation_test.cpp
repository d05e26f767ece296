#include <doctest/doctest.h>

#include <vector>

#include "query_test_support.hpp"

using namespace query_test;
using surreal::RecordId;

TEST_CASE("update with set and where (DESIGN.md)") {
  auto q = surreal::update(app::user).set(app::user.age = 40).where(app::user.name == "Bob").to_surql();
  CHECK(q.text == "UPDATE user SET age = $p0 WHERE name = $p1 RETURN AFTER");
  CHECK(vars(q) == "{ p0: 40, p1: 'Bob' }");
}

TEST_CASE("update with several assignments, increments and unset") {
  auto q = surreal::update(app::user)
               .set(app::user.score += 1.5, app::user.tags += "vip")
               .unset(app::user.bio)
               .to_surql();
  CHECK(q.text == "UPDATE user SET score += $p0, tags += $p1, bio = $p2 RETURN AFTER");
  CHECK(vars(q) == "{ p0: 1.5f, p1: 'vip', p2: NONE }");
}

TEST_CASE("update of one record with merge") {
  auto q = surreal::update(app::user).record(RecordId("user", "bob")).merge({{"age", 41}}).to_surql();
  CHECK(q.text == "UPDATE $p0 MERGE $p1 RETURN AFTER");
  CHECK(vars(q) == "{ p0: user:bob, p1: { age: 41 } }");
}

TEST_CASE("update with content sends the model without its id") {
  app::User bob;
  bob.id = RecordId("user", "bob");
  bob.name = "Bob";
  bob.address.city = "Oslo";
  auto q = surreal::update(app::user).record(bob.id).content(bob).to_surql();
  CHECK(q.text == "UPDATE $p0 CONTENT $p1 RETURN AFTER");
  CHECK_FALSE(q.vars.at("p1").contains("id"));
  CHECK(q.vars.at("p1")["name"] == surreal::Value("Bob"));
}

TEST_CASE("set and merge cannot be mixed in one statement") {
  auto q = surreal::update(app::user).set(app::user.age = 1);
  CHECK_THROWS_AS(q.merge({{"a", 1}}), surreal::QueryBuildError);
}

TEST_CASE("update with a dynamic filter") {
  auto q =
      surreal::update(app::user).set(app::user.age = 1).where(surreal::Q{"name__startswith", "A"}).to_surql();
  CHECK(q.text == "UPDATE user SET age = $p0 WHERE string::starts_with(name, $p1) RETURN AFTER");
}

TEST_CASE("upsert") {
  auto q = surreal::upsert(app::user).record(RecordId("user", "zoe")).set(app::user.name = "Zoe").to_surql();
  CHECK(q.text == "UPSERT $p0 SET name = $p1 RETURN AFTER");
  CHECK(vars(q) == "{ p0: user:zoe, p1: 'Zoe' }");
}

TEST_CASE("delete_from with where, and of one record") {
  auto q = surreal::delete_from(app::user).where(app::user.score < 1).to_surql();
  CHECK(q.text == "DELETE user WHERE score < $p0 RETURN BEFORE");
  auto one = surreal::delete_from(app::user).record(RecordId("user", "x")).to_surql();
  CHECK(one.text == "DELETE $p0 RETURN BEFORE");
  CHECK(surreal::delete_from(app::user).to_surql().text == "DELETE user RETURN BEFORE");
}

std::vector<app::User> users(int n) {
  std::vector<app::User> out;
  for (int i = 0; i < n; ++i) {
    app::User u;
    u.name = "u" + std::to_string(i);
    u.address.city = "c";
    out.push_back(u);
  }
  return out;
}

TEST_CASE("insert: all rows in one statement by default") {
  auto q = surreal::insert(app::user, users(3)).to_surql();
  CHECK(q.text == "INSERT INTO user $p0");
  CHECK(q.vars.at("p0").size() == 3);
}

TEST_CASE("insert in batches: one statement per batch, numbered from $p0 each") {
  auto query = surreal::insert(app::user, users(5)).batch_size(2);
  auto batches = query.batches();
  REQUIRE(batches.size() == 3);
  CHECK(batches[0].text == "INSERT INTO user $p0");
  CHECK(batches[0].vars.at("p0").size() == 2);
  CHECK(batches[2].vars.at("p0").size() == 1);
  CHECK(batches[2].vars.at("p0")[std::size_t{0}]["name"] == surreal::Value("u4"));
  CHECK(query.to_surql().text == "INSERT INTO user $p0; INSERT INTO user $p1; INSERT INTO user $p2");
}

TEST_CASE("insert in a transaction wraps the batches in BEGIN / COMMIT") {
  auto q = surreal::insert(app::user, users(3)).batch_size(2).in_transaction().to_surql();
  CHECK(q.text == "BEGIN TRANSACTION; INSERT INTO user $p0; INSERT INTO user $p1; COMMIT TRANSACTION;");
}

TEST_CASE("insert ignore, and relation tables insert relations") {
  CHECK(surreal::insert(app::user, users(1)).ignore().to_surql().text == "INSERT IGNORE INTO user $p0");
  app::Follows f;
  f.in = RecordId("user", "a");
  f.out = RecordId("user", "b");
  auto q = surreal::insert(app::follows, {f}).to_surql();
  CHECK(q.text == "INSERT RELATION INTO follows $p0");
  CHECK(q.vars.at("p0")[std::size_t{0}]["in"] == surreal::Value(RecordId("user", "a")));
}

TEST_CASE("relate binds both ends and the content without id / in / out") {
  app::Follows f;
  f.since = surreal::Datetime(1700000000, 0);
  auto q = surreal::relate(RecordId("user", "a"), app::follows, RecordId("user", "b"), f).to_surql();
  CHECK(q.text == "RELATE $p0->follows->$p1 CONTENT $p2");
  CHECK(q.vars.at("p0") == surreal::Value(RecordId("user", "a")));
  CHECK(q.vars.at("p1") == surreal::Value(RecordId("user", "b")));
  const surreal::Value& content = q.vars.at("p2");
  CHECK(content.size() == 1);
  CHECK(content["since"] == surreal::Value(surreal::Datetime(1700000000, 0)));
  CHECK(surreal::relate(RecordId("user", "a"), app::follows, RecordId("user", "b")).to_surql().text ==
        "RELATE $p0->follows->$p1");
}

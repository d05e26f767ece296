// Graph traversal, vector search, full-text search and live queries against the real engines.
#include <doctest/doctest.h>

#include <chrono>

#include "query_fixture.hpp"

using namespace query_it;

namespace {
/// ann -> bob, cid -> bob, bob -> dan
surreal::Client graph_db() {
  auto db = fresh_db();
  auto now = surreal::Datetime::now();
  db.relate(uid("ann"), app::follows, uid("bob"), app::Follows{{}, {}, {}, now});
  db.relate(uid("cid"), app::follows, uid("bob"), app::Follows{{}, {}, {}, now});
  db.relate(uid("bob"), app::follows, uid("dan"), app::Follows{{}, {}, {}, now});
  return db;
}
}  // namespace

TEST_CASE("traverse_in: who follows bob") {
  auto db = graph_db();
  auto followers = db.select(app::user).where(app::user.id == uid("bob")).traverse_in(app::follows).all();
  CHECK(names(followers) == Names{"ann", "cid"});
  CHECK(db.select(app::user).where(app::user.id == uid("bob")).traverse_in(app::follows).count() == 2);
}

TEST_CASE("traverse_out, chained steps and traverse_both") {
  auto db = graph_db();
  CHECK(names(db.select(app::user).where(app::user.id == uid("ann")).traverse_out(app::follows).all()) ==
        Names{"bob"});
  auto two_steps = db.select(app::user)
                       .where(app::user.id == uid("ann"))
                       .traverse_out(app::follows)
                       .traverse_out(app::follows);
  CHECK(names(two_steps.all()) == Names{"dan"});
  // Both sides of bob's edges, bob himself not included.
  CHECK(names(db.select(app::user).where(app::user.id == uid("bob")).traverse_both(app::follows).all()) ==
        Names{"ann", "cid", "dan"});
  // A step after a union: of bob's neighbours (ann, cid, dan), ann and cid follow bob.
  CHECK(names(db.select(app::user)
                  .where(app::user.id == uid("bob"))
                  .traverse_both(app::follows)
                  .traverse_out(app::follows)
                  .all()) == Names{"bob"});
  // Several starting rows: the records reached are distinct.
  CHECK(
      names(db.select(app::user).where(app::user.name.in({"ann", "cid"})).traverse_out(app::follows).all()) ==
      Names{"bob"});
  auto first = db.select(app::user).where(app::user.id == uid("dan")).traverse_in(app::follows).first();
  REQUIRE(first);
  CHECK(first->name == "bob");
  CHECK_FALSE(db.select(app::user).where(app::user.id == uid("ann")).traverse_in(app::follows).first());
}

namespace {
surreal::Client vector_db() {
  auto db = fresh_db();
  std::vector<app::Doc> docs;
  auto doc = [&](const char* key, double x, double y) {
    app::Doc d;
    d.id = surreal::RecordId("doc", key);
    d.title = key;
    d.embedding = {x, y};
    docs.push_back(d);
  };
  doc("east", 1, 0);
  doc("near", 1, 1);
  doc("far", 10, 10);
  doc("north", 0, 5);
  db.insert(app::doc, docs).run();
  return db;
}
std::vector<std::string> titles(std::vector<app::Doc> docs) {
  std::vector<std::string> out;
  for (auto& d : docs) out.push_back(d.title);
  std::sort(out.begin(), out.end());
  return out;
}
}  // namespace

TEST_CASE("knn by brute force with a distance") {
  auto db = vector_db();
  CHECK(titles(db.select(app::doc).where(app::doc.embedding.knn({0.9, 0.2}, 2, "EUCLIDEAN")).all()) ==
        Names{"east", "near"});
  // COSINE looks at directions only: (0,5) points the way of (0.1,3), although (1,1) is nearer.
  CHECK(titles(db.select(app::doc).where(app::doc.embedding.knn({0.1, 3.0}, 1, "cosine")).all()) ==
        Names{"north"});
  CHECK(titles(db.select(app::doc).where(app::doc.embedding.knn({3.0, 2.9}, 2, "COSINE")).all()) ==
        Names{"far", "near"});
  CHECK(titles(db.select(app::doc).where(app::doc.embedding.nearest({9.0, 9.5}, 1, "MANHATTAN")).all()) ==
        Names{"far"});
}

TEST_CASE("nearest through the HNSW index with ef") {
  auto db = vector_db();
  CHECK(titles(db.select(app::doc).where(app::doc.embedding.nearest({0.9, 0.2}, 2, std::size_t{40})).all()) ==
        Names{"east", "near"});
}

TEST_CASE("full-text search with @@") {
  auto db = fresh_db();
  // The analyzer lowercases and stems: "Quick" and "quick" match, "dog" finds "dogs".
  CHECK(names(db.select(app::user).where(app::user.bio.matches("quick")).all()) == Names{"ann", "dan"});
  CHECK(names(db.select(app::user).where(app::user.bio.matches("dog")).all()) == Names{"cid"});
  CHECK(db.select(app::user).where(app::user.bio.matches("elephant")).all().empty());
  CHECK(names(db.select(app::user).where(app::user.bio.matches("quick", 1) && app::user.age > 40).all()) ==
        Names{"dan"});
}

TEST_CASE("live queries on a table deliver typed changes") {
  if (!surrealpp::test::engine_is_3()) {
    surrealpp::test::skip_on_2x("devdb's 2.x engine has no live notifications");
    return;
  }
  auto db = fresh_db();
  auto stream = db.live(app::user);
  app::User eve;
  eve.id = uid("eve");
  eve.name = "eve";
  eve.address.city = "Lima";
  db.insert(app::user, eve).run();
  auto created = stream.next(std::chrono::seconds(10));
  REQUIRE(created);
  CHECK(created->action == surreal::LiveAction::Create);
  REQUIRE(created->result);
  CHECK(created->result->name == "eve");
  CHECK(created->result->address.city == "Lima");

  db.update(app::user).record(uid("eve")).set(app::user.age = 3).run();
  auto updated = stream.next(std::chrono::seconds(10));
  REQUIRE(updated);
  CHECK(updated->action == surreal::LiveAction::Update);
  REQUIRE(updated->result);
  CHECK(updated->result->age == std::optional<std::int64_t>(3));

  db.delete_from(app::user).record(uid("eve")).run();
  auto deleted = stream.next(std::chrono::seconds(10));
  REQUIRE(deleted);
  CHECK(deleted->action == surreal::LiveAction::Delete);
  CHECK(deleted->record == uid("eve"));
}

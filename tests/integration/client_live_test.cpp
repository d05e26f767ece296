// Live queries: CREATE/UPDATE/DELETE notifications with record ids and results, typed streams, DIFF, closing.
#include "client_support.hpp"

#include <algorithm>

using namespace surrealpp::test;
using namespace std::chrono_literals;

namespace {

struct Person {
  std::string name;
  std::int64_t age = 0;
};

}  // namespace

template <>
struct surreal::Codec<Person> {
  static Value encode(const Person& p) { return Object{{"name", p.name}, {"age", p.age}}; }
  static Person decode(const Value& v) {
    const Object& o = expect_object(v, "Person");
    Person p;
    decode_field(o, "name", p.name);
    decode_field(o, "age", p.age);
    return p;
  }
};

TEST_CASE("a live query delivers CREATE, UPDATE and DELETE with record id and result") {
  if (!engine_is_3()) return skip_on_2x("devdb's 2.x engine has no notification stream (no live queries)");
  auto db = connect_fresh(devdb().ws_url);
  db.query("DEFINE TABLE person SCHEMALESS").check();
  auto stream = db.live("person");
  CHECK_FALSE(stream.id().is_nil());

  // Each write waits for its notification: the engine does not order notifications of separate transactions.
  const surreal::RecordId ann{"person", "ann"};
  db.create(ann, surreal::Object{{"name", "Ann"}, {"age", 1}});
  auto created = stream.next(5s);
  REQUIRE(created);
  CHECK(created->action == surreal::LiveAction::Create);
  CHECK(created->record == ann);
  CHECK(created->query_id == stream.id());
  REQUIRE(created->result);
  CHECK((*created->result)["name"] == surreal::Value("Ann"));

  db.merge(ann, {{"age", 2}});
  auto updated = stream.next(5s);
  REQUIRE(updated);
  CHECK(updated->action == surreal::LiveAction::Update);
  CHECK((*updated->result)["age"] == surreal::Value(2));

  db.remove(ann);
  auto deleted = stream.next(5s);
  REQUIRE(deleted);
  CHECK(deleted->action == surreal::LiveAction::Delete);
  CHECK(deleted->record == ann);

  CHECK_FALSE(stream.next(200ms));  // nothing more
}

TEST_CASE("a typed live stream converts results; range-for iterates until break") {
  if (!engine_is_3()) return skip_on_2x("devdb's 2.x engine has no notification stream (no live queries)");
  auto db = connect_fresh(devdb().ws_url);
  db.query("DEFINE TABLE person SCHEMALESS").check();
  auto stream = db.live<Person>("person");
  db.query("CREATE person:a SET name = 'A', age = 1; CREATE person:b SET name = 'B', age = 2").check();
  std::vector<std::string> names;
  for (const auto& change : stream) {
    REQUIRE(change.result);
    names.push_back(change.result->name);
    if (names.size() == 2) break;
  }
  // Both records come from one query; the engine does not promise the order of their notifications.
  std::sort(names.begin(), names.end());
  CHECK(names == std::vector<std::string>{"A", "B"});
}

TEST_CASE("a DIFF live query delivers JSON Patch operations") {
  if (!engine_is_3()) return skip_on_2x("devdb's 2.x engine has no notification stream (no live queries)");
  auto db = connect_fresh(devdb().ws_url);
  db.query("DEFINE TABLE person SCHEMALESS").check();
  surreal::LiveOptions options;
  options.diff = true;
  auto stream = db.live("person", options);
  CHECK(stream.diff());
  db.create(surreal::RecordId{"person", "d"}, surreal::Object{{"name", "D"}});
  auto created = stream.next(5s);
  REQUIRE(created);
  CHECK_FALSE(created->result.has_value());
  CHECK_FALSE(created->diff.empty());
  db.merge(surreal::RecordId{"person", "d"}, surreal::Object{{"name", "E"}});
  auto updated = stream.next(5s);
  REQUIRE(updated);
  REQUIRE(updated->diff.size() >= 1);
  bool changed_name = false;
  for (const auto& op : updated->diff) changed_name |= op.path == "/name";
  CHECK(changed_name);
}

TEST_CASE("closing a stream kills the live query: no more changes, next() ends at once") {
  if (!engine_is_3()) return skip_on_2x("devdb's 2.x engine has no notification stream (no live queries)");
  auto db = connect_fresh(devdb().ws_url);
  db.query("DEFINE TABLE person SCHEMALESS").check();
  auto stream = db.live("person");
  const surreal::Uuid id = stream.id();
  stream.close();
  CHECK(stream.closed());
  db.create(surreal::RecordId{"person", "late"});
  CHECK_FALSE(stream.next(300ms));
  // Killed on the server: killing it again is an error there.
  CHECK_THROWS_AS(db.kill(id), surreal::Error);
}

TEST_CASE("two live queries on one connection each get their own table's changes") {
  if (!engine_is_3()) return skip_on_2x("devdb's 2.x engine has no notification stream (no live queries)");
  auto db = connect_fresh(devdb().ws_url);
  db.query("DEFINE TABLE a SCHEMALESS; DEFINE TABLE b SCHEMALESS").check();
  auto on_a = db.live("a");
  auto on_b = db.live("b");
  db.create(surreal::RecordId{"b", 1});
  db.create(surreal::RecordId{"a", 1});
  auto from_a = on_a.next(5s);
  auto from_b = on_b.next(5s);
  REQUIRE(from_a);
  REQUIRE(from_b);
  CHECK(from_a->record.table() == "a");
  CHECK(from_b->record.table() == "b");
}

// The record methods (select, create, insert, insert_relation, update, upsert, merge, patch, delete, relate)
// and functions (run, call<T>), untyped and typed.
#include "client_support.hpp"

using namespace surrealpp::test;

namespace {

struct Person {
  surreal::RecordId id;
  std::string name;
  std::optional<std::int64_t> age;
};

}  // namespace

template <>
struct surreal::Codec<Person> {
  static Value encode(const Person& p) {
    Object o{{"name", p.name}};
    if (!p.id.table().empty()) o.insert_or_assign("id", p.id);
    if (p.age) o.insert_or_assign("age", *p.age);
    return o;
  }
  static Person decode(const Value& v) {
    const Object& o = expect_object(v, "Person");
    Person p;
    decode_field(o, "id", p.id);
    decode_field(o, "name", p.name);
    decode_field(o, "age", p.age);
    return p;
  }
};

TEST_CASE("create and select one record, typed and untyped") {
  for (const auto& url : transports()) {
    CAPTURE(url);
    auto db = connect_fresh(url);
    const Person made = db.create<Person>(surreal::RecordId{"person", "ann"}, Person{{}, "Ann", 31});
    CHECK(made.id == surreal::RecordId{"person", "ann"});
    CHECK(made.name == "Ann");
    CHECK(made.age == 31);

    const auto found = db.select<Person>(surreal::RecordId{"person", "ann"});
    REQUIRE(found.has_value());
    CHECK(found->name == "Ann");
    CHECK_FALSE(db.select<Person>(surreal::RecordId{"person", "nobody"}).has_value());

    const surreal::Value raw = db.select(surreal::RecordId{"person", "ann"});
    CHECK(raw["name"] == surreal::Value("Ann"));
  }
}

TEST_CASE("create on a table generates an id; select_all returns every record") {
  for (const auto& url : transports()) {
    CAPTURE(url);
    auto db = connect_fresh(url);
    const Person a = db.create<Person>(surreal::Table("person"), Person{{}, "A", std::nullopt});
    const Person b = db.create<Person>(surreal::Table("person"), Person{{}, "B", 2});
    CHECK(a.id.table() == "person");
    CHECK_FALSE(a.id == b.id);
    auto all = db.select_all<Person>("person");
    CHECK(all.size() == 2);
  }
}

TEST_CASE("creating a record that exists is an AlreadyExistsError with the server message") {
  for (const auto& url : transports()) {
    CAPTURE(url);
    auto db = connect_fresh(url);
    db.create(surreal::RecordId{"person", "dup"}, surreal::Object{{"name", "first"}});
    CHECK_THROWS_WITH_AS(db.create(surreal::RecordId{"person", "dup"}, surreal::Object{{"name", "second"}}),
                         doctest::Contains("already exists"), surreal::AlreadyExistsError);
  }
}

TEST_CASE("insert adds many records, insert_relation adds edges") {
  for (const auto& url : transports()) {
    CAPTURE(url);
    auto db = connect_fresh(url);
    const auto people = db.insert<Person>("person", {Person{surreal::RecordId{"person", "a"}, "A", 1},
                                                     Person{surreal::RecordId{"person", "b"}, "B", 2}});
    REQUIRE(people.size() == 2);
    CHECK(people[1].name == "B");

    const surreal::Value edges =
        db.insert_relation(surreal::Table("knows"),
                           surreal::Value::array({surreal::Object{{"in", surreal::RecordId{"person", "a"}},
                                                                  {"out", surreal::RecordId{"person", "b"}},
                                                                  {"since", 2020}}}));
    REQUIRE(edges.is_array());
    REQUIRE(edges.size() == 1);
    CHECK(edges.as_array()[0]["in"] == surreal::Value(surreal::RecordId{"person", "a"}));
    CHECK(db.query("SELECT VALUE ->knows->person.name FROM ONLY person:a").take(0) ==
          surreal::Value::array({"B"}));
  }
}

TEST_CASE("update replaces, merge merges, upsert creates when missing") {
  for (const auto& url : transports()) {
    CAPTURE(url);
    auto db = connect_fresh(url);
    const surreal::RecordId id{"person", "u"};
    db.create(id, surreal::Object{{"name", "U"}, {"age", 1}});

    const auto merged = db.merge<Person>(id, {{"age", 2}});
    REQUIRE(merged);
    CHECK(merged->name == "U");
    CHECK(merged->age == 2);

    const auto replaced = db.update<Person>(id, Person{{}, "V", std::nullopt});
    REQUIRE(replaced);
    CHECK(replaced->name == "V");
    CHECK_FALSE(replaced->age.has_value());  // update replaces the whole content

    const auto upserted = db.upsert<Person>(surreal::RecordId{"person", "new"}, Person{{}, "N", 5});
    REQUIRE(upserted);
    CHECK(upserted->id == surreal::RecordId{"person", "new"});
  }
}

TEST_CASE("patch applies JSON Patch operations and can return the diff") {
  for (const auto& url : transports()) {
    CAPTURE(url);
    auto db = connect_fresh(url);
    const surreal::RecordId id{"person", "p"};
    db.create(id, surreal::Object{{"name", "P"}, {"age", 1}});
    const surreal::Value patched =
        db.patch(id, {surreal::PatchOp::replace("/name", "Q"), surreal::PatchOp::add("/city", "Oslo"),
                      surreal::PatchOp::remove("/age")});
    const surreal::Value record = patched.is_array() ? patched.as_array()[0] : patched;
    CHECK(record["name"] == surreal::Value("Q"));
    CHECK(record["city"] == surreal::Value("Oslo"));
    CHECK(record["age"].is_none());

    const surreal::Value diff = db.patch(id, {surreal::PatchOp::replace("/name", "R")}, true);
    const surreal::Value ops =
        diff.is_array() && diff.size() == 1 && diff.as_array()[0].is_array() ? diff.as_array()[0] : diff;
    REQUIRE(ops.is_array());
    REQUIRE(ops.size() >= 1);
    const auto op = surreal::PatchOp::from_value(ops.as_array()[0]);
    CHECK(op.path == "/name");
  }
}

TEST_CASE("delete removes a record and returns it") {
  for (const auto& url : transports()) {
    CAPTURE(url);
    auto db = connect_fresh(url);
    const surreal::RecordId id{"person", "gone"};
    db.create(id, surreal::Object{{"name", "G"}});
    const auto removed = db.remove<Person>(id);
    REQUIRE(removed);  // the server returns the deleted record when asked by RPC
    CHECK(removed->name == "G");
    CHECK_FALSE(db.select<Person>(id).has_value());
  }
}

TEST_CASE("relate creates an edge between two records") {
  for (const auto& url : transports()) {
    CAPTURE(url);
    auto db = connect_fresh(url);
    db.create(surreal::RecordId{"person", "x"}, surreal::Object{{"name", "X"}});
    db.create(surreal::RecordId{"person", "y"}, surreal::Object{{"name", "Y"}});
    const surreal::Value edge = db.relate(surreal::RecordId{"person", "x"}, surreal::Table("likes"),
                                          surreal::RecordId{"person", "y"}, surreal::Object{{"weight", 3}});
    const surreal::Value one = edge.is_array() ? edge.as_array()[0] : edge;
    CHECK(one["in"] == surreal::Value(surreal::RecordId{"person", "x"}));
    CHECK(one["out"] == surreal::Value(surreal::RecordId{"person", "y"}));
    CHECK(one["weight"] == surreal::Value(3));
  }
}

TEST_CASE("run calls built-in and custom functions; call<T> converts the result") {
  for (const auto& url : transports()) {
    CAPTURE(url);
    auto db = connect_fresh(url);
    CHECK(db.run("string::uppercase", {"abc"}) == surreal::Value("ABC"));
    db.query("DEFINE FUNCTION fn::add($a: int, $b: int) { RETURN $a + $b; }").check();
    CHECK(db.call<std::int64_t>("fn::add", {2, 40}) == 42);
    CHECK_THROWS_AS(db.call<std::int64_t>("fn::missing", {}), surreal::QueryError);
  }
}

TEST_CASE("a typed select that does not fit the type is a ConversionError naming the field") {
  auto db = connect_fresh(devdb().ws_url);
  db.create(surreal::RecordId{"person", "bad"}, surreal::Object{{"name", 12}});
  CHECK_THROWS_WITH_AS(db.select<Person>(surreal::RecordId{"person", "bad"}), doctest::Contains("name"),
                       surreal::ConversionError);
}

// Transactions: begin/commit/cancel RPCs on 3.x, BEGIN/COMMIT statements on 2.x, through one API.
#include "client_support.hpp"

using namespace surrealpp::test;

TEST_CASE("a committed transaction keeps its changes") {
  auto db = connect_fresh(devdb().ws_url);
  {
    auto tx = db.begin();
    CHECK(tx.active());
    CHECK(tx.id().has_value() == engine_is_3());
    tx.query("CREATE account:a SET balance = 100");
    tx.query("CREATE account:b SET balance = $start", {{"start", 5}});
    tx.commit();
    CHECK_FALSE(tx.active());
  }
  CHECK(db.query("SELECT VALUE balance FROM account ORDER BY balance").take(0) ==
        surreal::Value::array({5, 100}));
}

TEST_CASE("a transaction dropped without commit is cancelled") {
  auto db = connect_fresh(devdb().ws_url);
  db.query("DEFINE TABLE account SCHEMALESS").check();  // 3.x: SELECT on a missing table is an error
  {
    auto tx = db.begin();
    tx.query("CREATE account:gone SET balance = 1");
  }
  CHECK(db.query("SELECT * FROM account").take(0).empty());
}

TEST_CASE("cancel discards the changes; a finished transaction refuses more work") {
  auto db = connect_fresh(devdb().ws_url);
  db.query("DEFINE TABLE account SCHEMALESS").check();
  auto tx = db.begin();
  tx.query("CREATE account:c SET balance = 1");
  tx.cancel();
  CHECK_FALSE(tx.active());
  CHECK_THROWS_AS(tx.query("RETURN 1"), surreal::QueryError);
  CHECK_THROWS_AS(tx.commit(), surreal::QueryError);
  CHECK(db.query("SELECT * FROM account").take(0).empty());
}

TEST_CASE("on 3.x queries inside a transaction see its own uncommitted writes, others do not") {
  if (!engine_is_3()) return skip_on_2x("no transaction RPCs: statements are sent together at commit");
  auto db = connect_fresh(devdb().ws_url);
  db.query("DEFINE TABLE account SCHEMALESS").check();
  auto tx = db.begin();
  tx.query("CREATE account:x SET balance = 7");
  CHECK(tx.query("SELECT VALUE balance FROM account:x").take(0) == surreal::Value::array({7}));
  CHECK(db.query("SELECT * FROM account").take(0).empty());
  tx.commit();
  CHECK(db.query("SELECT VALUE balance FROM account:x").take(0) == surreal::Value::array({7}));
}

TEST_CASE("a failing statement rolls the transaction back and reports the real error") {
  auto db = connect_fresh(devdb().ws_url);
  db.create(surreal::RecordId{"account", "dup"}, surreal::Object{{"balance", 0}});
  auto tx = db.begin();
  if (engine_is_3()) {
    tx.query("CREATE account:new SET balance = 1");
    const auto failed = tx.query("CREATE account:dup SET balance = 2");
    CHECK_THROWS_AS((void)failed.take(0), surreal::AlreadyExistsError);
    tx.cancel();
  } else {
    tx.query("CREATE account:new SET balance = 1");
    tx.query("CREATE account:dup SET balance = 2");
    CHECK_THROWS_WITH_AS(tx.commit(), doctest::Contains("already exists"), surreal::AlreadyExistsError);
  }
  CHECK(db.select<surreal::Object>(surreal::RecordId{"account", "new"}) == std::nullopt);
}

TEST_CASE("transactions work over HTTP too") {
  auto db = connect_fresh(devdb().http_url);
  auto tx = db.begin();
  tx.query("CREATE account:h SET balance = 3");
  tx.commit();
  CHECK(db.query("SELECT VALUE balance FROM account:h").take(0) == surreal::Value::array({3}));
}

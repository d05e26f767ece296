// Sessions (3.x): independent namespaces, variables and lifetimes on one connection.
#include "client_support.hpp"

#include <algorithm>

using namespace surrealpp::test;

TEST_CASE("a new session has its own namespace, database and variables") {
  if (!engine_is_3()) return skip_on_2x("no sessions (attach/detach) before 3.x");
  auto db = connect_fresh(devdb().ws_url);
  db.create(surreal::RecordId{"marker", "main"});
  db.let("who", "main");

  auto other = db.new_session();
  REQUIRE(other.session_id().has_value());
  CHECK_FALSE(db.session_id().has_value());
  other.signin(surreal::RootAuth{"root", "root"});
  other.use(unique_name("ns"), unique_name("db"));
  other.let("who", "other");
  other.create(surreal::RecordId{"marker", "other"});

  CHECK(db.query("RETURN $who").take<std::string>(0) == "main");
  CHECK(other.query("RETURN $who").take<std::string>(0) == "other");
  CHECK(db.query("SELECT VALUE id FROM marker").take(0) ==
        surreal::Value::array({surreal::RecordId{"marker", "main"}}));
  CHECK(other.query("SELECT VALUE id FROM marker").take(0) ==
        surreal::Value::array({surreal::RecordId{"marker", "other"}}));
}

TEST_CASE("sessions() lists attached sessions; dropping the last handle detaches it") {
  if (!engine_is_3()) return skip_on_2x("no sessions (attach/detach) before 3.x");
  auto db = connect_fresh(devdb().ws_url);
  surreal::Uuid id;
  {
    auto session = db.new_session();
    id = *session.session_id();
    const auto listed = db.sessions();
    CHECK(std::find(listed.begin(), listed.end(), id) != listed.end());
    auto copy = session;  // copies share the session
    CHECK(copy.session_id() == session.session_id());
  }
  const auto after = db.sessions();
  CHECK(std::find(after.begin(), after.end(), id) == after.end());
}

TEST_CASE("many sessions used from many threads stay apart") {
  if (!engine_is_3()) return skip_on_2x("no sessions (attach/detach) before 3.x");
  auto db = connect_fresh(devdb().ws_url);
  std::vector<std::thread> threads;
  std::atomic<int> wrong{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      auto session = db.new_session();
      session.let("mine", t);
      for (int i = 0; i < 10; ++i)
        if (session.query("RETURN $mine").take<int>(0) != t) ++wrong;
    });
  }
  for (auto& thread : threads) thread.join();
  CHECK(wrong == 0);
}

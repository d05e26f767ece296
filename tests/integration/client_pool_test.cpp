// options.connections = N: several connections behind one client, least-busy balancing, state on every
// connection, and a dead connection replaced.
#include "client_support.hpp"

#include <future>

using namespace surrealpp::test;
using namespace std::chrono_literals;

namespace {

surreal::Options pooled(std::size_t n) {
  surreal::Options options;
  options.connections = n;
  options.reconnect_initial_delay = 50ms;
  return options;
}

}  // namespace

TEST_CASE("a WebSocket pool applies use/auth/let on every connection") {
  auto db = surreal::Client::connect(devdb().ws_url, pooled(4));
  db.signin(surreal::RootAuth{"root", "root"});
  db.use(unique_name("ns"), unique_name("db"));
  db.let("x", 7);
  // Enough calls that every connection serves some.
  for (int i = 0; i < 16; ++i) CHECK(db.query("RETURN $x + $i", {{"i", i}}).take<int>(0) == 7 + i);
}

TEST_CASE("a pool spreads concurrent calls so a slow call does not hold up the others") {
  if (!engine_is_3()) return skip_on_2x("devdb runs the 2.x engine's requests one at a time");
  auto db = surreal::Client::connect(devdb().ws_url, pooled(2));
  db.signin(surreal::RootAuth{"root", "root"});
  db.use(unique_name("ns"), unique_name("db"));
  auto slow = std::async(std::launch::async, [&] { return db.query("SLEEP 1s; RETURN 'slow'"); });
  std::this_thread::sleep_for(100ms);
  const auto started = std::chrono::steady_clock::now();
  CHECK(db.query("RETURN 'fast'").take<std::string>(0) == "fast");
  CHECK(std::chrono::steady_clock::now() - started < 700ms);
  CHECK(slow.get().take<std::string>(1) == "slow");
}

TEST_CASE("64 concurrent calls through a pool of 4") {
  for (const auto& url : {devdb().ws_url, devdb().http_url}) {
    CAPTURE(url);
    auto db = surreal::Client::connect(url, pooled(4));
    db.signin(surreal::RootAuth{"root", "root"});
    db.use(unique_name("ns"), unique_name("db"));
    std::vector<std::future<int>> wrong;
    for (int t = 0; t < 8; ++t)
      wrong.push_back(std::async(std::launch::async, [&db, t] {
        int bad = 0;
        for (int i = 0; i < 8; ++i)
          if (db.query("RETURN $n", {{"n", t * 10 + i}}).take<int>(0) != t * 10 + i) ++bad;
        return bad;
      }));
    int total = 0;
    for (auto& w : wrong) total += w.get();
    CHECK(total == 0);
  }
}

TEST_CASE("a dead pooled connection is replaced and the pool keeps serving") {
  auto db = surreal::Client::connect(devdb().ws_url, pooled(3));
  db.signin(surreal::RootAuth{"root", "root"});
  db.use(unique_name("ns"), unique_name("db"));
  db.let("v", "still here");
  db.simulate_connection_loss();
  for (int i = 0; i < 6; ++i) CHECK(db.query("RETURN $v").take<std::string>(0) == "still here");
  CHECK(db.health());
}

TEST_CASE("signup through a pool creates one user, not one per connection") {
  auto admin = connect_fresh(devdb().ws_url);
  const std::string ns = unique_name("poolns"), dbname = unique_name("pooldb");
  admin.use(ns, dbname);
  admin
      .query(
          "DEFINE ACCESS account ON DATABASE TYPE RECORD "
          "SIGNUP (CREATE user SET email = $email) SIGNIN (SELECT * FROM user WHERE email = $email)")
      .check();
  auto db = surreal::Client::connect(devdb().ws_url, pooled(3));
  db.use(ns, dbname);
  db.signup(surreal::RecordAuth{ns, dbname, "account", {{"email", "one@example.com"}}});
  admin.use(ns, dbname);
  CHECK(admin.query("SELECT VALUE email FROM user").take(0) == surreal::Value::array({"one@example.com"}));
}

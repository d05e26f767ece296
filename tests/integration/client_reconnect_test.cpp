// Reconnect: after devdb is killed and started again on the same port, the client reconnects with backoff,
// replays use/auth/variables/sessions, issues its live queries again and the streams deliver new changes.
#include "client_support.hpp"

#include <filesystem>
#include <mutex>

using namespace surrealpp::test;
using namespace std::chrono_literals;

namespace {

/// A surrealkv store in a fresh temporary directory, so data and definitions survive the restart.
std::string fresh_store() {
  const auto dir = std::filesystem::temp_directory_path() / unique_name("surrealpp-reconnect");
  std::filesystem::create_directories(dir);
  return "surrealkv://" + (dir / "data").string();
}

surreal::Options reconnecting_options() {
  surreal::Options options;
  options.auto_reconnect = true;
  options.auto_resubscribe = true;
  options.reconnect_initial_delay = 50ms;
  options.reconnect_max_delay = 500ms;
  options.timeout = 10s;
  return options;
}

}  // namespace

TEST_CASE("after a server restart the client reconnects and replays use, auth and variables") {
  PrivateDevdb server(fresh_store());
  auto db = surreal::Client::connect(server.ws_url(), reconnecting_options());
  db.signin(surreal::RootAuth{"root", "root"});
  db.use("reconnect_ns", "reconnect_db");
  db.let("answer", 42);
  db.create(surreal::RecordId{"kept", 1}, surreal::Object{{"v", "before"}});

  server.stop();
  CHECK_THROWS_AS(db.query("RETURN 1", {}, 300ms), surreal::ConnectionError);
  server.start();

  // The first call after the restart waits for the reconnect instead of failing.
  CHECK(db.query("RETURN $answer").take<int>(0) == 42);
  CHECK(db.select(surreal::RecordId{"kept", 1})["v"] == surreal::Value("before"));
  CHECK(db.health());
}

TEST_CASE("a live stream survives a server restart: on_reconnect is told and new changes arrive") {
  if (!engine_is_3()) return skip_on_2x("devdb's 2.x engine has no notification stream (no live queries)");
  PrivateDevdb server(fresh_store());
  std::mutex mutex;
  std::vector<std::pair<surreal::Uuid, surreal::Uuid>> reconnects;
  auto options = reconnecting_options();
  options.on_reconnect = [&](const surreal::Uuid& old_id, const surreal::Uuid& new_id) {
    std::lock_guard<std::mutex> lock(mutex);
    reconnects.emplace_back(old_id, new_id);
  };
  auto db = surreal::Client::connect(server.ws_url(), options);
  db.signin(surreal::RootAuth{"root", "root"});
  db.use("live_ns", "live_db");
  db.query("DEFINE TABLE event SCHEMALESS").check();
  auto stream = db.live("event");
  const surreal::Uuid first_id = stream.id();

  db.create(surreal::RecordId{"event", "before"});
  auto before = stream.next(5s);
  REQUIRE(before);
  CHECK(before->record == surreal::RecordId{"event", "before"});

  server.stop();
  server.start();

  // Another client writes after the restart: the stream must see it.
  REQUIRE(eventually([&] {
    std::lock_guard<std::mutex> lock(mutex);
    return !reconnects.empty();
  }));
  {
    std::lock_guard<std::mutex> lock(mutex);
    CHECK(reconnects.front().first == first_id);
    CHECK(reconnects.front().second == stream.id());
    CHECK_FALSE(stream.id() == first_id);
  }
  auto writer = surreal::Client::connect(server.ws_url());
  writer.signin(surreal::RootAuth{"root", "root"});
  writer.use("live_ns", "live_db");
  writer.create(surreal::RecordId{"event", "after"});

  auto after = stream.next(5s);
  REQUIRE(after);
  CHECK(after->action == surreal::LiveAction::Create);
  CHECK(after->record == surreal::RecordId{"event", "after"});
  CHECK_FALSE(stream.closed());
}

TEST_CASE("sessions are attached again after a reconnect") {
  if (!engine_is_3()) return skip_on_2x("no sessions (attach/detach) before 3.x");
  PrivateDevdb server(fresh_store());
  auto db = surreal::Client::connect(server.ws_url(), reconnecting_options());
  db.signin(surreal::RootAuth{"root", "root"});
  db.use("main_ns", "main_db");
  auto session = db.new_session();
  session.signin(surreal::RootAuth{"root", "root"});
  session.use("other_ns", "other_db");
  session.let("mine", "session");

  db.simulate_connection_loss();
  CHECK(session.query("RETURN $mine").take<std::string>(0) == "session");
  CHECK(session.query("RETURN session::ns()").take<std::string>(0) == "other_ns");
  CHECK(db.query("RETURN session::ns()").take<std::string>(0) == "main_ns");
}

TEST_CASE("with auto_reconnect off, live streams end when the connection is lost") {
  if (!engine_is_3()) return skip_on_2x("devdb's 2.x engine has no notification stream (no live queries)");
  PrivateDevdb server;
  auto options = reconnecting_options();
  options.auto_reconnect = false;
  auto db = surreal::Client::connect(server.ws_url(), options);
  db.signin(surreal::RootAuth{"root", "root"});
  db.use("t", "t");
  db.query("DEFINE TABLE event SCHEMALESS").check();
  auto stream = db.live("event");
  server.stop();
  CHECK_FALSE(stream.next(5s));
  CHECK(stream.closed());
  CHECK(stream.close_reason().find("auto_reconnect is off") != std::string::npos);
}

TEST_CASE("reconnect gives up after reconnect_max_attempts and calls fail with ConnectionError") {
  PrivateDevdb server;
  auto options = reconnecting_options();
  options.reconnect_max_attempts = 3;
  options.reconnect_initial_delay = 20ms;
  options.reconnect_max_delay = 50ms;
  options.connect_timeout = 500ms;
  auto db = surreal::Client::connect(server.ws_url(), options);
  server.stop();
  CHECK_THROWS_AS(db.query("RETURN 1", {}, 5s), surreal::ConnectionError);
}

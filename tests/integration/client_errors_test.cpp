// Errors as a caller sees them: server errors mapped to types, calls pending when the server dies, methods
// the server lacks, and malformed requests.
#include "client_support.hpp"

#include <future>

using namespace surrealpp::test;

TEST_CASE("a call pending when the server is killed fails with ConnectionError") {
  PrivateDevdb server;
  surreal::Options options;
  options.auto_reconnect = false;
  auto db = surreal::Client::connect(server.ws_url(), options);
  db.signin(surreal::RootAuth{"root", "root"});
  db.use("t", "t");
  auto pending = std::async(std::launch::async, [&] { return db.query("SLEEP 5s; RETURN 1"); });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  server.stop();
  CHECK_THROWS_WITH_AS(pending.get(), doctest::Contains("was lost"), surreal::ConnectionError);
  // Without auto_reconnect later calls fail at once.
  CHECK_THROWS_AS(db.ping(), surreal::ConnectionError);
}

TEST_CASE("over HTTP a dead server is a ConnectionError") {
  PrivateDevdb server;
  auto db = surreal::Client::connect(server.http_url());
  db.ping();
  server.stop();
  CHECK_THROWS_AS(db.ping(), surreal::ConnectionError);
}

TEST_CASE("ConnectionError is retryable, ConflictError is retryable, QueryError is not") {
  CHECK(surreal::ConnectionError("x").retryable());
  CHECK(surreal::ConflictError("x").retryable());
  CHECK_FALSE(surreal::QueryError("x").retryable());
  CHECK_FALSE(surreal::AuthError("x").retryable());
}

TEST_CASE("methods SurrealDB 2.x lacks fail with UnsupportedError naming method and version") {
  auto db = connect_fresh(devdb().ws_url);
  if (engine_is_3()) {
    CHECK_NOTHROW(db.sessions());
    return;
  }
  CHECK_THROWS_WITH_AS(db.new_session(),
                       doctest::Contains("`attach` needs SurrealDB 3.x; the server is surrealdb-2.1.1"),
                       surreal::UnsupportedError);
  CHECK_THROWS_WITH_AS(db.sessions(), doctest::Contains("`sessions`"), surreal::UnsupportedError);
  CHECK_THROWS_AS(db.rpc("begin"), surreal::UnsupportedError);
}

TEST_CASE("live queries over HTTP fail with UnsupportedError") {
  auto db = connect_fresh(devdb().http_url);
  CHECK_THROWS_WITH_AS(db.live("person"), doctest::Contains("WebSocket"), surreal::UnsupportedError);
}

TEST_CASE("an unknown RPC method is a ProtocolError naming it and the server version") {
  for (const auto& url : {devdb().ws_url, devdb().http_url}) {
    CAPTURE(url);
    auto db = surreal::Client::connect(url);
    CHECK_THROWS_WITH_AS(db.rpc("no_such_method"), doctest::Contains("`no_such_method`"),
                         surreal::ProtocolError);
    CHECK_THROWS_WITH_AS(db.rpc("no_such_method"), doctest::Contains(devdb().version.c_str()),
                         surreal::ProtocolError);
  }
}

TEST_CASE("malformed params are a ProtocolError") {
  auto db = surreal::Client::connect(devdb().ws_url);
  CHECK_THROWS_AS(db.rpc("query", {}), surreal::ProtocolError);
}

TEST_CASE("selecting from a missing table: NotFoundError on 3.x, an empty result on 2.x") {
  auto db = connect_fresh(devdb().ws_url);
  if (engine_is_3()) {
    CHECK_THROWS_WITH_AS(db.select(surreal::Table("missing")), doctest::Contains("does not exist"),
                         surreal::NotFoundError);
  } else {
    CHECK(db.select(surreal::Table("missing")).empty());
  }
}

TEST_CASE("querying without a namespace is a QueryError with the server's message") {
  auto db = surreal::Client::connect(devdb().ws_url);
  db.signin(surreal::RootAuth{"root", "root"});
  if (!engine_is_3()) {
    // The 2.x engine shares one session with every other connection: another test's `use` may be in effect.
    skip_on_2x("no per-connection session, so `no namespace selected` cannot be provoked reliably");
    return;
  }
  CHECK_THROWS_WITH_AS(db.create(surreal::Table("x")), doctest::Contains("namespace"), surreal::QueryError);
}

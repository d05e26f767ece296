// Connecting over WebSocket and HTTP, the server version, ping/health, and connection failures.
#include "client_support.hpp"

using namespace surrealpp::test;

TEST_CASE("connect over WebSocket reports the server version") {
  auto db = surreal::Client::connect(devdb().ws_url);
  CHECK(db.server_version() == "surrealdb-" + devdb().version);
  CHECK(db.server_major() == devdb().engine);
  CHECK(db.version() == "surrealdb-" + devdb().version);
}

TEST_CASE("connect over HTTP reports the server version") {
  auto db = surreal::Client::connect(devdb().http_url);
  CHECK(db.server_version() == "surrealdb-" + devdb().version);
  CHECK(db.server_major() == devdb().engine);
}

TEST_CASE("a url without a path gets /rpc, and one with /rpc works as given") {
  auto with_path = surreal::Client::connect(devdb().http_url + "/rpc");
  CHECK(with_path.server_major() == devdb().engine);
  const std::string ws_origin = devdb().ws_url.substr(0, devdb().ws_url.size() - 4);  // strip "/rpc"
  auto without_path = surreal::Client::connect(ws_origin);
  CHECK(without_path.server_major() == devdb().engine);
}

TEST_CASE("ping and health succeed on both transports") {
  for (const auto& url : {devdb().ws_url, devdb().http_url}) {
    CAPTURE(url);
    auto db = surreal::Client::connect(url);
    CHECK_NOTHROW(db.ping());
    CHECK(db.health());
  }
}

TEST_CASE("an unsupported scheme is a ConnectionError naming the url") {
  CHECK_THROWS_WITH_AS(surreal::Client::connect("ftp://127.0.0.1:1/rpc"),
                       doctest::Contains("unsupported scheme 'ftp'"), surreal::ConnectionError);
  CHECK_THROWS_AS(surreal::Client::connect("ws://127.0.0.1:99999/rpc"), surreal::ConnectionError);
}

TEST_CASE("a refused port is a ConnectionError on both transports") {
  // Port 1 on loopback: nothing listens there.
  surreal::Options options;
  options.connect_timeout = std::chrono::milliseconds(2000);
  CHECK_THROWS_AS(surreal::Client::connect("ws://127.0.0.1:1/rpc", options), surreal::ConnectionError);
  CHECK_THROWS_AS(surreal::Client::connect("http://127.0.0.1:1", options), surreal::ConnectionError);
}

TEST_CASE("wss:// with verification on refuses a server that does not speak TLS") {
  // devdb speaks plain WebSocket: the TLS handshake fails, and the failure is a ConnectionError, not a hang.
  surreal::Options options;
  options.connect_timeout = std::chrono::milliseconds(3000);
  const std::string wss = "wss://127.0.0.1:" + std::to_string(devdb().port) + "/rpc";
  CHECK_THROWS_AS(surreal::Client::connect(wss, options), surreal::ConnectionError);
  const std::string https = "https://127.0.0.1:" + std::to_string(devdb().port);
  CHECK_THROWS_AS(surreal::Client::connect(https, options), surreal::ConnectionError);
}

TEST_CASE("closing a client fails later calls with ConnectionError") {
  auto db = surreal::Client::connect(devdb().ws_url);
  db.close();
  CHECK_THROWS_AS(db.ping(), surreal::ConnectionError);
}

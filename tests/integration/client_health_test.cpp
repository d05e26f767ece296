// WebSocket health checks: a server that stops answering (frozen with SIGSTOP, so the TCP connection stays
// up) is found dead by its missing pongs, its pending calls fail fast, and the connection is replaced once it
// answers.
#include "client_support.hpp"

#include <csignal>
#include <future>

using namespace surrealpp::test;
using namespace std::chrono_literals;

namespace {

surreal::Options fast_health_checks() {
  surreal::Options options;
  options.ping_interval = 200ms;
  options.pong_timeout = 400ms;
  options.timeout = 30s;
  options.connect_timeout = 2s;
  options.reconnect_initial_delay = 50ms;
  options.reconnect_max_delay = 300ms;
  return options;
}

/// Resumes a frozen server however the test ends, so the fixture can stop it.
struct Frozen {
  long pid;
  explicit Frozen(long p) : pid(p) { ::kill(static_cast<pid_t>(pid), SIGSTOP); }
  ~Frozen() { thaw(); }
  void thaw() {
    if (pid > 0) ::kill(static_cast<pid_t>(pid), SIGCONT);
    pid = 0;
  }
};

}  // namespace

TEST_CASE("a frozen server is detected by missing pongs and the pending call fails long before its timeout") {
  PrivateDevdb server;
  auto options = fast_health_checks();
  options.auto_reconnect = false;
  auto db = surreal::Client::connect(server.ws_url(), options);
  db.ping();
  Frozen frozen(server.pid());
  const auto started = std::chrono::steady_clock::now();
  CHECK_THROWS_WITH_AS(db.query("RETURN 1"), doctest::Contains("no pong"), surreal::ConnectionError);
  CHECK(std::chrono::steady_clock::now() - started < 5s);
}

TEST_CASE("after a freeze the connection is replaced and calls work again") {
  PrivateDevdb server;
  auto db = surreal::Client::connect(server.ws_url(), fast_health_checks());
  db.signin(surreal::RootAuth{"root", "root"});
  db.use("health", "health");
  db.let("v", 1);
  {
    Frozen frozen(server.pid());
    std::this_thread::sleep_for(1500ms);  // long enough for the pong timeout to fire
  }
  CHECK(db.query("RETURN $v").take<int>(0) == 1);
  CHECK(db.health());
}

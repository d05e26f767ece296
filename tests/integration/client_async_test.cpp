// query_async: calls in flight from one thread (surreal::Pending), each answer matched to its own call,
// errors and timeouts delivered by get(), over WebSocket and HTTP.
#include "client_support.hpp"

#include <stdexcept>
#include <thread>
#include <vector>

using namespace surrealpp::test;

TEST_CASE("64 queries in flight from one thread each get their own answer, in any order of collection") {
  for (const auto& url : transports()) {
    CAPTURE(url);
    auto db = connect_fresh(url);
    std::vector<surreal::Pending<surreal::QueryResult>> sent;
    for (int i = 0; i < 64; ++i) sent.push_back(db.query_async("RETURN $i * 10", {{"i", i}}));
    // Collected backwards: the answers of the others are read meanwhile and kept for their handles.
    for (int i = 63; i >= 0; --i) {
      REQUIRE(sent[static_cast<std::size_t>(i)].valid());
      CHECK(sent[static_cast<std::size_t>(i)].get().take<int>(0) == i * 10);
      CHECK_FALSE(sent[static_cast<std::size_t>(i)].valid());
    }
  }
}

TEST_CASE("ready() turns true once the answer is in, read by another call's wait, without get()") {
  auto db = connect_fresh(devdb().ws_url);
  auto first = db.query_async("RETURN 1");
  // Blocking calls read the connection while they wait, and keep `first`'s answer for its handle. (The server
  // may answer calls in any order, so one call is not always enough.)
  for (int i = 0; i < 100 && !first.ready(); ++i) REQUIRE(db.query("RETURN 0").take<int>(0) == 0);
  CHECK(first.ready());
  CHECK(first.get().take<int>(0) == 1);
}

TEST_CASE("a failed statement is thrown by take() of the collected result, as for query()") {
  for (const auto& url : transports()) {
    CAPTURE(url);
    auto db = connect_fresh(url);
    auto pending = db.query_async("RETURN 1; THROW 'async failure'");
    const surreal::QueryResult result = pending.get();
    CHECK(result.take<int>(0) == 1);
    CHECK_THROWS_AS((void)result.take(1), surreal::QueryError);
  }
}

TEST_CASE("a syntax error of the whole call is thrown by get()") {
  for (const auto& url : transports()) {
    CAPTURE(url);
    auto db = connect_fresh(url);
    auto pending = db.query_async("SELEC nonsense FROM");
    CHECK_THROWS_AS(pending.get(), surreal::QueryError);
    CHECK(db.query("RETURN 3").take<int>(0) == 3);
  }
}

TEST_CASE("the timeout of a call in flight counts from when it was sent") {
  auto db = connect_fresh(devdb().ws_url);
  const auto started = std::chrono::steady_clock::now();
  auto slow = db.query_async("SLEEP 2s; RETURN 1", {}, std::chrono::milliseconds(300));
  std::this_thread::sleep_for(std::chrono::milliseconds(400));
  CHECK_THROWS_AS(slow.get(), surreal::TimeoutError);
  CHECK(std::chrono::steady_clock::now() - started < std::chrono::milliseconds(1500));
  CHECK(db.query("RETURN 4").take<int>(0) == 4);
}

TEST_CASE("a handle dropped before its answer leaves the connection usable, and get() is once only") {
  auto db = connect_fresh(devdb().ws_url);
  { auto dropped = db.query_async("SLEEP 100ms; RETURN 1"); }
  auto kept = db.query_async("RETURN 2");
  CHECK(kept.get().take<int>(0) == 2);
  CHECK_THROWS_AS(kept.get(), std::logic_error);
  surreal::Pending<surreal::QueryResult> empty;
  CHECK_FALSE(empty.valid());
  CHECK_FALSE(empty.ready());
  CHECK(db.query("RETURN 5").take<int>(0) == 5);
}

TEST_CASE("calls in flight on a connection that drops fail with ConnectionError") {
  auto db = connect_fresh(devdb().ws_url);
  auto pending = db.query_async("SLEEP 1s; RETURN 1");
  db.close();
  CHECK_THROWS_AS(pending.get(), surreal::ConnectionError);
}

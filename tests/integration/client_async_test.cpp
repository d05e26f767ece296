// query_async and rpc_async: calls in flight from one thread (surreal::Pending), each answer matched to its
// own call, errors and timeouts delivered by get(), over WebSocket and HTTP.
#include "client_support.hpp"

#include <stdexcept>
#include <string>
#include <thread>
#include <typeinfo>
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

TEST_CASE(
    "rpc_async keeps any method in flight: 32 creates, then 32 selects, each answered for its own call") {
  for (const auto& url : transports()) {
    CAPTURE(url);
    auto db = connect_fresh(url);
    std::vector<surreal::Pending<surreal::Value>> created;
    for (int i = 0; i < 32; ++i)
      created.push_back(
          db.rpc_async("create", {surreal::RecordId("async_item", i), surreal::Object{{"n", i}}}));
    for (int i = 31; i >= 0; --i) {
      const surreal::Value record = created[static_cast<std::size_t>(i)].get();
      const surreal::Value& one =
          record.is_array() ? record.as_array().at(0) : record;  // 2.x answers an array
      CHECK(one["n"].as_int() == i);
    }
    std::vector<surreal::Pending<surreal::Value>> selected;
    for (int i = 0; i < 32; ++i)
      selected.push_back(db.rpc_async("select", {surreal::RecordId("async_item", i)}));
    for (int i = 0; i < 32; ++i) {
      const surreal::Value record = selected[static_cast<std::size_t>(i)].get();
      const surreal::Value& one = record.is_array() ? record.as_array().at(0) : record;
      CHECK(one["id"] == surreal::Value(surreal::RecordId("async_item", i)));
    }
    CHECK(db.query("RETURN count(SELECT * FROM async_item)").take<int>(0) == 32);
  }
}

TEST_CASE("rpc_async throws by get() the error type and message rpc() throws") {
  for (const auto& url : transports()) {
    CAPTURE(url);
    auto db = connect_fresh(url);
    const surreal::Array params = {surreal::RecordId("async_dup", "one"), surreal::Object{{"n", 1}}};
    db.rpc("create", params);
    std::string blocking_type, blocking_message;
    try {
      db.rpc("create", params);
    } catch (const surreal::Error& e) {
      blocking_type = typeid(e).name();
      blocking_message = e.what();
    }
    REQUIRE(blocking_type == typeid(surreal::AlreadyExistsError).name());
    auto pending = db.rpc_async("create", params);
    std::string async_type, async_message;
    try {
      pending.get();
    } catch (const surreal::Error& e) {
      async_type = typeid(e).name();
      async_message = e.what();
    }
    CHECK(async_type == blocking_type);
    CHECK(async_message == blocking_message);
  }
}

TEST_CASE("rpc_async refuses a method that changes the session, before anything is sent") {
  auto db = connect_fresh(devdb().ws_url);
  const surreal::Value before = db.query("RETURN [session::ns(), session::db()]").take(0);
  CHECK_THROWS_AS(db.rpc_async("use", {"elsewhere", "other"}), surreal::UnsupportedError);
  CHECK_THROWS_AS(db.rpc_async("let", {"x", 1}), surreal::UnsupportedError);
  CHECK(db.query("RETURN [session::ns(), session::db()]").take(0) == before);
  CHECK(db.query("RETURN $x").take(0).is_none());
}

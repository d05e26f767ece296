// Many calls in flight on one connection from many threads: each caller gets its own answer, and a slow call
// does not hold up the others.
#include "client_support.hpp"

#include <future>

using namespace surrealpp::test;

namespace {

void run_64_calls_from_8_threads(surreal::Client& db) {
  // No call has used the fresh database yet: the threads' first calls create it at the same moment, which
  // 3.x answers with retryable conflicts that the client retries (options.conflict_retries).
  std::vector<std::future<int>> mismatches;
  for (int thread = 0; thread < 8; ++thread) {
    mismatches.push_back(std::async(std::launch::async, [&db, thread] {
      int wrong = 0;
      for (int i = 0; i < 8; ++i) {
        const int n = thread * 100 + i;
        if (db.query("RETURN $n * 2", {{"n", n}}).take<int>(0) != n * 2) ++wrong;
      }
      return wrong;
    }));
  }
  int wrong = 0;
  for (auto& m : mismatches) wrong += m.get();
  CHECK(wrong == 0);
}

}  // namespace

TEST_CASE("64 concurrent calls from 8 threads on one WebSocket connection get their own answers") {
  auto db = connect_fresh(devdb().ws_url);
  run_64_calls_from_8_threads(db);
}

TEST_CASE("64 concurrent calls from 8 threads over HTTP get their own answers") {
  auto db = connect_fresh(devdb().http_url);
  run_64_calls_from_8_threads(db);
}

TEST_CASE("a slow call blocks only its caller") {
  auto db = connect_fresh(devdb().ws_url);
  auto slow = std::async(std::launch::async, [&] { return db.query("SLEEP 1500ms; RETURN 'slow'"); });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  const auto started = std::chrono::steady_clock::now();
  for (int i = 0; i < 10; ++i) CHECK(db.query("RETURN $i", {{"i", i}}).take<int>(0) == i);
  const auto elapsed = std::chrono::steady_clock::now() - started;
  if (engine_is_3())
    CHECK(elapsed < std::chrono::milliseconds(1000));
  else
    skip_on_2x(
        "devdb runs the 2.x engine's requests one at a time (one shared session), so the server itself "
        "makes fast calls wait for the slow one");
  CHECK(slow.get().take<std::string>(1) == "slow");
}

TEST_CASE("many records in one answer arrive whole") {
  auto db = connect_fresh(devdb().ws_url);
  const auto created = db.query(
      "FOR $i IN 1..=2000 { CREATE item SET n = $i, text = string::repeat('x', 200) }; "
      "SELECT count() FROM item GROUP ALL");
  CHECK(created.take(1).as_array()[0]["count"] == surreal::Value(2000));
  const auto items = db.select(surreal::Table("item"));
  CHECK(items.size() == 2000);
}

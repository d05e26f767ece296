// Client::pipeline(): the calls of the pipelining thread are written together (at a wait, flush() or the end
// of the pipeline) and their answers read together; everything else behaves as without it.
#include "client_support.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <thread>
#include <vector>

using namespace surrealpp::test;

namespace {

/// Two clients on the same fresh database: `writer` pipelines, `observer` looks at what reached the server.
struct TwoClients {
  explicit TwoClients(const std::string& url, surreal::Options options = {})
      : ns(unique_name("ns")),
        db_name(unique_name("db")),
        writer(surreal::Client::connect(url, options)),
        observer(surreal::Client::connect(url)) {
    for (auto* client : {&writer, &observer}) {
      client->signin(surreal::RootAuth{"root", "root"});
      client->use(ns, db_name);
    }
    observer.query("DEFINE TABLE t SCHEMALESS");
  }
  /// Records of table `t` the server has.
  int count_on_server() { return observer.query("RETURN count(SELECT * FROM t)").take<int>(0); }

  std::string ns, db_name;
  surreal::Client writer, observer;
};

}  // namespace

TEST_CASE("64 pipelined queries each get their own answer, collected in any order") {
  for (const auto& url : transports()) {
    CAPTURE(url);
    auto db = connect_fresh(url);
    auto pipeline = db.pipeline();
    std::vector<surreal::Pending<surreal::QueryResult>> sent;
    for (int i = 0; i < 64; ++i) sent.push_back(db.query_async("RETURN $i * 10", {{"i", i}}));
    for (int i = 63; i >= 0; --i) CHECK(sent[static_cast<std::size_t>(i)].get().take<int>(0) == i * 10);
  }
}

TEST_CASE("a pipelined call reaches the server at flush(), not before") {
  TwoClients clients(devdb().ws_url);
  auto pipeline = clients.writer.pipeline();
  auto created = clients.writer.query_async("CREATE t:one SET n = 1 RETURN VALUE n");
  // Its frame waits in the client: nothing the observer can see, however long we wait.
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  CHECK(clients.count_on_server() == 0);
  pipeline.flush();
  CHECK(eventually([&] { return clients.count_on_server() == 1; }));
  CHECK(created.get().take<std::vector<int>>(0) == std::vector<int>{1});
}

TEST_CASE("the end of the pipeline writes what is still unwritten") {
  TwoClients clients(devdb().ws_url);
  std::optional<surreal::Pending<surreal::QueryResult>> created;
  {
    auto pipeline = clients.writer.pipeline();
    created = clients.writer.query_async("CREATE t:two SET n = 2 RETURN VALUE n");
    CHECK(clients.count_on_server() == 0);
  }
  CHECK(eventually([&] { return clients.count_on_server() == 1; }));
  CHECK(created->get().take<std::vector<int>>(0) == std::vector<int>{2});
}

TEST_CASE(
    "waiting for any answer writes the pipelined calls first, so a get() never waits on its own frame") {
  TwoClients clients(devdb().ws_url);
  auto pipeline = clients.writer.pipeline();
  auto first = clients.writer.query_async("CREATE t:a SET n = 1 RETURN VALUE n");
  auto second = clients.writer.query_async("CREATE t:b SET n = 2 RETURN VALUE n");
  // Collecting the second writes both.
  CHECK(second.get().take<std::vector<int>>(0) == std::vector<int>{2});
  CHECK(first.get().take<std::vector<int>>(0) == std::vector<int>{1});
  // A blocking call inside the pipeline is written with the calls before it and waits for its own answer.
  auto third = clients.writer.query_async("CREATE t:c SET n = 3 RETURN VALUE n");
  CHECK(clients.writer.query("RETURN 7").take<int>(0) == 7);
  CHECK(clients.count_on_server() == 3);
  CHECK(third.get().take<std::vector<int>>(0) == std::vector<int>{3});
}

TEST_CASE("polling ready() inside a pipeline writes the call, so it does turn true") {
  auto db = connect_fresh(devdb().ws_url);
  auto pipeline = db.pipeline();
  auto pending = db.query_async("RETURN 11");
  CHECK(eventually([&] { return pending.ready(); }, std::chrono::seconds(5)));
  CHECK(pending.get().take<int>(0) == 11);
}

TEST_CASE("another thread's calls are written at once while this thread pipelines") {
  TwoClients clients(devdb().ws_url);
  auto pipeline = clients.writer.pipeline();
  auto held = clients.writer.query_async("CREATE t:held RETURN VALUE id");
  std::optional<surreal::Pending<surreal::QueryResult>> others;
  // Not pipelining: its call is written at once, while `held` still waits in the client.
  std::thread other([&] { others = clients.writer.query_async("CREATE t:other RETURN VALUE id"); });
  other.join();
  CHECK(eventually([&] { return clients.count_on_server() == 1; }));
  CHECK(clients.observer.query("RETURN count(SELECT * FROM t:held)").take<int>(0) == 0);
  // A wait for any answer, here the other thread's call collected by this one, writes `held` too.
  CHECK(others->get().size() == 1);
  CHECK(held.get().size() == 1);
  CHECK(clients.count_on_server() == 2);
}

TEST_CASE("pipelines nest and move; the outer one still defers after the inner one ends") {
  TwoClients clients(devdb().ws_url);
  std::optional<surreal::Pipeline> outer;
  outer.emplace(clients.writer.pipeline());
  {
    auto inner = clients.writer.pipeline();
    auto moved = std::move(inner);  // `inner` now ends nothing
    auto answer = clients.writer.query_async("RETURN 1");
    CHECK(answer.get().take<int>(0) == 1);
  }
  auto held = clients.writer.query_async("CREATE t:later RETURN VALUE id");
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  CHECK(clients.count_on_server() == 0);
  outer.reset();
  CHECK(held.get().size() == 1);
  CHECK(clients.count_on_server() == 1);
  // Without a pipeline, calls are written at once again.
  auto direct = clients.writer.query_async("CREATE t:direct RETURN VALUE id");
  CHECK(eventually([&] { return clients.count_on_server() == 2; }));
  CHECK(direct.get().size() == 1);
}

TEST_CASE("answers gathered under a long window still come as soon as enough are in") {
  // With a 3 s window, one wait that did not stop gathering when half of the calls in flight had answered
  // would take 3 s; 64 quick calls answer in milliseconds.
  surreal::Options options;
  options.pipeline_gather_window = std::chrono::seconds(3);
  auto db = connect_fresh(devdb().ws_url, options);
  const auto started = std::chrono::steady_clock::now();
  {
    auto pipeline = db.pipeline();
    std::vector<surreal::Pending<surreal::QueryResult>> sent;
    for (int round = 0; round < 4; ++round) {
      for (int i = 0; i < 64; ++i) sent.push_back(db.query_async("RETURN $i", {{"i", i}}));
      for (int i = 0; i < 64; ++i)
        CHECK(sent[static_cast<std::size_t>(round * 64 + i)].get().take<int>(0) == i);
    }
  }
  const auto took = std::chrono::steady_clock::now() - started;
  CAPTURE(std::chrono::duration_cast<std::chrono::milliseconds>(took).count());
  CHECK(took < std::chrono::milliseconds(2500));
}

TEST_CASE("an answer that cannot reach the mark alone is read within the window, not after the others") {
  surreal::Options options;
  options.pipeline_gather_window = std::chrono::milliseconds(50);
  auto db = connect_fresh(devdb().ws_url, options);
  auto pipeline = db.pipeline();
  const auto started = std::chrono::steady_clock::now();
  auto first = db.query_async("SLEEP 100ms; RETURN 'first'");
  std::vector<surreal::Pending<surreal::QueryResult>> late;
  for (int i = 0; i < 3; ++i) late.push_back(db.query_async("SLEEP 1s; RETURN 'late'"));
  // 4 in flight: the mark is 2 answers, which the first answer alone does not make.
  CHECK(first.get().take<std::string>(1) == "first");
  CHECK(std::chrono::steady_clock::now() - started < std::chrono::milliseconds(1500));
  for (auto& answer : late) CHECK(answer.get().take<std::string>(1) == "late");
}

TEST_CASE("a pipelined call whose answer is late still times out on time, gathering or not") {
  surreal::Options options;
  options.pipeline_gather_window = std::chrono::seconds(5);
  auto db = connect_fresh(devdb().ws_url, options);
  auto pipeline = db.pipeline();
  std::vector<surreal::Pending<surreal::QueryResult>> slow;
  // Two in flight, so that the wait gathers; short sleeps, because the 2.x engine runs them one after another
  // and later tests would wait behind them.
  for (int i = 0; i < 2; ++i)
    slow.push_back(db.query_async("SLEEP 1s; RETURN 1", {}, std::chrono::milliseconds(300)));
  const auto started = std::chrono::steady_clock::now();
  CHECK_THROWS_AS(slow.front().get(), surreal::TimeoutError);
  CHECK(std::chrono::steady_clock::now() - started < std::chrono::milliseconds(1500));
}

TEST_CASE("over HTTP a pipeline changes nothing: each call is made at once") {
  TwoClients clients(devdb().http_url);
  auto pipeline = clients.writer.pipeline();
  auto created = clients.writer.query_async("CREATE t:http RETURN VALUE id");
  CHECK(clients.count_on_server() == 1);
  CHECK(created.get().size() == 1);
  pipeline.flush();
}

TEST_CASE("a pipelined call on a connection that drops fails with ConnectionError") {
  auto db = connect_fresh(devdb().ws_url);
  std::optional<surreal::Pending<surreal::QueryResult>> held;
  {
    auto pipeline = db.pipeline();
    held = db.query_async("RETURN 1");
    db.close();
  }
  CHECK_THROWS_AS(held->get(), surreal::ConnectionError);
}

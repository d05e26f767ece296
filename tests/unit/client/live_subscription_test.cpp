// Delivery of live notifications into a stream: order, typed conversion, DIFF operations, KILLED, timeouts.
#include "client/live_subscription.hpp"

#include <surreal/live.hpp>

#include <doctest/doctest.h>

#include <thread>

using namespace surreal;
using namespace std::chrono_literals;

namespace {

std::shared_ptr<detail::LiveSubscription> subscription(bool diff = false) {
  // No client behind it: closing only ends the stream locally.
  auto s = std::make_shared<detail::LiveSubscription>(std::weak_ptr<detail::ClientCore>(), std::nullopt,
                                                      "person", diff, 0);
  s->set_id(Uuid::parse("0191d9a2-7a36-7e4e-8b5f-3a0c1d2e3f40"));
  return s;
}

Value notification(const char* action, Value record, Value result) {
  return Object{{"id", Uuid::parse("0191d9a2-7a36-7e4e-8b5f-3a0c1d2e3f40")},
                {"action", action},
                {"record", std::move(record)},
                {"result", std::move(result)}};
}

struct Person {
  std::string name;
};

}  // namespace

template <>
struct surreal::Codec<Person> {
  static Value encode(const Person& p) { return Object{{"name", p.name}}; }
  static Person decode(const Value& v) {
    Person p;
    decode_field(expect_object(v, "Person"), "name", p.name);
    return p;
  }
};

TEST_CASE("changes come out in order with action, record and typed result") {
  auto s = subscription();
  LiveStream<Person> stream(s);
  s->deliver(notification("CREATE", RecordId{"person", "a"}, Object{{"name", "A"}}));
  s->deliver(notification("UPDATE", RecordId{"person", "a"}, Object{{"name", "B"}}));
  s->deliver(notification("DELETE", RecordId{"person", "a"}, Object{{"name", "B"}}));
  auto first = stream.next(1s);
  REQUIRE(first);
  CHECK(first->action == LiveAction::Create);
  CHECK(first->record == RecordId{"person", "a"});
  CHECK(first->result->name == "A");
  CHECK(first->query_id == stream.id());
  CHECK(stream.next(1s)->action == LiveAction::Update);
  CHECK(stream.next(1s)->action == LiveAction::Delete);
  CHECK_FALSE(stream.next(10ms));
  CHECK_FALSE(stream.closed());
}

TEST_CASE("in DIFF mode the result is a list of patch operations") {
  auto s = subscription(true);
  LiveStream<Person> stream(s);
  s->deliver(notification("UPDATE", RecordId{"person", "a"},
                          Value::array({Object{{"op", "replace"}, {"path", "/name"}, {"value", "C"}}})));
  auto change = stream.next(1s);
  REQUIRE(change);
  CHECK_FALSE(change->result.has_value());
  REQUIRE(change->diff.size() == 1);
  CHECK(change->diff[0] == PatchOp::replace("/name", "C"));
}

TEST_CASE("KILLED is delivered once and ends the stream") {
  auto s = subscription();
  LiveStream<Value> stream(s);
  s->deliver(notification("KILLED", Value::none(), Value::none()));
  auto killed = stream.next(1s);
  REQUIRE(killed);
  CHECK(killed->action == LiveAction::Killed);
  CHECK(stream.closed());
  CHECK(stream.close_reason() == "the live query was killed");
  CHECK_FALSE(stream.next(1s));
  s->deliver(notification("CREATE", RecordId{"person", "late"}, Object{}));
  CHECK_FALSE(stream.next(10ms));
}

TEST_CASE("next() without timeout waits for a change from another thread") {
  auto s = subscription();
  LiveStream<Value> stream(s);
  std::thread producer([s] {
    std::this_thread::sleep_for(50ms);
    s->deliver(notification("CREATE", RecordId{"person", "x"}, Object{{"name", "X"}}));
  });
  auto change = stream.next();
  producer.join();
  REQUIRE(change);
  CHECK(change->record == RecordId{"person", "x"});
}

TEST_CASE("range-for stops when the stream ends") {
  auto s = subscription();
  LiveStream<Value> stream(s);
  s->deliver(notification("CREATE", RecordId{"person", 1}, Object{}));
  s->deliver(notification("CREATE", RecordId{"person", 2}, Object{}));
  s->end("test over");
  int seen = 0;
  for (const auto& change : stream) {
    CHECK(change.action == LiveAction::Create);
    ++seen;
  }
  CHECK(seen == 2);  // queued changes are still delivered after the end
  CHECK(stream.close_reason() == "test over");
}

TEST_CASE("closing a stream ends it; a moved-from stream is closed") {
  auto s = subscription();
  LiveStream<Value> stream(s);
  LiveStream<Value> moved = std::move(stream);
  CHECK(stream.closed());  // NOLINT(bugprone-use-after-move): the moved-from state is part of the contract
  CHECK_FALSE(moved.closed());
  moved.close();
  CHECK(moved.closed());
  CHECK(moved.close_reason() == "closed by the client");
}

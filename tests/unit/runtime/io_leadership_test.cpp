// Which thread runs a connection's loop (transport/io_leadership.hpp), against a loop of our own: a queue of
// handlers that records which thread ran each one and whether two threads ever ran it at once.
#include "transport/io_leadership.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

using namespace surreal::detail;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace {

/// A loop like asio's io_context, reduced to what IoLeadership uses.
class QueueLoop {
 public:
  bool run_one_until(Clock::time_point deadline) {
    std::unique_lock<std::mutex> lock(mutex_);
    auto ready = [this] { return stopped_ || !handlers_.empty(); };
    if (deadline == Clock::time_point::max())
      changed_.wait(lock, ready);
    else if (!changed_.wait_until(lock, deadline, ready))
      return true;  // nothing to run before the deadline; the loop goes on
    if (stopped_) return false;
    std::function<void()> handler = std::move(handlers_.front());
    handlers_.pop_front();
    lock.unlock();
    const int running = ++running_;
    most_at_once_ = std::max(most_at_once_.load(), running);
    handler();
    --running_;
    return true;
  }
  void post(std::function<void()> handler) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      handlers_.push_back(std::move(handler));
    }
    changed_.notify_all();
  }
  void stop() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stopped_ = true;
    }
    changed_.notify_all();
  }
  int most_at_once() const { return most_at_once_.load(); }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::function<void()>> handlers_;
  bool stopped_ = false;
  std::atomic<int> running_{0};
  std::atomic<int> most_at_once_{0};
};

/// IoLeadership over a QueueLoop, with its background thread running.
struct Fixture {
  explicit Fixture(std::chrono::milliseconds lull = 20ms)
      : leadership(IoLeadership::Loop{[this](Clock::time_point d, bool) { return loop.run_one_until(d); },
                                      [this] { loop.post([] {}); }},
                   lull),
        background([this] { leadership.run_background(); }) {}
  ~Fixture() {
    leadership.stop();
    loop.stop();
    background.join();
  }
  QueueLoop loop;
  IoLeadership leadership;
  std::thread background;
};

/// A handler that sets `signal` and records the thread it ran on.
std::function<void()> answer(OneShotSignal& signal, std::thread::id& ran_on) {
  return [&signal, &ran_on] {
    ran_on = std::this_thread::get_id();
    signal.set();
  };
}

}  // namespace

TEST_CASE("a lone caller runs the loop itself: its answer is read on its own thread") {
  Fixture f;
  std::this_thread::sleep_for(50ms);  // the background thread has taken the idle loop
  for (int i = 0; i < 20; ++i) {
    OneShotSignal signal;
    std::thread::id ran_on;
    // The answer comes a round trip after the call, while the caller waits (posted at once, the background
    // thread, leading the loop, would run it before the caller even starts to wait).
    std::thread server([&] {
      std::this_thread::sleep_for(1ms);
      f.loop.post(answer(signal, ran_on));
    });
    REQUIRE(f.leadership.wait(signal, Clock::now() + 2s));
    server.join();
    // The first answer may still be read by the background thread, which led the idle loop when it came; from
    // then on the caller leads (the background thread waits for a lull).
    if (i > 0) CHECK(ran_on == std::this_thread::get_id());
  }
  CHECK(f.loop.most_at_once() == 1);
}

TEST_CASE("an idle loop is run by the background thread, at the latest a lull after the last call") {
  Fixture f(20ms);
  OneShotSignal caller_signal;
  std::thread::id ran_on;
  f.loop.post(answer(caller_signal, ran_on));
  REQUIRE(f.leadership.wait(caller_signal, Clock::now() + 2s));

  OneShotSignal notification;  // nobody waits for this one: a live notification, say
  std::thread::id notified_on;
  const auto posted = Clock::now();
  f.loop.post(answer(notification, notified_on));
  REQUIRE(notification.wait_until(Clock::now() + 2s));
  CHECK(Clock::now() - posted < 1s);
  CHECK(notified_on == f.background.get_id());
  CHECK(f.loop.most_at_once() == 1);
}

TEST_CASE("a follower is answered by the leader, then by the background thread once the leader has left") {
  Fixture f;
  OneShotSignal leader_signal, follower_signal, follower_started;
  std::thread::id leader_ran_on, follower_ran_on;
  std::thread::id leader_id;
  bool follower_answered = false;

  std::thread leader([&] {
    leader_id = std::this_thread::get_id();
    follower_started.wait();
    std::this_thread::sleep_for(20ms);  // the follower is waiting by now
    f.loop.post(answer(leader_signal, leader_ran_on));
    CHECK(f.leadership.wait(leader_signal, Clock::now() + 2s));
  });
  std::thread follower([&] {
    std::this_thread::sleep_for(5ms);
    follower_started.set();
    follower_answered = f.leadership.wait(follower_signal, Clock::now() + 3s);
  });
  leader.join();
  // The leader has left; the follower still waits. Its answer arrives now and must still be read.
  f.loop.post(answer(follower_signal, follower_ran_on));
  follower.join();
  CHECK(follower_answered);
  CHECK(f.loop.most_at_once() == 1);
}

TEST_CASE("many callers at once: every answer arrives, and the loop never runs on two threads") {
  Fixture f;
  constexpr int threads = 8, calls = 50;
  std::atomic<int> answered{0};
  std::vector<std::thread> callers;
  for (int t = 0; t < threads; ++t) {
    callers.emplace_back([&] {
      for (int i = 0; i < calls; ++i) {
        OneShotSignal signal;
        std::thread::id ran_on;
        f.loop.post(answer(signal, ran_on));
        if (f.leadership.wait(signal, Clock::now() + 5s)) ++answered;
      }
    });
  }
  for (auto& caller : callers) caller.join();
  CHECK(answered.load() == threads * calls);
  CHECK(f.loop.most_at_once() == 1);
}

TEST_CASE("a wait ends at its deadline without an answer, and the loop is free for the next caller") {
  Fixture f;
  OneShotSignal never;
  const auto started = Clock::now();
  CHECK_FALSE(f.leadership.wait(never, started + 50ms));
  CHECK(Clock::now() - started >= 50ms);
  OneShotSignal signal;
  std::thread::id ran_on;
  f.loop.post(answer(signal, ran_on));
  CHECK(f.leadership.wait(signal, Clock::now() + 2s));
}

TEST_CASE("after stop() a wait only waits for its signal, set by another thread") {
  QueueLoop loop;
  IoLeadership leadership(IoLeadership::Loop{[&](Clock::time_point d, bool) { return loop.run_one_until(d); },
                                             [&] { loop.post([] {}); }},
                          10ms);
  std::thread background([&] { leadership.run_background(); });
  leadership.stop();
  background.join();  // run_background() returned
  OneShotSignal signal;
  std::thread setter([&] {
    std::this_thread::sleep_for(10ms);
    signal.set();
  });
  CHECK(leadership.wait(signal, Clock::now() + 2s));
  setter.join();
}

TEST_CASE("the leading caller's gather wish reaches the loop; the background thread never asks to gather") {
  QueueLoop loop;
  std::mutex seen_mutex;
  std::vector<std::pair<std::thread::id, bool>> seen;  // (thread, gather) of each step
  IoLeadership leadership(IoLeadership::Loop{[&](Clock::time_point d, bool gather) {
                                               {
                                                 std::lock_guard<std::mutex> lock(seen_mutex);
                                                 seen.emplace_back(std::this_thread::get_id(), gather);
                                               }
                                               return loop.run_one_until(d);
                                             },
                                             [&] { loop.post([] {}); }},
                          5ms);
  std::thread background([&] { leadership.run_background(); });
  std::this_thread::sleep_for(30ms);  // idle: the background thread leads
  OneShotSignal answered;
  std::thread server([&] {
    std::this_thread::sleep_for(5ms);  // a round trip after the call
    loop.post([&] { answered.set(); });
  });
  CHECK(leadership.wait(answered, Clock::now() + 2s, true));
  server.join();
  leadership.stop();
  loop.stop();
  background.join();
  const auto caller = std::this_thread::get_id();
  std::lock_guard<std::mutex> lock(seen_mutex);
  const auto by_caller =
      std::count_if(seen.begin(), seen.end(), [&](const auto& s) { return s.first == caller; });
  CHECK(by_caller > 0);
  CHECK(by_caller < static_cast<long>(seen.size()));  // the background thread led too
  for (const auto& [thread, gather] : seen) CHECK(gather == (thread == caller));
}

TEST_CASE("the leader stops gathering while another caller waits for what it reads") {
  QueueLoop loop;
  std::atomic<bool> follower_waiting{false};
  std::mutex seen_mutex;
  std::vector<bool> gather_after_follower;  // the gather flag of each step begun once the follower waited
  IoLeadership leadership(IoLeadership::Loop{[&](Clock::time_point d, bool gather) {
                                               if (follower_waiting) {
                                                 std::lock_guard<std::mutex> lock(seen_mutex);
                                                 gather_after_follower.push_back(gather);
                                               }
                                               return loop.run_one_until(d);
                                             },
                                             [&] { loop.post([] {}); }},
                          1s);  // the background thread stays out of the way
  OneShotSignal leader_answer, follower_answer;
  std::thread leader([&] { CHECK(leadership.wait(leader_answer, Clock::now() + 2s, true)); });
  std::this_thread::sleep_for(20ms);  // the leader leads
  std::thread follower([&] { CHECK(leadership.wait(follower_answer, Clock::now() + 2s)); });
  std::this_thread::sleep_for(20ms);  // the follower sleeps on its signal
  follower_waiting = true;
  loop.post([] {});  // ends the leader's current step; its next one sees the follower
  std::this_thread::sleep_for(20ms);
  loop.post([&] {
    follower_answer.set();
    leader_answer.set();
  });
  leader.join();
  follower.join();
  leadership.stop();
  loop.stop();
  std::lock_guard<std::mutex> lock(seen_mutex);
  REQUIRE_FALSE(gather_after_follower.empty());
  for (const bool gather : gather_after_follower) CHECK_FALSE(gather);
}

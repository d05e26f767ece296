#pragma once
// Which thread runs a connection's I/O loop: the thread waiting for an answer, whenever it can.
//
// Why: with a dedicated I/O thread, every answer costs two thread wake-ups (the I/O thread wakes for the
// socket, then wakes the caller), and on a client making one call at a time those wake-ups are most of its
// CPU. Here a waiting caller runs the loop itself while no other thread does (it "leads") and reads its own
// answer with no hand-over. Callers that wait meanwhile ("followers") sleep on their own signals; whoever
// leads and reads their answers wakes them.
//
// A background thread runs the loop when no call is waiting: it reads live notifications and the server's
// pings, and notices a dropped connection, while the client is otherwise idle. It takes the loop over
//   - at once when a leader leaves while followers still wait (their answers must be read);
//   - after `lull` without a leader, so a live notification that arrives between two calls waits at most
//     about that long (and an idle client costs no wake-ups at all: the background thread then blocks in the
//     loop).
// A caller that finds the background thread leading and nobody else waiting asks it to yield (one interrupt
// of the loop) and leads; one that finds followers already waiting joins them.
//
// Valid C++17: included by the websocketpp translation unit.
#include "one_shot_signal.hpp"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>

namespace surreal::detail {

class IoLeadership {
 public:
  using Clock = std::chrono::steady_clock;

  /// The loop being led.
  struct Loop {
    /// Runs at most one ready handler, waiting for one until `deadline`. False once the loop has stopped for
    /// good (then it returns at once). `gather` is the leader's wish passed on from wait() (false for the
    /// background thread): the loop may let input gather before it reads it (see WebSocketConnection).
    std::function<bool(Clock::time_point deadline, bool gather)> run_one_until;
    /// Makes a thread blocked in run_one_until() return soon (by posting a no-op). Thread-safe.
    std::function<void()> interrupt;
  };

  IoLeadership(Loop loop, std::chrono::milliseconds lull);
  IoLeadership(const IoLeadership&) = delete;
  IoLeadership& operator=(const IoLeadership&) = delete;

  /// The background thread's body. Returns after stop(), or once the loop has stopped.
  void run_background();

  /// Waits until `signal` is set (true) or `deadline` passes (false), running the loop while leading (and
  /// passing `gather` to it then).
  bool wait(OneShotSignal& signal, Clock::time_point deadline, bool gather = false);

  /// Ends run_background(); later wait() calls only wait for their signal. The owner stops the loop itself.
  void stop();

 private:
  enum class Leader { none, background, caller };

  /// Runs the loop until `signal` is set, the deadline passes or the loop stops (then false). Called without
  /// the lock, by the leader.
  bool lead(OneShotSignal& signal, Clock::time_point deadline, bool gather);

  Loop loop_;
  const std::chrono::milliseconds lull_;
  std::mutex mutex_;
  std::condition_variable changed_;  // the leader changed, a follower arrived, or stop()
  Leader leader_ = Leader::none;
  // Callers sleeping on their signals while another thread leads. Changed under mutex_; the leader also
  // reads it without the lock, to gather only while nobody else waits for what it reads.
  std::atomic<std::size_t> followers_{0};
  std::size_t candidates_ = 0;  // callers waiting for the background thread to yield the loop to them
  Clock::time_point last_caller_lead_end_{};  // when a caller last stopped leading
  bool stopped_ = false;                      // stop() was called, or the loop stopped
  std::atomic<bool> yield_requested_{false};  // a caller wants the loop back from the background thread
};

}  // namespace surreal::detail

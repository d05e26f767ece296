#include "io_leadership.hpp"

#include <utility>

namespace surreal::detail {

IoLeadership::IoLeadership(Loop loop, std::chrono::milliseconds lull) : loop_(std::move(loop)), lull_(lull) {}

bool IoLeadership::lead(OneShotSignal& signal, Clock::time_point deadline, bool gather) {
  bool running = true;
  while (running && !signal.is_set() && Clock::now() < deadline)
    // Another thread's answer must not wait for this one's gathering: gather only while nobody follows.
    running = loop_.run_one_until(deadline, gather && followers_.load(std::memory_order_relaxed) == 0);
  return running;
}

bool IoLeadership::wait(OneShotSignal& signal, Clock::time_point deadline, bool gather) {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    if (signal.is_set()) return true;
    if (stopped_) break;
    if (Clock::now() >= deadline) return signal.is_set();
    if (leader_ == Leader::none) {
      leader_ = Leader::caller;
      lock.unlock();
      const bool running = lead(signal, deadline, gather);
      lock.lock();
      leader_ = Leader::none;
      last_caller_lead_end_ = Clock::now();
      if (!running) stopped_ = true;
      // Followers still waiting need someone to read their answers: the background thread, now. Without
      // followers it is not woken; it looks again after the lull.
      if (followers_ > 0 || !running) changed_.notify_all();
      continue;
    }
    if (leader_ == Leader::background && followers_ == 0) {
      // The client was idle: take the loop back. The background thread leaves it at the next handler, which
      // the interrupt provides.
      if (!yield_requested_.exchange(true)) loop_.interrupt();
      ++candidates_;  // keeps the background thread from taking the loop again before we get it
      changed_.wait_until(lock, deadline, [this] { return leader_ != Leader::background || stopped_; });
      --candidates_;
      // Calls are being made again: the background thread waits a lull before it takes the loop back, even
      // when it read our answer itself before yielding (and we never get to lead).
      last_caller_lead_end_ = Clock::now();
      continue;
    }
    // Another thread leads and reads our answer too.
    ++followers_;
    lock.unlock();
    signal.wait_until(deadline);
    lock.lock();
    --followers_;
  }
  // Nobody runs the loop any more: whatever answers there will be (the owner fails every call when it
  // closes) come from another thread.
  lock.unlock();
  return signal.wait_until(deadline);
}

void IoLeadership::run_background() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (!stopped_) {
    if (leader_ != Leader::none) {
      changed_.wait_for(lock, lull_);
      continue;
    }
    if (candidates_ > 0) {
      changed_.wait_for(lock, lull_);
      continue;
    }
    const Clock::time_point idle_from = last_caller_lead_end_ + lull_;
    if (followers_ == 0 && Clock::now() < idle_from) {
      changed_.wait_until(lock, idle_from);
      continue;
    }
    leader_ = Leader::background;
    yield_requested_ = false;
    lock.unlock();
    bool running = true;
    while (running && !yield_requested_.load())
      running = loop_.run_one_until(Clock::time_point::max(), false);
    lock.lock();
    leader_ = Leader::none;
    if (!running) stopped_ = true;
    changed_.notify_all();
  }
}

void IoLeadership::stop() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopped_ = true;
  }
  yield_requested_ = true;  // the background thread leaves the loop at the next handler: the interrupt
  changed_.notify_all();
  loop_.interrupt();
}

}  // namespace surreal::detail

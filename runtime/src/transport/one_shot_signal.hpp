#pragma once
// A flag that one thread sets once and another waits for, with a timeout: how a caller blocked in a WebSocket
// call learns that the I/O thread filled in its answer.
//
// Why not a condition variable: a waiter that lives on the caller's stack must be notified while the notifier
// still holds the mutex (else the caller may return and destroy it first), and the woken caller then blocks
// on that same mutex: about four futex calls per answer instead of two. On Linux this is a bare futex whose
// wake needs no memory of the waiter (only its address), so the caller may return the instant the flag is
// set. It costs no system call at all when the answer lands before the caller starts waiting.
#include <atomic>
#include <chrono>
#include <cstdint>

#if defined(__linux__)
#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <ctime>
#else
#include <condition_variable>
#include <mutex>
#endif

namespace surreal::detail {

class OneShotSignal {
 public:
  OneShotSignal() = default;
  OneShotSignal(const OneShotSignal&) = delete;
  OneShotSignal& operator=(const OneShotSignal&) = delete;

  bool is_set() const noexcept { return state_.load(std::memory_order_acquire) == set_; }

#if defined(__linux__)
  /// Sets the flag and wakes the waiter. Everything written before is visible to the waiter once it sees the
  /// flag. The owner of the signal may destroy it as soon as it sees the flag: nothing here reads it after
  /// that.
  void set() noexcept {
    if (state_.exchange(set_, std::memory_order_acq_rel) == waiting_) {
      // A FUTEX_WAKE only hashes the address; the memory behind it may be gone already.
      ::syscall(SYS_futex, reinterpret_cast<std::uint32_t*>(&state_), FUTEX_WAKE_PRIVATE, 1, nullptr, nullptr,
                0);
    }
  }

  /// Waits until the flag is set (true) or `deadline` passes (false).
  bool wait_until(std::chrono::steady_clock::time_point deadline) noexcept {
    std::uint32_t expected = idle_;
    if (!state_.compare_exchange_strong(expected, waiting_, std::memory_order_acq_rel) && expected == set_)
      return true;
    // steady_clock is CLOCK_MONOTONIC, which FUTEX_WAIT_BITSET measures absolute deadlines against.
    const auto since_epoch = deadline.time_since_epoch();
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(since_epoch);
    timespec at{};
    at.tv_sec = static_cast<time_t>(seconds.count());
    at.tv_nsec = static_cast<long>(
        std::chrono::duration_cast<std::chrono::nanoseconds>(since_epoch - seconds).count());
    for (;;) {
      if (state_.load(std::memory_order_acquire) == set_) return true;
      const long rc = ::syscall(SYS_futex, reinterpret_cast<std::uint32_t*>(&state_),
                                FUTEX_WAIT_BITSET_PRIVATE, waiting_, &at, nullptr, FUTEX_BITSET_MATCH_ANY);
      if (rc != 0 && errno == ETIMEDOUT) return is_set();
      // 0 (woken), EAGAIN (already set), EINTR (signal): look again.
    }
  }

  /// Waits without a deadline.
  void wait() noexcept {
    while (!wait_until(std::chrono::steady_clock::time_point::max())) {
    }
  }

 private:
  static_assert(sizeof(std::atomic<std::uint32_t>) == sizeof(std::uint32_t), "a futex is a 32-bit word");
  static constexpr std::uint32_t idle_ = 0, waiting_ = 1, set_ = 2;
  std::atomic<std::uint32_t> state_{idle_};
#else
  void set() noexcept {
    std::lock_guard<std::mutex> lock(mutex_);
    state_.store(set_, std::memory_order_release);
    changed_.notify_one();  // under the lock: the waiter may destroy this as soon as it is released
  }
  bool wait_until(std::chrono::steady_clock::time_point deadline) noexcept {
    std::unique_lock<std::mutex> lock(mutex_);
    return changed_.wait_until(lock, deadline, [this] { return is_set(); });
  }
  void wait() noexcept {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [this] { return is_set(); });
  }

 private:
  static constexpr std::uint32_t idle_ = 0, set_ = 2;
  std::atomic<std::uint32_t> state_{idle_};
  std::mutex mutex_;
  std::condition_variable changed_;
#endif
};

}  // namespace surreal::detail

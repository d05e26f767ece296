// Client::pipeline(): which clients the calling thread is pipelining on, and the flushes at its end.
#include <surreal/client.hpp>
#include <surreal/pipeline.hpp>

#include "client_core.hpp"
#include "session_handle.hpp"

#include <algorithm>
#include <vector>

namespace surreal {

namespace {

// The clients this thread has a Pipeline on, innermost last (a client twice when its pipelines nest). Per
// thread, so that deciding whether a call is deferred takes no lock.
thread_local std::vector<const detail::ClientCore*> pipelined_by_this_thread;

}  // namespace

bool detail::ClientCore::pipelined_here() const {
  const auto& cores = pipelined_by_this_thread;
  return !cores.empty() && std::find(cores.rbegin(), cores.rend(), this) != cores.rend();
}

Pipeline::Pipeline(std::shared_ptr<detail::ClientCore> core) : core_(std::move(core)) {
  pipelined_by_this_thread.push_back(core_.get());
}

Pipeline::~Pipeline() {
  if (!core_) return;  // moved from
  auto& cores = pipelined_by_this_thread;
  // Ended on another thread (a misuse) finds nothing here; its calls are still written below.
  if (auto it = std::find(cores.rbegin(), cores.rend(), core_.get()); it != cores.rend())
    cores.erase(std::next(it).base());
  try {
    core_->flush();
  } catch (const Error&) {
    // A connection that cannot be written is closing: the calls in flight on it fail with ConnectionError,
    // which their get() reports. A destructor has no one else to tell.
  }
}

void Pipeline::flush() {
  if (core_) core_->flush();
}

Pipeline Client::pipeline() { return Pipeline(session_->core); }

}  // namespace surreal

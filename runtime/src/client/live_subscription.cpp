#include "live_subscription.hpp"

#include "client_core.hpp"

namespace surreal::detail {

namespace {

LiveAction action_of(const Value& notification) {
  const Value* action = notification.find("action");
  const std::string text = action && action->is_string() ? action->as_string() : std::string();
  if (text == "UPDATE") return LiveAction::Update;
  if (text == "DELETE") return LiveAction::Delete;
  if (text == "KILLED") return LiveAction::Killed;
  return LiveAction::Create;
}

}  // namespace

void LiveSubscription::deliver(const Value& notification) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (ended_) return;
    queue_.push_back(notification);
    if (action_of(notification) == LiveAction::Killed) {
      ended_ = true;
      end_reason_ = "the live query was killed";
    }
  }
  arrived_.notify_all();
}

std::optional<RawLiveChange> LiveSubscription::next(std::optional<std::chrono::milliseconds> timeout) {
  std::unique_lock<std::mutex> lock(mutex_);
  auto ready = [this] { return !queue_.empty() || ended_; };
  if (timeout) {
    if (!arrived_.wait_for(lock, *timeout, ready)) return std::nullopt;
  } else {
    arrived_.wait(lock, ready);
  }
  if (queue_.empty()) return std::nullopt;  // ended and drained
  Value notification = std::move(queue_.front());
  queue_.pop_front();
  lock.unlock();

  RawLiveChange change;
  change.action = action_of(notification);
  if (const Value* id = notification.find("id"); id && id->is_uuid()) change.query_id = id->as_uuid();
  if (const Value* record = notification.find("record")) change.record = *record;
  if (const Value* result = notification.find("result")) change.result = *result;
  return change;
}

void LiveSubscription::end(const std::string& reason) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (ended_) return;
    ended_ = true;
    end_reason_ = reason;
  }
  arrived_.notify_all();
}

void LiveSubscription::close() {
  const Uuid live_id = id();
  const bool was_running = !ended();
  end("closed by the client");
  auto core = core_.lock();
  if (!core) return;
  core->unregister_live(live_id);
  if (!was_running) return;
  try {
    CallOptions call;
    call.slot = slot_;
    call.timeout = std::min(core->options().timeout, std::chrono::milliseconds(5000));
    core->call(session_, "kill", {Value(live_id)}, call);
  } catch (const std::exception&) {
    // The query dies with its connection anyway; closing a stream must not fail.
  }
}

Uuid LiveSubscription::id() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return id_;
}

void LiveSubscription::set_id(const Uuid& id) {
  std::lock_guard<std::mutex> lock(mutex_);
  id_ = id;
}

bool LiveSubscription::ended() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return ended_;
}

std::string LiveSubscription::end_reason() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return end_reason_;
}

}  // namespace surreal::detail

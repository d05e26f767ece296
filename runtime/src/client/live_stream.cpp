#include "live_subscription.hpp"

#include <surreal/live.hpp>

namespace surreal {

std::string_view to_string(LiveAction action) noexcept {
  switch (action) {
    case LiveAction::Create:
      return "CREATE";
    case LiveAction::Update:
      return "UPDATE";
    case LiveAction::Delete:
      return "DELETE";
    case LiveAction::Killed:
      return "KILLED";
  }
  return "CREATE";
}

LiveStreamBase::LiveStreamBase(std::shared_ptr<detail::LiveSubscription> subscription)
    : subscription_(std::move(subscription)) {}

LiveStreamBase& LiveStreamBase::operator=(LiveStreamBase&& other) noexcept {
  if (this != &other) {
    close();
    subscription_ = std::move(other.subscription_);
  }
  return *this;
}

LiveStreamBase::~LiveStreamBase() { close(); }

Uuid LiveStreamBase::id() const { return subscription_ ? subscription_->id() : Uuid(); }

const std::string& LiveStreamBase::table() const {
  static const std::string none;
  return subscription_ ? subscription_->table() : none;
}

bool LiveStreamBase::diff() const { return subscription_ && subscription_->diff(); }

void LiveStreamBase::close() {
  if (subscription_) subscription_->close();
}

bool LiveStreamBase::closed() const { return !subscription_ || subscription_->ended(); }

std::string LiveStreamBase::close_reason() const {
  return subscription_ ? subscription_->end_reason() : "the stream was moved from";
}

std::optional<detail::RawLiveChange> LiveStreamBase::next_raw(
    std::optional<std::chrono::milliseconds> timeout) {
  if (!subscription_) return std::nullopt;
  return subscription_->next(timeout);
}

}  // namespace surreal

#pragma once
// surreal::Pending<T>: the answer of a call sent without waiting for it (Client::query_async,
// Client::rpc_async). Send many, then collect them: over WebSocket they are in flight at once on one
// connection, from one thread, as with the JavaScript SDK's promises, and the thread that collects reads the
// answers itself.
//
//   std::vector<surreal::Pending<surreal::QueryResult>> sent;
//   for (int i = 0; i < 64; ++i) sent.push_back(db.query_async("RETURN $i", {{"i", i}}));
//   for (auto& answer : sent) std::cout << answer.get().take<int>(0) << '\n';
//
// get() throws what the blocking call would have thrown (TimeoutError once the call's timeout has passed
// since it was sent, ConnectionError, QueryError…). A Pending dropped without get() lets its call finish
// unseen. Over HTTP a call cannot stay in flight: query_async() makes it at once, and get() hands out its
// answer.
#include <memory>
#include <stdexcept>
#include <utility>

#include <surreal/value.hpp>

namespace surreal {

class Client;

namespace detail {
class InFlightCall;
/// Waits for the call's answer and returns its `result` (defined in the runtime, which owns InFlightCall).
Value await_in_flight(InFlightCall& call);
bool in_flight_ready(const InFlightCall& call) noexcept;
}  // namespace detail

template <class T>
class Pending {
 public:
  /// An empty handle (valid() is false).
  Pending() = default;
  Pending(Pending&&) noexcept = default;
  Pending& operator=(Pending&&) noexcept = default;
  Pending(const Pending&) = delete;
  Pending& operator=(const Pending&) = delete;

  /// False for an empty handle and after get().
  bool valid() const noexcept { return call_ != nullptr; }
  /// True once the answer is in, so that get() does not wait.
  bool ready() const noexcept { return call_ && detail::in_flight_ready(*call_); }
  /// Waits for the answer and converts it. Once only: afterwards the handle is empty.
  T get() {
    if (!call_) throw std::logic_error("surreal::Pending::get() on an empty handle (already taken?)");
    std::shared_ptr<detail::InFlightCall> call = std::move(call_);
    return convert_(detail::await_in_flight(*call));
  }

 private:
  friend class Client;
  Pending(std::shared_ptr<detail::InFlightCall> call, T (*convert)(Value&&))
      : call_(std::move(call)), convert_(convert) {}

  std::shared_ptr<detail::InFlightCall> call_;
  T (*convert_)(Value&&) = nullptr;
};

}  // namespace surreal

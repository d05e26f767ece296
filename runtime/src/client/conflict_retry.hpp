#pragma once
// When a call the server refused with a transaction conflict may be sent again unchanged.
//
// SurrealDB rolls a conflicting transaction back, and says so ("… This transaction can be retried"). A call
// is safe to repeat when nothing of it was committed: the call failed as a whole (an RPC error), or it is a
// query whose every statement failed, at least one of them by a conflict. 3.x reports such conflicts for
// ordinary concurrent work, e.g. several requests that are the first to use a new database, or concurrent
// writes to one record; the official SDKs leave the retry to every caller, surrealpp does it once, here.
#include <chrono>
#include <cstddef>

#include <surreal/value.hpp>

namespace surreal::detail {

/// True when `reply` (the answer to `query`) has statements, none succeeded, and one failed by a retryable
/// conflict: nothing was written, and running the query again may succeed.
bool query_failed_only_by_conflict(const Value& reply);

/// The pause before retry number `attempt` (0-based): `base` doubled per attempt, capped at 1 s, with jitter
/// (50-100%) so that the clients that conflicted do not meet again at the same moment.
std::chrono::microseconds conflict_backoff(std::chrono::milliseconds base, std::size_t attempt);

}  // namespace surreal::detail

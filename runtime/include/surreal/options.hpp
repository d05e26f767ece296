#pragma once
// Connection options for surreal::Client::connect.
#include <chrono>
#include <cstddef>
#include <functional>
#include <string>

#include <surreal/value.hpp>

namespace surreal {

/// TLS for wss:// and https://. Verification is on by default; turning it off is an explicit, visible choice.
struct TlsOptions {
  /// Verify the server's certificate chain and that it names the host we connect to.
  bool verify_peer = true;
  /// A PEM file of trust anchors to use instead of the system's default ones (e.g. a private CA).
  std::string ca_file;
};

struct Options {
  /// Default time a call waits for its answer; each call can override it. TimeoutError when it passes.
  std::chrono::milliseconds timeout{30000};
  /// Time to open a connection (TCP + TLS + WebSocket upgrade).
  std::chrono::milliseconds connect_timeout{10000};
  TlsOptions tls;

  /// Connections to open. WebSocket: calls go to the connection with the fewest calls in flight; state (use,
  /// auth, variables, sessions) is applied on all of them. HTTP: the number of requests that run at once.
  std::size_t connections = 1;

  /// WebSocket health: a ping every `ping_interval` (0 disables it); no pong within `pong_timeout` marks the
  /// connection dead (then it is reconnected when `auto_reconnect` is on).
  std::chrono::milliseconds ping_interval{10000};
  std::chrono::milliseconds pong_timeout{5000};

  /// Reopen dropped WebSocket connections with exponential backoff and replay use/auth/variables/sessions.
  bool auto_reconnect = true;
  /// After a reconnect, issue the live queries again and keep their streams going.
  bool auto_resubscribe = true;
  std::chrono::milliseconds reconnect_initial_delay{100};
  std::chrono::milliseconds reconnect_max_delay{5000};
  /// Give up after this many failed attempts in a row (0: never give up).
  std::size_t reconnect_max_attempts = 0;
  /// A call the server refused with a retryable transaction conflict, and of which nothing was committed (the
  /// call failed as a whole, or every statement of the query failed), is sent again up to this many times,
  /// after `conflict_retry_delay` doubling per attempt (with jitter, at most 1 s). SurrealDB 3.x reports such
  /// conflicts for ordinary concurrent work: requests that first use a new database at the same time, writes
  /// to one record. Calls inside a `Transaction` are never retried (the whole transaction must run again);
  /// when the retries are used up, or are 0, the call throws `ConflictError`. A query that committed some
  /// statements is returned as it is, its failed statements throwing `ConflictError` from `take`.
  std::size_t conflict_retries = 5;
  std::chrono::milliseconds conflict_retry_delay{5};

  /// WebSocket (ws://): inside a `Client::pipeline()`, a thread that must wait for an answer lets the answers
  /// of the calls in flight gather for up to this long, or until about half of them are in, and then reads
  /// them in one go: one wake-up for many answers instead of one each, which is most of a busy client's CPU.
  /// A pipelined call's answer may so be read up to this much later. 0: read every answer as it arrives.
  /// Calls made outside a pipeline are not delayed: a thread gathers only while no other thread waits for an
  /// answer on that connection (one that starts waiting during a gathering waits out its rest).
  std::chrono::microseconds pipeline_gather_window{1000};

  /// Called after a live query was issued again on a new connection: its old and new live-query id. Runs on
  /// the client's maintenance thread; keep it short and do not call the client from it.
  std::function<void(const Uuid& old_id, const Uuid& new_id)> on_reconnect;
};

}  // namespace surreal

#pragma once
// The floor under the runtime's round-trip figures: the same `RETURN 1` calls to the same devdb, made by code
// that does nothing a client could leave out. It speaks WebSocket over a plain blocking socket, sends one
// request frame encoded once in advance, and counts the answer frames without decoding them. No surreal
// library code runs between its two clock readings.
//
// Why: the CPU a client spends per call is its own work plus what the kernel charges it for sending, sleeping
// until an answer arrives and being woken for it. The second part does not depend on the client; this program
// shows how large it is on the machine at hand, so that surreal-bench's figures (and the JS SDK's) can be
// read against it.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace surreal_bench {

class RawWebSocketRing {
 public:
  /// Connects to `ws_url` (ws://HOST:PORT/PATH, numeric IPv4 host), upgrades with subprotocol `cbor`, signs
  /// in as root/root and selects namespace `bench`, database `db_name`. Throws std::runtime_error saying
  /// which step failed.
  RawWebSocketRing(const std::string& ws_url, const std::string& db_name);
  RawWebSocketRing(const RawWebSocketRing&) = delete;
  RawWebSocketRing& operator=(const RawWebSocketRing&) = delete;
  ~RawWebSocketRing();

  /// Makes `total` `RETURN 1` calls with `in_flight` of them outstanding: each answer that arrives is
  /// answered by one new request, written with its own send(), as a client that never holds a call back does.
  /// Reads with blocking recv() (one system call per wake-up, the fewest there can be). Checks that the last
  /// answer is `[{status: "OK", result: 1}]` and that exactly `total` answers came; throws otherwise. No
  /// calls
  /// (`total` 0) is nothing to do; calls with none in flight (`in_flight` 0) are refused.
  void run(std::size_t in_flight, std::size_t total);

 private:
  /// Sends one whole frame (blocking).
  void send_frame(const std::vector<std::uint8_t>& frame);
  /// Reads until one more complete binary frame is buffered, and returns its payload.
  std::vector<std::uint8_t> read_one_payload();
  /// Consumes every complete frame in the buffer; returns how many; keeps the last payload's bounds.
  std::size_t take_complete_frames();
  /// One blocking recv() appended to the unread bytes.
  void receive_some();

  int fd_ = -1;
  std::vector<std::uint8_t> in_ = std::vector<std::uint8_t>(1u << 18);  // [in_begin_, in_end_) is unread
  std::size_t in_begin_ = 0;
  std::size_t in_end_ = 0;
  std::vector<std::uint8_t> last_payload_;
  std::vector<std::uint8_t> return1_frame_;
};

}  // namespace surreal_bench

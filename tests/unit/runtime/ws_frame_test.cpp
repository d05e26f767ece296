// The client WebSocket frames the transport writes itself (RFC 6455 section 5.2), and the one-shot signal a
// blocked call waits on.
#include "transport/ws_frame.hpp"
#include "transport/one_shot_signal.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <cstdint>
#include <numeric>
#include <thread>
#include <vector>

using namespace surreal::detail;

namespace {

std::vector<std::uint8_t> head_bytes(const ws_frame::Head& h) {
  return std::vector<std::uint8_t>(h.bytes.begin(), h.bytes.begin() + static_cast<long>(h.size));
}

}  // namespace

TEST_CASE("a short frame: FIN and opcode, the mask bit with a 7-bit length, then the key in network order") {
  const auto head = ws_frame::client_head(ws_frame::binary, 5, 0x37fa213d);
  CHECK(head_bytes(head) == std::vector<std::uint8_t>{0x82, 0x85, 0x37, 0xfa, 0x21, 0x3d});
  CHECK(head_bytes(ws_frame::client_head(ws_frame::ping, 0, 0x01020304)) ==
        std::vector<std::uint8_t>{0x89, 0x80, 0x01, 0x02, 0x03, 0x04});
  CHECK(head_bytes(ws_frame::client_head(ws_frame::pong, 125, 0)) ==
        std::vector<std::uint8_t>{0x8a, 0x80 | 125, 0, 0, 0, 0});
}

TEST_CASE("lengths 126..65535 take a 16-bit extended length, longer ones a 64-bit one") {
  CHECK(head_bytes(ws_frame::client_head(ws_frame::binary, 126, 0xaabbccdd)) ==
        std::vector<std::uint8_t>{0x82, 0xfe, 0x00, 0x7e, 0xaa, 0xbb, 0xcc, 0xdd});
  CHECK(head_bytes(ws_frame::client_head(ws_frame::binary, 65535, 0)) ==
        std::vector<std::uint8_t>{0x82, 0xfe, 0xff, 0xff, 0, 0, 0, 0});
  CHECK(head_bytes(ws_frame::client_head(ws_frame::binary, 65536, 0x11223344)) ==
        std::vector<std::uint8_t>{0x82, 0xff, 0, 0, 0, 0, 0, 1, 0, 0, 0x11, 0x22, 0x33, 0x44});
  CHECK(ws_frame::client_head(ws_frame::binary, 0x0102030405060708ull, 0).size == ws_frame::max_head_size);
}

TEST_CASE("masking XORs byte i with key byte i % 4, at any length and alignment, and undoes itself") {
  // RFC 6455 section 5.7: "Hello" masked with 37 fa 21 3d.
  std::vector<std::uint8_t> hello{'H', 'e', 'l', 'l', 'o'};
  ws_frame::apply_mask(hello.data(), hello.size(), 0x37fa213d);
  CHECK(hello == std::vector<std::uint8_t>{0x7f, 0x9f, 0x4d, 0x51, 0x58});

  std::vector<std::uint8_t> data(1000);
  std::iota(data.begin(), data.end(), std::uint8_t{0});
  const std::uint8_t key[4] = {0xde, 0xad, 0xbe, 0xef};
  for (std::size_t offset : {0u, 1u, 3u, 7u}) {
    for (std::size_t size : {0u, 1u, 7u, 8u, 9u, 64u, 999u - 7u}) {
      std::vector<std::uint8_t> masked = data;
      ws_frame::apply_mask(masked.data() + offset, size, 0xdeadbeef);
      for (std::size_t i = 0; i < masked.size(); ++i) {
        const bool inside = i >= offset && i < offset + size;
        const std::uint8_t expected =
            inside ? static_cast<std::uint8_t>(data[i] ^ key[(i - offset) % 4]) : data[i];
        if (masked[i] != expected) FAIL("offset " << offset << " size " << size << " byte " << i);
      }
      ws_frame::apply_mask(masked.data() + offset, size, 0xdeadbeef);
      CHECK(masked == data);
    }
  }
}

TEST_CASE("a one-shot signal: set before the wait, set while waiting, and a deadline that passes") {
  using namespace std::chrono_literals;
  {
    OneShotSignal signal;
    CHECK_FALSE(signal.is_set());
    signal.set();
    CHECK(signal.is_set());
    CHECK(signal.wait_until(std::chrono::steady_clock::now()));  // already set: true even at the deadline
  }
  {
    OneShotSignal signal;
    int answer = 0;
    std::thread setter([&] {
      std::this_thread::sleep_for(20ms);
      answer = 42;  // published by set()
      signal.set();
    });
    CHECK(signal.wait_until(std::chrono::steady_clock::now() + 10s));
    CHECK(answer == 42);
    setter.join();
  }
  {
    OneShotSignal signal;
    const auto start = std::chrono::steady_clock::now();
    CHECK_FALSE(signal.wait_until(start + 30ms));
    CHECK(std::chrono::steady_clock::now() - start >= 30ms);
    signal.set();  // after a timed-out wait, a late set is still seen
    CHECK(signal.wait_until(std::chrono::steady_clock::now()));
  }
  {
    OneShotSignal signal;
    std::thread setter([&] { signal.set(); });
    signal.wait();
    CHECK(signal.is_set());
    setter.join();
  }
}

#pragma once
// Client-to-server WebSocket frames (RFC 6455 section 5.2), built here rather than by websocketpp so that a
// calling thread can write a request straight to the socket: the frame head goes in a small array and the
// payload is masked in place, so nothing is copied. Valid C++17 (included by the C++17 transport).
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace surreal::detail::ws_frame {

enum Opcode : std::uint8_t { binary = 0x2, ping = 0x9, pong = 0xa };

/// The longest head: 2 bytes, an 8-byte extended length, a 4-byte masking key.
constexpr std::size_t max_head_size = 14;

struct Head {
  std::array<std::uint8_t, max_head_size> bytes{};
  std::size_t size = 0;
};

/// The head of one final (FIN) masked frame carrying `payload_size` bytes.
inline Head client_head(Opcode opcode, std::uint64_t payload_size, std::uint32_t mask) {
  Head h;
  h.bytes[0] = static_cast<std::uint8_t>(0x80 | opcode);
  std::size_t n = 2;
  if (payload_size < 126) {
    h.bytes[1] = static_cast<std::uint8_t>(0x80 | payload_size);
  } else if (payload_size <= 0xffff) {
    h.bytes[1] = 0x80 | 126;
    h.bytes[2] = static_cast<std::uint8_t>(payload_size >> 8);
    h.bytes[3] = static_cast<std::uint8_t>(payload_size);
    n = 4;
  } else {
    h.bytes[1] = 0x80 | 127;
    for (int i = 0; i < 8; ++i) h.bytes[2 + i] = static_cast<std::uint8_t>(payload_size >> (8 * (7 - i)));
    n = 10;
  }
  // The key is sent in network order and applied byte by byte in that order (key[i % 4]).
  for (int i = 0; i < 4; ++i) h.bytes[n + i] = static_cast<std::uint8_t>(mask >> (8 * (3 - i)));
  h.size = n + 4;
  return h;
}

/// XORs `data` with the masking key as the head above sends it (in place; applying it twice restores the
/// data).
inline void apply_mask(std::uint8_t* data, std::size_t size, std::uint32_t mask) {
  const std::uint8_t key[4] = {static_cast<std::uint8_t>(mask >> 24), static_cast<std::uint8_t>(mask >> 16),
                               static_cast<std::uint8_t>(mask >> 8), static_cast<std::uint8_t>(mask)};
  // Eight bytes at a time: the key repeated twice, in memory order, is the same pattern at every 8-byte step.
  std::uint8_t pattern_bytes[8];
  for (int i = 0; i < 8; ++i) pattern_bytes[i] = key[i % 4];
  std::uint64_t pattern;
  std::memcpy(&pattern, pattern_bytes, 8);
  std::size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    std::uint64_t word;
    std::memcpy(&word, data + i, 8);
    word ^= pattern;
    std::memcpy(data + i, &word, 8);
  }
  for (; i < size; ++i) data[i] ^= key[i % 4];
}

}  // namespace surreal::detail::ws_frame

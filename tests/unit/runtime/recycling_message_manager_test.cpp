// The WebSocket transport's message allocator: a large message's payload memory is kept for the next large
// one, small messages never touch it, and a connection never keeps more than max_kept_bytes.
#include "transport/recycling_message_manager.hpp"

#include <doctest/doctest.h>

#include <websocketpp/message_buffer/message.hpp>

namespace {

using Message = websocketpp::message_buffer::message<surreal::detail::RecyclingMessageManager>;
using Manager = surreal::detail::RecyclingMessageManager<Message>;
constexpr auto binary = websocketpp::frame::opcode::binary;
constexpr std::size_t large = Manager::min_recycled_bytes * 4;

/// A message as the reader fills it: websocketpp reserves the frame's size, then appends the payload.
Message::ptr filled(Manager& manager, std::size_t size) {
  auto message = manager.get_message(binary, size);
  message->get_raw_payload().reserve(size);
  message->get_raw_payload().append(size, 'x');
  return message;
}

}  // namespace

TEST_CASE("a handled large message's memory is given to the next large message, empty") {
  auto manager = std::make_shared<Manager>();
  auto first = filled(*manager, large);
  const char* memory = first->get_raw_payload().data();
  first->recycle();
  first.reset();

  auto second = manager->get_message(binary, large);
  CHECK(second->get_raw_payload().empty());
  CHECK(second->get_raw_payload().capacity() >= large);
  CHECK(second->get_raw_payload().data() == memory);
}

TEST_CASE("a message that is not recycled keeps its memory to itself") {
  auto manager = std::make_shared<Manager>();
  filled(*manager, large).reset();
  CHECK(manager->get_message(binary, large)->get_raw_payload().capacity() < large);
}

TEST_CASE("small messages neither take nor give the kept memory") {
  auto manager = std::make_shared<Manager>();
  filled(*manager, large)->recycle();

  auto small = filled(*manager, 100);
  CHECK(small->get_raw_payload().capacity() < Manager::min_recycled_bytes);
  small->recycle();
  // The large buffer is still there for the next large message.
  CHECK(manager->get_message(binary, large)->get_raw_payload().capacity() >= large);
}

TEST_CASE("the larger of two buffers is kept, and none above max_kept_bytes") {
  auto manager = std::make_shared<Manager>();
  filled(*manager, large)->recycle();
  filled(*manager, Manager::min_recycled_bytes)->recycle();  // took the large one, so gives it back
  CHECK(manager->get_message(binary, large)->get_raw_payload().capacity() >= large);

  auto huge_manager = std::make_shared<Manager>();
  filled(*huge_manager, Manager::max_kept_bytes + 1)->recycle();
  CHECK(huge_manager->get_message(binary, large)->get_raw_payload().capacity() < large);
}

TEST_CASE("recycle() never claims the message: websocketpp frees it as usual") {
  auto manager = std::make_shared<Manager>();
  auto message = filled(*manager, large);
  CHECK_FALSE(message->recycle());
  CHECK(message->get_raw_payload().empty());  // its memory went to the manager
}

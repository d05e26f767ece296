#pragma once
// websocketpp's per-connection message allocator, with one change: the memory of a large message that has
// been handled is kept for the next large one.
//
// Why: websocketpp gives every incoming message a payload buffer of its own, sized to the frame. A
// 100,000-record select answers with one 9.6 MB frame; glibc serves a block that large with a fresh mmap and
// unmaps it when it is freed, so every such answer faulted its 2,350 pages in again and paid a mmap and a
// munmap. Keeping the buffer of the last large message (up to max_kept_bytes) makes a connection that fetches
// large results again and again reuse the same memory.
//
// Valid C++17: included by the websocketpp translation unit.
#include <websocketpp/frame.hpp>

#include <cstddef>
#include <memory>
#include <mutex>
#include <string>

namespace surreal::detail {

template <typename Message>
class RecyclingMessageManager : public std::enable_shared_from_this<RecyclingMessageManager<Message>> {
 public:
  // The names websocketpp's message and connection templates use.
  using type = RecyclingMessageManager<Message>;
  using ptr = std::shared_ptr<type>;
  using weak_ptr = std::weak_ptr<type>;
  using message_ptr = typename Message::ptr;

  /// Messages smaller than this never take or give the kept buffer: small answers keep their own small
  /// allocations, which malloc serves from its free lists anyway.
  static constexpr std::size_t min_recycled_bytes = 256 * 1024;
  /// The largest buffer a connection keeps between messages: past it, memory goes back as before.
  static constexpr std::size_t max_kept_bytes = 64 * 1024 * 1024;

  message_ptr get_message() { return std::make_shared<Message>(this->shared_from_this()); }

  /// A message of `size` payload bytes (websocketpp reserves them next); a large one gets the kept buffer.
  message_ptr get_message(websocketpp::frame::opcode::value op, std::size_t size) {
    if (size >= min_recycled_bytes) {
      auto message = std::make_shared<Message>(this->shared_from_this(), op, 0);
      std::lock_guard<std::mutex> lock(mutex_);  // TLS connections also make messages on callers' threads
      message->get_raw_payload().swap(kept_);
      return message;
    }
    return std::make_shared<Message>(this->shared_from_this(), op, size);
  }

  /// Called through Message::recycle() once a message has been handled: keeps its payload's memory when it is
  /// large and larger than what is kept. Returns false, so the message itself is freed as usual.
  bool recycle(Message* message) {
    std::string& payload = message->get_raw_payload();
    const std::size_t capacity = payload.capacity();
    if (capacity < min_recycled_bytes || capacity > max_kept_bytes) return false;
    std::lock_guard<std::mutex> lock(mutex_);
    if (capacity > kept_.capacity()) {
      payload.clear();
      kept_.swap(payload);  // the smaller buffer goes with the message
    }
    return false;
  }

 private:
  std::mutex mutex_;
  std::string kept_;  // empty, with the capacity to reuse
};

}  // namespace surreal::detail

#include "socket_floor.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string_view>

#include <surreal/surreal.hpp>

#include "client/rpc_request_encoding.hpp"
#include "transport/ws_frame.hpp"

namespace surreal_bench {
namespace {

[[noreturn]] void fail(const std::string& what) { throw std::runtime_error("socket floor: " + what); }

/// For a failed system call: adds errno's text.
[[noreturn]] void fail_call(const std::string& what) { fail(what + ": " + std::strerror(errno)); }

/// A masked, final, binary client frame, with the runtime's own frame head. The mask key is zero, which RFC
/// 6455 allows: the payload goes out as it is, and the server still sees a correctly masked frame.
std::vector<std::uint8_t> client_frame(const std::vector<std::uint8_t>& payload) {
  const surreal::detail::ws_frame::Head head =
      surreal::detail::ws_frame::client_head(surreal::detail::ws_frame::binary, payload.size(), 0);
  std::vector<std::uint8_t> frame(head.bytes.begin(),
                                  head.bytes.begin() + static_cast<std::ptrdiff_t>(head.size));
  frame.insert(frame.end(), payload.begin(), payload.end());
  return frame;
}

std::vector<std::uint8_t> request(std::int64_t id, const char* method, surreal::Array params) {
  return client_frame(
      surreal::cbor::encode(surreal::Value(surreal::Object{{"id", surreal::Value(id)},
                                                           {"method", surreal::Value(method)},
                                                           {"params", surreal::Value(std::move(params))}})));
}

/// The result of an RPC answer, split as the runtime splits it; throws when the answer is an error.
surreal::Value result_of(const std::vector<std::uint8_t>& payload, const char* call) {
  surreal::detail::RpcReply reply = surreal::detail::split_rpc_reply(surreal::cbor::decode(payload));
  if (reply.has_error) fail(std::string(call) + " failed: " + reply.result.to_surql());
  return std::move(reply.result);
}

}  // namespace

RawWebSocketRing::RawWebSocketRing(const std::string& ws_url, const std::string& db_name) {
  // ws://HOST:PORT/PATH
  constexpr std::string_view scheme = "ws://";
  if (ws_url.rfind(scheme, 0) != 0) fail("only ws:// URLs are measured, not " + ws_url);
  const std::string rest = ws_url.substr(scheme.size());
  const std::size_t slash = rest.find('/');
  const std::string authority = rest.substr(0, slash);
  const std::string path = slash == std::string::npos ? "/rpc" : rest.substr(slash);
  const std::size_t colon = authority.rfind(':');
  if (colon == std::string::npos) fail("no port in " + ws_url);
  const std::string host = authority.substr(0, colon);
  const std::string port = authority.substr(colon + 1);

  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  if (port.empty() || port.size() > 5 || port.find_first_not_of("0123456789") != std::string::npos ||
      std::stoul(port) == 0 || std::stoul(port) > 65535)
    fail("not a port number: '" + port + "' in " + ws_url);
  addr.sin_port = htons(static_cast<std::uint16_t>(std::stoul(port)));
  if (inet_pton(AF_INET, host.c_str(), &addr.sin_addr) != 1) fail("not a numeric IPv4 host: " + host);
  fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd_ < 0) fail_call("socket");
  if (::connect(fd_, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) != 0)
    fail_call("connect to " + ws_url);
  const int one = 1;  // as every WebSocket client sets it: a request must not wait for the previous one's ack
  ::setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);

  const std::string upgrade = "GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port +
                              "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                              "Sec-WebSocket-Key: c3VycmVhbHBwLWZsb29yLQ==\r\nSec-WebSocket-Version: 13\r\n"
                              "Sec-WebSocket-Protocol: cbor\r\n\r\n";
  send_frame(std::vector<std::uint8_t>(upgrade.begin(), upgrade.end()));
  std::string_view head;
  for (;;) {
    receive_some();
    head = std::string_view(reinterpret_cast<const char*>(in_.data()) + in_begin_, in_end_ - in_begin_);
    if (head.find("\r\n\r\n") != std::string_view::npos) break;
  }
  if (head.rfind("HTTP/1.1 101", 0) != 0)
    fail("the upgrade was refused: " + std::string(head.substr(0, head.find('\r'))));
  in_begin_ += head.find("\r\n\r\n") + 4;

  send_frame(request(1, "signin",
                     surreal::Array{surreal::Value(surreal::Object{{"user", surreal::Value("root")},
                                                                   {"pass", surreal::Value("root")}})}));
  result_of(read_one_payload(), "signin");
  send_frame(request(2, "use", surreal::Array{surreal::Value("bench"), surreal::Value(db_name)}));
  result_of(read_one_payload(), "use");
  return1_frame_ = request(3, "query", surreal::Array{surreal::Value("RETURN 1")});
}

RawWebSocketRing::~RawWebSocketRing() {
  if (fd_ >= 0) ::close(fd_);
}

void RawWebSocketRing::send_frame(const std::vector<std::uint8_t>& frame) {
  std::size_t sent = 0;
  while (sent < frame.size()) {
    const ssize_t n = ::send(fd_, frame.data() + sent, frame.size() - sent, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail_call("send");
    sent += static_cast<std::size_t>(n);
  }
}

void RawWebSocketRing::receive_some() {
  // The buffer is allocated once and never cleared in the loop (clearing 64 KiB per read would cost more than
  // the read): consumed bytes are dropped by moving the rest down when the free tail runs short.
  constexpr std::size_t read_size = 1u << 16;
  if (in_begin_ == in_end_) in_begin_ = in_end_ = 0;
  if (in_.size() - in_end_ < read_size) {
    std::copy(in_.begin() + static_cast<std::ptrdiff_t>(in_begin_),
              in_.begin() + static_cast<std::ptrdiff_t>(in_end_), in_.begin());
    in_end_ -= in_begin_;
    in_begin_ = 0;
    if (in_.size() - in_end_ < read_size) in_.resize(in_end_ + 4 * read_size);
  }
  ssize_t n;
  do n = ::recv(fd_, in_.data() + in_end_, in_.size() - in_end_, 0);
  while (n < 0 && errno == EINTR);
  if (n == 0) fail("the server closed the connection");
  if (n < 0) fail_call("recv");
  in_end_ += static_cast<std::size_t>(n);
}

std::size_t RawWebSocketRing::take_complete_frames() {
  std::size_t frames = 0;
  std::size_t last_begin = 0, last_end = 0;
  for (;;) {
    const std::size_t avail = in_end_ - in_begin_;
    const std::uint8_t* p = in_.data() + in_begin_;
    if (avail < 2) break;
    std::size_t header = 2;
    std::uint64_t len = p[1] & 0x7f;
    if (p[1] & 0x80) fail("the server sent a masked frame");
    if (len == 126) {
      header = 4;
      if (avail < header) break;
      len = (std::uint64_t{p[2]} << 8) | p[3];
    } else if (len == 127) {
      header = 10;
      if (avail < header) break;
      len = 0;
      for (int i = 2; i < 10; ++i) len = (len << 8) | p[i];
    }
    if (avail < header + len) break;
    const int opcode = p[0] & 0x0f;
    if (opcode == 0x8) fail("the server sent a close frame");
    if (!(p[0] & 0x80) || opcode == 0x0)
      fail("the server fragmented a message, which this program does not join");
    if (opcode == 0x2) {
      ++frames;
      last_begin = in_begin_ + header;
      last_end = last_begin + len;
    }
    in_begin_ += header + len;  // pings (0x9) and pongs are skipped: the server does not ping within a run
  }
  if (frames > 0)
    last_payload_.assign(in_.begin() + static_cast<std::ptrdiff_t>(last_begin),
                         in_.begin() + static_cast<std::ptrdiff_t>(last_end));
  return frames;
}

std::vector<std::uint8_t> RawWebSocketRing::read_one_payload() {
  for (;;) {
    const std::size_t frames = take_complete_frames();
    if (frames > 1) fail("more answers arrived than calls were made");
    if (frames == 1) return last_payload_;
    receive_some();
  }
}

void RawWebSocketRing::run(std::size_t in_flight, std::size_t total) {
  if (total == 0) return;
  if (in_flight == 0) fail("at least one call must be in flight");
  std::size_t sent = 0, answered = 0;
  for (; sent < in_flight && sent < total; ++sent) send_frame(return1_frame_);
  while (answered < total) {
    receive_some();
    const std::size_t frames = take_complete_frames();
    answered += frames;
    for (std::size_t i = 0; i < frames && sent < total; ++i, ++sent) send_frame(return1_frame_);
  }
  if (answered != total)
    fail("got " + std::to_string(answered) + " answers to " + std::to_string(total) + " calls");
  const surreal::Value result = result_of(last_payload_, "RETURN 1");
  const bool one = result.is_array() && result.as_array().size() == 1 && result.as_array()[0].is_object() &&
                   result.as_array()[0].as_object().get("status") != nullptr &&
                   *result.as_array()[0].as_object().get("status") == surreal::Value("OK") &&
                   result.as_array()[0].as_object().get("result") != nullptr &&
                   *result.as_array()[0].as_object().get("result") == surreal::Value(1);
  if (!one) fail("RETURN 1 was answered with " + result.to_surql());
}

}  // namespace surreal_bench

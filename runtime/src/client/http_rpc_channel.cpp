#include "http_rpc_channel.hpp"

#include "rpc_request_encoding.hpp"
#include "server_error.hpp"

#include <surreal/cbor.hpp>
#include <surreal/error.hpp>

namespace surreal::detail {

namespace {

struct InFlight {
  std::atomic<std::size_t>& counter;
  explicit InFlight(std::atomic<std::size_t>& c) : counter(c) { ++counter; }
  ~InFlight() { --counter; }
};

}  // namespace

Value HttpRpcChannel::call(const RpcRequest& request, std::chrono::milliseconds timeout,
                           const HttpSessionHeaders* headers) {
  InFlight counted(in_flight_);
  std::vector<std::string> header_lines;
  if (headers) {
    if (!headers->ns.empty()) header_lines.push_back("Surreal-NS: " + headers->ns);
    if (!headers->db.empty()) header_lines.push_back("Surreal-DB: " + headers->db);
    if (!headers->token.empty()) header_lines.push_back("Authorization: Bearer " + headers->token);
  }
  // HTTP has no correlation to do, but servers expect an id like on WebSocket.
  const std::vector<std::uint8_t> body = encode_rpc_request(request, 1);
  const HttpResponse response = http_.post(
      std::string_view(reinterpret_cast<const char*>(body.data()), body.size()), header_lines, timeout);
  if (response.status == 401 || response.status == 403) {
    std::string text(response.body.begin(), response.body.end());
    throw AuthError("`" + request.method + "` was refused by " + http_.url() + " (HTTP " +
                    std::to_string(response.status) + ")" + (text.empty() ? "" : ": " + text));
  }
  Value decoded;
  try {
    decoded = cbor::decode(std::span<const std::uint8_t>(response.body));
  } catch (const ProtocolError& error) {
    if (response.status != 200)
      throw ConnectionError("`" + request.method + "`: " + http_.url() + " answered HTTP " +
                            std::to_string(response.status));
    throw ProtocolError("`" + request.method + "`: undecodable answer from " + http_.url() + ": " +
                        error.what());
  }
  RpcReply reply = split_rpc_reply(std::move(decoded));
  if (reply.has_error) throw_rpc_error(reply.result, request.method, server_version_);
  return std::move(reply.result);
}

}  // namespace surreal::detail

#pragma once
// The CBOR bytes of one RPC request: {id, method, params[, session][, txn]}. Written directly with the CBOR
// writer so the params are not copied into an intermediate map.
#include "rpc_channel.hpp"

#include <cstdint>
#include <optional>
#include <vector>

namespace surreal::detail {

std::vector<std::uint8_t> encode_rpc_request(const RpcRequest& request, std::optional<std::uint64_t> id);

/// The parts of an answer: {id?, result} or {id?, error}.
struct RpcReply {
  std::optional<std::uint64_t> id;
  bool has_error = false;
  Value result;  // or the error object when has_error
};

/// Splits a decoded answer; `id` is absent for notifications and id-less errors.
RpcReply split_rpc_reply(Value&& reply);

}  // namespace surreal::detail

#include "rpc_request_encoding.hpp"

#include <surreal/cbor.hpp>

#include <charconv>

namespace surreal::detail {

std::vector<std::uint8_t> encode_rpc_request(const RpcRequest& request, std::optional<std::uint64_t> id) {
  std::vector<std::uint8_t> out;
  out.reserve(64);
  cbor::Writer writer(out);
  const std::uint64_t fields = 2 + (id ? 1 : 0) + (request.session ? 1 : 0) + (request.txn ? 1 : 0);
  writer.map(fields);
  if (id) writer.text("id").uint(*id);
  writer.text("method").text(request.method);
  writer.text("params").array(request.params.size());
  for (const Value& param : request.params) writer.value(param);
  if (request.session) writer.text("session").value(Value(*request.session));
  if (request.txn) writer.text("txn").value(Value(*request.txn));
  return out;
}

RpcReply split_rpc_reply(Value&& reply) {
  RpcReply split;
  Object* object = reply.get_if<Object>();
  if (!object) {
    split.has_error = true;
    split.result = Value(Object{{"message", "the server answered a non-map frame: " + describe(reply)}});
    return split;
  }
  if (Value* id = object->get("id")) {
    if (const auto* number = id->get_if<std::int64_t>(); number && *number >= 0) {
      split.id = static_cast<std::uint64_t>(*number);
    } else if (const auto* text = id->get_if<std::string>()) {
      std::uint64_t parsed = 0;
      const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), parsed);
      if (ec == std::errc{} && end == text->data() + text->size()) split.id = parsed;
    }
  }
  if (Value* error = object->get("error"); error && !error->is_none()) {
    split.has_error = true;
    split.result = std::move(*error);
  } else if (Value* result = object->get("result")) {
    split.result = std::move(*result);
  }
  return split;
}

}  // namespace surreal::detail

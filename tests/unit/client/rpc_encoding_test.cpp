// The CBOR framing of requests and the splitting of answers.
#include "client/rpc_request_encoding.hpp"

#include <surreal/cbor.hpp>

#include <doctest/doctest.h>

using namespace surreal;
using detail::encode_rpc_request;
using detail::RpcRequest;
using detail::split_rpc_reply;

TEST_CASE("a request carries id, method and params; no session or txn when absent") {
  const RpcRequest request{"query", {Value("RETURN $x"), Object{{"x", 1}}}, std::nullopt, std::nullopt};
  const Value decoded = cbor::decode(encode_rpc_request(request, 7));
  CHECK(decoded ==
        Value(Object{
            {"id", 7}, {"method", "query"}, {"params", Value::array({"RETURN $x", Object{{"x", 1}}})}}));
  CHECK_FALSE(decoded.contains("session"));
  CHECK_FALSE(decoded.contains("txn"));
}

TEST_CASE("session and transaction ids are sent as uuids") {
  const Uuid session = Uuid::parse("0191d9a2-7a36-7e4e-8b5f-3a0c1d2e3f40");
  const Uuid txn = Uuid::parse("0191d9a2-7a36-7e4e-8b5f-3a0c1d2e3f41");
  const Value decoded = cbor::decode(encode_rpc_request(RpcRequest{"ping", {}, session, txn}, 1));
  CHECK(decoded["session"] == Value(session));
  CHECK(decoded["txn"] == Value(txn));
  CHECK(decoded["params"] == Value(Array{}));
}

TEST_CASE("a request without id (HTTP may omit it) has no id field") {
  const Value decoded =
      cbor::decode(encode_rpc_request(RpcRequest{"version", {}, std::nullopt, std::nullopt}, {}));
  CHECK_FALSE(decoded.contains("id"));
}

TEST_CASE("answers with integer or numeric-string ids are matched") {
  auto a = split_rpc_reply(Value(Object{{"id", 12}, {"result", "ok"}}));
  CHECK(a.id == std::optional<std::uint64_t>(12));
  CHECK_FALSE(a.has_error);
  CHECK(a.result == Value("ok"));
  auto b = split_rpc_reply(Value(Object{{"id", "13"}, {"result", 1}}));
  CHECK(b.id == std::optional<std::uint64_t>(13));
  auto c = split_rpc_reply(Value(Object{{"id", "not-a-number"}, {"result", 1}}));
  CHECK_FALSE(c.id.has_value());
}

TEST_CASE("an error answer is split out") {
  auto reply =
      split_rpc_reply(Value(Object{{"id", 1}, {"error", Object{{"code", -32000}, {"message", "boom"}}}}));
  CHECK(reply.has_error);
  CHECK(reply.result["message"] == Value("boom"));
}

TEST_CASE("a notification has no id") {
  auto reply = split_rpc_reply(Value(Object{{"result", Object{{"action", "CREATE"}, {"id", Uuid::v4()}}}}));
  CHECK_FALSE(reply.id.has_value());
  CHECK_FALSE(reply.has_error);
  CHECK(reply.result["action"] == Value("CREATE"));
}

TEST_CASE("a NONE error field is not an error") {
  auto reply = split_rpc_reply(Value(Object{{"id", 1}, {"error", Value::none()}, {"result", 2}}));
  CHECK_FALSE(reply.has_error);
  CHECK(reply.result == Value(2));
}

TEST_CASE("a frame that is not a map becomes an error") {
  auto reply = split_rpc_reply(Value(42));
  CHECK(reply.has_error);
  CHECK(reply.result["message"].as_string().find("non-map") != std::string::npos);
}

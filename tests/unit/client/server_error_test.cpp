// SurrealDB's error answers (3.x with kinds, 2.x with messages only) become the typed exceptions.
#include "client/server_error.hpp"

#include <surreal/client.hpp>
#include <surreal/error.hpp>

#include <doctest/doctest.h>

using surreal::Object;
using surreal::Value;
using surreal::detail::throw_rpc_error;
using surreal::detail::throw_statement_error;

namespace {

Value error3(std::int64_t code, const char* kind, const char* message, const char* detail_kind = "") {
  Object error{{"code", code}, {"kind", kind}, {"message", message}};
  if (*detail_kind) error.insert_or_assign("details", Object{{"kind", detail_kind}});
  return error;
}

Value error2(std::int64_t code, const char* message) { return Object{{"code", code}, {"message", message}}; }

}  // namespace

TEST_CASE("3.x kinds pick the type") {
  CHECK_THROWS_AS(throw_rpc_error(error3(-32000, "NotFound", "The table 'x' does not exist"), "select", "v3"),
                  surreal::NotFoundError);
  CHECK_THROWS_AS(throw_rpc_error(error3(-32000, "AlreadyExists", "Database record `a:1` already exists"),
                                  "create", "v3"),
                  surreal::AlreadyExistsError);
  CHECK_THROWS_AS(throw_rpc_error(error3(-32000, "NotAllowed", "Not enough permissions"), "select", "v3"),
                  surreal::AuthError);
}

TEST_CASE("the QueryError keeps the server's code, kind and message") {
  try {
    throw_rpc_error(error3(-32000, "AlreadyExists", "Database record `a:1` already exists"), "create", "v3");
  } catch (const surreal::AlreadyExistsError& error) {
    CHECK(error.code() == -32000);
    CHECK(error.kind() == "AlreadyExists");
    CHECK(std::string(error.what()) == "Database record `a:1` already exists");
    CHECK_FALSE(error.statement().has_value());
  }
}

TEST_CASE("2.x messages pick the type") {
  CHECK_THROWS_AS(throw_rpc_error(error2(-32000,
                                         "There was a problem with the database: Database record `a:1` "
                                         "already exists"),
                                  "create", "v2"),
                  surreal::AlreadyExistsError);
  CHECK_THROWS_AS(throw_rpc_error(error2(-32000,
                                         "Failed to commit transaction due to a read or write conflict. "
                                         "This transaction can be retried"),
                                  "query", "v2"),
                  surreal::ConflictError);
  CHECK_THROWS_AS(throw_rpc_error(error2(-32000,
                                         "There was a problem with the database: There was a problem with "
                                         "authentication"),
                                  "query", "v2"),
                  surreal::AuthError);
  CHECK_THROWS_AS(throw_rpc_error(error2(-32000, "The table 'x' does not exist"), "select", "v2"),
                  surreal::NotFoundError);
  CHECK_THROWS_AS(throw_rpc_error(error2(-32000, "Parse error: unexpected token"), "query", "v2"),
                  surreal::QueryError);
}

TEST_CASE("any failure of signin, signup or authenticate is an AuthError") {
  CHECK_THROWS_WITH_AS(throw_rpc_error(error2(-32000, "No record was returned"), "signin", "v2"),
                       "No record was returned", surreal::AuthError);
  CHECK_THROWS_AS(throw_rpc_error(error3(-32000, "Query", "No record was returned"), "signup", "v3"),
                  surreal::AuthError);
  CHECK_THROWS_AS(throw_rpc_error(error3(-32000, "Internal", "token invalid"), "authenticate", "v3"),
                  surreal::AuthError);
}

TEST_CASE("an unknown method names the method and the server version") {
  CHECK_THROWS_WITH_AS(
      throw_rpc_error(error2(-32601, "Method not found"), "graphql", "surrealdb-2.1.1"),
      "the server (SurrealDB surrealdb-2.1.1) does not know the RPC method `graphql`: Method not "
      "found",
      surreal::ProtocolError);
}

TEST_CASE("malformed requests are ProtocolErrors, even for signin") {
  CHECK_THROWS_AS(throw_rpc_error(error3(-32603, "Validation", "Expected (params:object)", "InvalidParams"),
                                  "signin", "v3"),
                  surreal::ProtocolError);
  CHECK_THROWS_AS(throw_rpc_error(error2(-32602, "Invalid params"), "query", "v2"), surreal::ProtocolError);
  CHECK_THROWS_AS(throw_rpc_error(error2(-32700, "Parse error"), "query", "v2"), surreal::ProtocolError);
}

TEST_CASE("a bare string error is its own message") {
  CHECK_THROWS_WITH_AS(throw_rpc_error(Value("something broke"), "query", "v2"), "something broke",
                       surreal::QueryError);
}

TEST_CASE("statement errors carry their index") {
  try {
    throw_statement_error("Database record `a:1` already exists", "", 3);
  } catch (const surreal::AlreadyExistsError& error) {
    CHECK(error.statement() == std::optional<std::size_t>(3));
  }
  try {
    throw_statement_error("An error occurred: x", "Thrown", 1);
  } catch (const surreal::QueryError& error) {
    CHECK(error.statement() == std::optional<std::size_t>(1));
    CHECK(error.kind() == "Thrown");
  }
}

#pragma once
// Turns SurrealDB's error answers into the typed exceptions of <surreal/error.hpp>.
//
// 3.x sends {code, message, kind, details: {kind, details}}; kind is e.g. "NotFound", "AlreadyExists",
// "NotAllowed", "Validation". 2.x sends only {code, message}, so its errors are classified by their message
// text, which is stable across 2.x releases ("already exists", "does not exist", "can be retried",
// authentication).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <surreal/value.hpp>

namespace surreal::detail {

/// Throws the exception for an RPC error object `error` answered to `method`.
[[noreturn]] void throw_rpc_error(const Value& error, std::string_view method,
                                  std::string_view server_version);

/// Whether an error with this kind and message is a transaction conflict that the server says can be retried.
bool is_conflict(std::string_view kind, std::string_view message);

/// Throws the exception for a failed statement of a query (its message, and its kind when the server sent
/// one).
[[noreturn]] void throw_statement_error(const std::string& message, const std::string& kind,
                                        std::size_t index);

}  // namespace surreal::detail

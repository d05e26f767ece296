#include "server_error.hpp"

#include <surreal/error.hpp>

#include <algorithm>
#include <cctype>

namespace surreal::detail {

namespace {

enum class Category { auth, not_found, already_exists, conflict, protocol, query };

bool contains_ci(std::string_view text, std::string_view needle) {
  auto lower = [](unsigned char c) { return static_cast<char>(std::tolower(c)); };
  return std::search(text.begin(), text.end(), needle.begin(), needle.end(), [&](char a, char b) {
           return lower(static_cast<unsigned char>(a)) == lower(static_cast<unsigned char>(b));
         }) != text.end();
}

Category classify(std::string_view kind, std::string_view detail_kind, std::string_view message,
                  std::int64_t code) {
  // JSON-RPC level: our request was malformed or names a method the server lacks.
  if (code == -32700 || code == -32601 || code == -32602 || detail_kind == "InvalidParams" ||
      detail_kind == "Method")
    return Category::protocol;
  if (kind == "NotAllowed" || detail_kind == "Auth" || detail_kind == "InvalidAuth" ||
      contains_ci(message, "problem with authentication") || contains_ci(message, "invalid credentials") ||
      contains_ci(message, "not enough permissions") || contains_ci(message, "token has expired") ||
      contains_ci(message, "authentication") || contains_ci(message, "not allowed"))
    return Category::auth;
  if (kind == "AlreadyExists" || contains_ci(message, "already exists")) return Category::already_exists;
  if (contains_ci(message, "can be retried") || contains_ci(message, "transaction conflict") ||
      kind == "Conflict")
    return Category::conflict;
  if (kind == "NotFound" || contains_ci(message, "does not exist") || contains_ci(message, "not found"))
    return Category::not_found;
  return Category::query;
}

[[noreturn]] void throw_category(Category category, const std::string& message,
                                 std::optional<std::size_t> statement, std::int64_t code,
                                 const std::string& kind) {
  switch (category) {
    case Category::auth:
      throw AuthError(message);
    case Category::protocol:
      throw ProtocolError(message);
    case Category::already_exists:
      throw AlreadyExistsError(message, statement, code, kind);
    case Category::not_found:
      throw NotFoundError(message, statement, code, kind);
    case Category::conflict:
      throw ConflictError(message, statement, code, kind);
    case Category::query:
      break;
  }
  throw QueryError(message, statement, code, kind);
}

std::string text_field(const Value& object, std::string_view key) {
  const Value* field = object.find(key);
  return field && field->is_string() ? field->as_string() : std::string();
}

}  // namespace

void throw_rpc_error(const Value& error, std::string_view method, std::string_view server_version) {
  const std::string message = error.is_string() ? error.as_string() : text_field(error, "message");
  const std::string kind = text_field(error, "kind");
  std::string detail_kind;
  if (const Value* details = error.find("details")) detail_kind = text_field(*details, "kind");
  std::int64_t code = 0;
  if (const Value* c = error.find("code"); c && c->is_int()) code = c->as_int();

  if (code == -32601) {
    throw ProtocolError("the server (SurrealDB " + std::string(server_version) +
                        ") does not know the RPC method `" + std::string(method) + "`: " + message);
  }
  Category category = classify(kind, detail_kind, message, code);
  // A failed signin/signup is a credentials problem whatever the server calls it: record access answers "No
  // record was returned" when its SIGNIN query finds nobody.
  if ((method == "signin" || method == "signup" || method == "authenticate") &&
      category != Category::protocol)
    category = Category::auth;
  if (category == Category::protocol)
    throw ProtocolError("`" + std::string(method) + "` was rejected as malformed (code " +
                        std::to_string(code) + "): " + message);
  throw_category(category, message.empty() ? "`" + std::string(method) + "` failed" : message, std::nullopt,
                 code, kind);
}

bool is_conflict(std::string_view kind, std::string_view message) {
  return classify(kind, {}, message, 0) == Category::conflict;
}

void throw_statement_error(const std::string& message, const std::string& kind, std::size_t index) {
  throw_category(classify(kind, {}, message, 0), message, index, 0, kind);
}

}  // namespace surreal::detail

#include "server_error.hpp"

#include <surreal/error.hpp>
#include <surreal/query_result.hpp>

namespace surreal {

namespace {

std::string text_of(const Value* value) {
  if (!value) return {};
  if (value->is_string()) return value->as_string();
  if (value->is_none()) return {};
  return value->to_surql();
}

}  // namespace

QueryResult QueryResult::from_reply(const Value& reply) { return from_reply(Value(reply)); }

QueryResult QueryResult::from_reply(Value&& reply) {
  if (!reply.is_array())
    throw ProtocolError("`query` answered " + describe(reply) + ", expected an array of results");
  std::vector<StatementResult> statements;
  statements.reserve(reply.as_array().size());
  for (Value& entry : reply.as_array()) {
    StatementResult statement;
    statement.status = text_of(entry.find("status"));
    statement.time = text_of(entry.find("time"));
    statement.type = text_of(entry.find("type"));
    Value* result = entry.find("result");
    if (statement.ok()) {
      // Moved, not copied: a large select's rows are most of the reply.
      if (result) statement.result = std::move(*result);
    } else {
      // 2.x and 3.x put the message in `result`; 3.x may send a structured error with message/kind.
      if (result && result->is_object()) {
        statement.error = text_of(result->find("message"));
        statement.kind = text_of(result->find("kind"));
      } else {
        statement.error = text_of(result);
      }
      if (const Value* kind = entry.find("kind"); kind && statement.kind.empty())
        statement.kind = text_of(kind);
      if (statement.error.empty()) statement.error = "statement failed without a message";
    }
    statements.push_back(std::move(statement));
  }
  return QueryResult(std::move(statements));
}

bool QueryResult::ok() const noexcept {
  for (const auto& statement : statements_)
    if (!statement.ok()) return false;
  return true;
}

const Value& QueryResult::take(std::size_t index) const {
  if (index >= statements_.size())
    throw std::out_of_range("statement " + std::to_string(index) + " requested, the query has " +
                            std::to_string(statements_.size()));
  const StatementResult& statement = statements_[index];
  if (!statement.ok()) detail::throw_statement_error(statement.error, statement.kind, index);
  return statement.result;
}

void QueryResult::check() const {
  for (std::size_t i = 0; i < statements_.size(); ++i)
    if (!statements_[i].ok()) detail::throw_statement_error(statements_[i].error, statements_[i].kind, i);
}

namespace detail {

void rethrow_with_statement(const ConversionError& error, std::size_t index) {
  ConversionError located(error.reason(), error.path());
  located.prepend_field("statement " + std::to_string(index));
  throw located;
}

}  // namespace detail

}  // namespace surreal

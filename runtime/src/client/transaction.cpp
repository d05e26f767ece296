#include "server_error.hpp"
#include "session_handle.hpp"

#include <surreal/transaction.hpp>

namespace surreal {

namespace {

// What SurrealDB reports for the statements of a failed transaction that are not the cause.
bool is_placeholder_failure(const StatementResult& statement) {
  return statement.error.find("not executed due to a failed transaction") != std::string::npos ||
         statement.error.find("not executed due to a cancelled transaction") != std::string::npos;
}

}  // namespace

Transaction::Transaction(std::shared_ptr<detail::SessionHandle> session, std::optional<Uuid> id, int slot)
    : session_(std::move(session)), id_(id), slot_(slot) {}

Transaction::Transaction(Transaction&& other) noexcept
    : session_(std::move(other.session_)),
      id_(other.id_),
      slot_(other.slot_),
      finished_(other.finished_),
      statements_(std::move(other.statements_)),
      vars_(std::move(other.vars_)) {
  other.finished_ = true;
}

Transaction& Transaction::operator=(Transaction&& other) noexcept {
  if (this != &other) {
    if (!finished_) {
      try {
        cancel();
      } catch (const std::exception&) {
      }
    }
    session_ = std::move(other.session_);
    id_ = other.id_;
    slot_ = other.slot_;
    finished_ = other.finished_;
    statements_ = std::move(other.statements_);
    vars_ = std::move(other.vars_);
    other.finished_ = true;
  }
  return *this;
}

Transaction::~Transaction() {
  if (finished_) return;
  try {
    cancel();
  } catch (const std::exception&) {
    // The server drops an unfinished transaction with its connection or session.
  }
}

QueryResult Transaction::query(const std::string& surql, Object vars) {
  if (finished_) throw QueryError("the transaction is already committed or cancelled");
  if (!id_) {
    // 2.x: collected for commit(). A variable bound twice must mean the same value, since all share one
    // query.
    for (auto& [name, value] : vars) {
      if (const Value* existing = vars_.get(name); existing && !(*existing == value))
        throw QueryError("the transaction binds $" + name +
                         " twice with different values; on SurrealDB 2.x all "
                         "statements of a transaction are sent as one query");
      vars_.insert_or_assign(name, value);
    }
    statements_.push_back(surql);
    return QueryResult();
  }
  detail::CallOptions call;
  call.txn = id_;
  call.slot = slot_;
  return QueryResult::from_reply(session_->call("query", {surql, std::move(vars)}, call));
}

QueryResult Transaction::commit() {
  if (finished_) throw QueryError("the transaction is already committed or cancelled");
  finished_ = true;
  if (id_) {
    detail::CallOptions call;
    call.slot = slot_;
    session_->call("commit", {*id_}, call);
    return QueryResult();
  }
  if (statements_.empty()) return QueryResult();
  std::string text = "BEGIN TRANSACTION;\n";
  for (const auto& statement : statements_) text += statement + ";\n";
  text += "COMMIT TRANSACTION;";
  QueryResult result = QueryResult::from_reply(session_->call("query", {text, vars_}));
  // Report the statement that made the transaction fail, not the placeholders of the others.
  for (std::size_t i = 0; i < result.size(); ++i)
    if (!result[i].ok() && !is_placeholder_failure(result[i]))
      detail::throw_statement_error(result[i].error, result[i].kind, i);
  result.check();
  return result;
}

void Transaction::cancel() {
  if (finished_) return;
  finished_ = true;
  statements_.clear();
  if (!id_) return;
  detail::CallOptions call;
  call.slot = slot_;
  session_->call("cancel", {*id_}, call);
}

}  // namespace surreal

#pragma once
// A transaction on the server.
//
//   { auto tx = db.begin(); tx.query("CREATE …"); tx.query("UPDATE …"); tx.commit(); }  // cancelled if not
//   committed
//
// SurrealDB 3.x has transaction RPCs (begin/commit/cancel): each query runs at once inside the transaction
// and returns its results. 2.x has none, so there the statements are collected and sent at commit() as one
// query `BEGIN; …; COMMIT;` — query() returns an empty result and commit() returns the results of all
// statements.
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <surreal/query_result.hpp>
#include <surreal/value.hpp>

namespace surreal {

namespace detail {
struct SessionHandle;
}

class Transaction {
 public:
  Transaction(Transaction&& other) noexcept;
  Transaction& operator=(Transaction&& other) noexcept;
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  /// Cancels the transaction unless it was committed or cancelled (errors are swallowed: destructors don't
  /// throw).
  ~Transaction();

  /// 3.x: runs now, inside the transaction. 2.x: queued for commit(); returns an empty result.
  QueryResult query(const std::string& surql, Object vars = {});
  /// 3.x: commits (the results came from query()); returns an empty result. 2.x: sends the collected
  /// statements wrapped in BEGIN/COMMIT and returns their results, throwing the first real statement error
  /// (not SurrealDB's "not executed due to a failed transaction" placeholders).
  QueryResult commit();
  /// Discards the transaction. Idempotent.
  void cancel();

  bool active() const noexcept { return !finished_; }
  /// The server's transaction id (3.x), empty on 2.x.
  const std::optional<Uuid>& id() const noexcept { return id_; }

 private:
  friend class Client;
  Transaction(std::shared_ptr<detail::SessionHandle> session, std::optional<Uuid> id, int slot);

  std::shared_ptr<detail::SessionHandle> session_;
  std::optional<Uuid> id_;
  int slot_ = -1;  // the pooled connection the transaction lives on
  bool finished_ = false;
  std::vector<std::string> statements_;  // 2.x: collected statements
  Object vars_;                          // 2.x: their bindings, merged
};

}  // namespace surreal

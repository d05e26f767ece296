#pragma once
// Typed INSERT, in batches:
//
//   db.insert(app::user, users).run();                                  // INSERT INTO user $p0
//   db.insert(app::user, users).batch_size(500).run();                  // one INSERT per 500 rows, one call
//   each db.insert(app::user, users).batch_size(500).in_transaction().run(); // all batches in one BEGIN …
//   COMMIT call db.insert(app::follows, edges).run();                               // INSERT RELATION INTO
//   follows $p0 db.insert(app::user, users).ignore().run();                         // INSERT IGNORE:
//   existing ids are skipped
//
// Rows without an id get one from the server. run() returns the inserted records, in order. Without a
// transaction, batches that ran before a failing one stay inserted (the error is thrown); in a transaction
// nothing is inserted and the error thrown is the real one, not SurrealDB's "not executed due to a failed
// transaction" placeholders.
#include <algorithm>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include <surreal/query/runner.hpp>
#include <surreal/query/table.hpp>

namespace surreal {

template <class D>
class InsertQuery {
 public:
  using descriptor = D;
  using model = model_of<D>;

  explicit InsertQuery(std::vector<model> rows, query_detail::BoundClient client = {})
      : client_(std::move(client)), rows_(std::move(rows)) {}

  /// Rows per INSERT statement (0: all in one, the default).
  InsertQuery& batch_size(std::size_t n) {
    batch_size_ = n;
    return *this;
  }
  /// All batches in one transaction: all or nothing.
  InsertQuery& in_transaction(bool on = true) {
    transaction_ = on;
    return *this;
  }
  /// INSERT IGNORE: rows whose id exists already are skipped instead of failing.
  InsertQuery& ignore(bool on = true) {
    ignore_ = on;
    return *this;
  }

  /// One statement per batch (each numbering its parameters from $p0).
  std::vector<SurrealQL> batches() const {
    std::vector<SurrealQL> out;
    const std::size_t step = batch_size_ == 0 ? std::max<std::size_t>(rows_.size(), 1) : batch_size_;
    for (std::size_t begin = 0; begin < rows_.size(); begin += step) {
      SurqlWriter w;
      write_batch(w, begin, std::min(rows_.size(), begin + step));
      out.push_back(std::move(w).finish());
    }
    return out;
  }
  /// Everything as one text: the batches separated by `; ` (wrapped in BEGIN / COMMIT in a transaction).
  SurrealQL to_surql() const {
    SurqlWriter w;
    write_all(w);
    return std::move(w).finish();
  }

  std::vector<model> run() {
    std::vector<model> inserted;
    if (rows_.empty()) return inserted;
    if (transaction_) {
      QueryResult result = client_.run(to_surql(), "this insert");
      throw_first_real_error(result);
      // 3.x answers BEGIN and COMMIT with a NONE result of their own (2.x answers nothing for them); every
      // INSERT answers an array.
      for (std::size_t i = 0; i < result.size(); ++i)
        if (!result.take(i).is_none()) append(inserted, result.template take<std::vector<model>>(i));
      return inserted;
    }
    for (const SurrealQL& batch : batches())
      append(inserted, client_.run(batch, "this insert").template take<std::vector<model>>(0));
    return inserted;
  }

 private:
  void write_batch(SurqlWriter& w, std::size_t begin, std::size_t end) const {
    Array rows;
    rows.reserve(end - begin);
    for (std::size_t i = begin; i < end; ++i) rows.push_back(to_value(rows_[i]));
    w.append("INSERT ");
    if (ignore_) w.append("IGNORE ");
    if constexpr (TableTraits<D>::is_relation) w.append("RELATION ");
    w.append("INTO ").identifier(TableTraits<D>::name).append(" ").value(Value(std::move(rows)));
  }
  void write_all(SurqlWriter& w) const {
    const std::size_t step = batch_size_ == 0 ? std::max<std::size_t>(rows_.size(), 1) : batch_size_;
    if (transaction_) w.append("BEGIN TRANSACTION; ");
    bool first = true;
    for (std::size_t begin = 0; begin < rows_.size(); begin += step) {
      if (!first) w.append("; ");
      first = false;
      write_batch(w, begin, std::min(rows_.size(), begin + step));
    }
    if (transaction_) w.append("; COMMIT TRANSACTION;");
  }
  static void append(std::vector<model>& out, std::vector<model> more) {
    for (auto& m : more) out.push_back(std::move(m));
  }
  /// In a failed transaction every statement reports an error; the one that caused it is the one that does
  /// not say "not executed due to a failed transaction".
  static void throw_first_real_error(const QueryResult& result) {
    std::optional<std::size_t> placeholder;
    for (std::size_t i = 0; i < result.size(); ++i) {
      if (result[i].ok()) continue;
      if (result[i].error.find("not executed due to a failed transaction") == std::string::npos) {
        (void)result.take(i);  // throws the typed error with its statement index
      }
      if (!placeholder) placeholder = i;
    }
    if (placeholder) (void)result.take(*placeholder);
  }

  query_detail::BoundClient client_;
  std::vector<model> rows_;
  std::size_t batch_size_ = 0;
  bool transaction_ = false;
  bool ignore_ = false;
};

/// Unbound builder for to_surql().
template <TableDescriptor D>
InsertQuery<std::remove_cvref_t<D>> insert(const D&, std::vector<model_of<D>> rows) {
  return InsertQuery<std::remove_cvref_t<D>>(std::move(rows));
}

}  // namespace surreal

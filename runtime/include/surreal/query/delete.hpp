#pragma once
// Typed DELETE (`delete` is a C++ keyword, hence delete_from):
//
//   db.delete_from(app::user).where(app::user.age < 18).run();   // DELETE user WHERE age < $p0 RETURN BEFORE
//   db.delete_from(app::user).record(bob.id).run();              // DELETE $p0 RETURN BEFORE
//
// run() returns the deleted records as they were.
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include <surreal/query/q.hpp>
#include <surreal/query/runner.hpp>
#include <surreal/query/table.hpp>
#include <surreal/query/where.hpp>

namespace surreal {

namespace query_detail {
/// `DELETE <table or $p> WHERE … RETURN BEFORE` (delete.cpp).
SurrealQL delete_surql(std::string_view table, const std::optional<RecordId>& record, const WhereCore& where);
}  // namespace query_detail

template <class D>
class DeleteQuery {
 public:
  using descriptor = D;
  using model = model_of<D>;

  DeleteQuery() = default;
  explicit DeleteQuery(query_detail::BoundClient client) : client_(std::move(client)) {}

  DeleteQuery& record(const RecordId& id) {
    record_ = id;
    return *this;
  }
  DeleteQuery& where(const Condition<D>& condition) {
    where_.add(condition);
    return *this;
  }
  DeleteQuery& where(const Q& filter) {
    where_.add(filter);
    return *this;
  }

  SurrealQL to_surql() const { return query_detail::delete_surql(TableTraits<D>::name, record_, where_); }

  std::vector<model> run() {
    return client_.run(to_surql(), "this delete").template take<std::vector<model>>(0);
  }

 private:
  query_detail::BoundClient client_;
  std::optional<RecordId> record_;
  query_detail::WhereClause<D> where_;
};

/// Unbound builder for to_surql().
template <TableDescriptor D>
DeleteQuery<std::remove_cvref_t<D>> delete_from(const D&) {
  return DeleteQuery<std::remove_cvref_t<D>>();
}

}  // namespace surreal

#pragma once
// The WHERE clause of a statement: typed conditions and dynamic filters (surreal::Q) on one table, ANDed
// together in the order they were added.
#include <optional>
#include <type_traits>

#include <surreal/query/expression.hpp>
#include <surreal/query/q.hpp>
#include <surreal/query/table.hpp>

namespace surreal::query_detail {

template <class D>
class WhereClause {
 public:
  void add(const Condition<D>& condition) { add(condition.expression()); }
  /// Validated against TableTraits<D>::columns now: an unknown field or lookup throws QueryBuildError here.
  void add(const Q& filter) { add(filter.template on<D>().expression()); }

  bool empty() const noexcept { return !expr_.has_value(); }
  /// ` WHERE …` (nothing when empty).
  void write(SurqlWriter& out) const {
    if (!expr_) return;
    out.append(" WHERE ");
    expr_->write(out);
  }

 private:
  void add(const Expression& e) { expr_ = expr_ ? Expression::conjunction(*expr_, e) : e; }
  std::optional<Expression> expr_;
};

}  // namespace surreal::query_detail

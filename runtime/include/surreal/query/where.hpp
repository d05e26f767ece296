#pragma once
// The WHERE clause of a statement: typed conditions and dynamic filters (surreal::Q) on one table, ANDed
// together in the order they were added.
#include <optional>
#include <type_traits>

#include <surreal/query/expression.hpp>
#include <surreal/query/q.hpp>
#include <surreal/query/table.hpp>

namespace surreal::query_detail {

/// The clause without its table: what every builder stores (defined in where.cpp, once for all tables).
class WhereCore {
 public:
  WhereCore() noexcept;
  WhereCore(const WhereCore& other);
  WhereCore(WhereCore&& other) noexcept;
  WhereCore& operator=(const WhereCore& other);
  WhereCore& operator=(WhereCore&& other) noexcept;
  ~WhereCore();

  /// ANDs `e` to the conditions so far.
  void add(const Expression& e);
  bool empty() const noexcept { return !expr_.has_value(); }
  /// ` WHERE …` (nothing when empty).
  void write(SurqlWriter& out) const;

 private:
  std::optional<Expression> expr_;
};

/// The typed face of WhereCore: only conditions on table D.
template <class D>
class WhereClause : public WhereCore {
 public:
  void add(const Condition<D>& condition) { WhereCore::add(condition.expression()); }
  /// Validated against TableTraits<D>::columns now: an unknown field or lookup throws QueryBuildError here.
  void add(const Q& filter) { WhereCore::add(filter.template on<D>().expression()); }
};

}  // namespace surreal::query_detail

#pragma once
// The parts of a SELECT that plain, grouped and traversing selects share: the source (a table or one record),
// the WHERE clause, ORDER BY, LIMIT and START. LIMIT and START are bound parameters like every other value.
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include <surreal/query/order.hpp>
#include <surreal/query/surql.hpp>
#include <surreal/query/table.hpp>
#include <surreal/query/where.hpp>
#include <surreal/value.hpp>

namespace surreal::query_detail {

template <class D>
struct SelectSpec {
  std::optional<RecordId> record;  // FROM one record instead of the whole table
  WhereClause<D> where;
  std::vector<OrderTerm<D>> order;
  std::optional<std::size_t> limit;
  std::optional<std::size_t> start;

  bool windowed() const noexcept { return limit.has_value() || start.has_value(); }

  /// `user` or `$pN` (the record).
  void write_source(SurqlWriter& out) const {
    if (record)
      out.value(*record);
    else
      out.identifier(TableTraits<D>::name);
  }
  /// ` WHERE … ORDER BY … LIMIT … START …`.
  void write_clauses(SurqlWriter& out, bool with_order_and_window = true) const {
    where.write(out);
    if (!with_order_and_window) return;
    write_order(out);
    write_window(out);
  }
  void write_order(SurqlWriter& out) const {
    for (std::size_t i = 0; i < order.size(); ++i) {
      out.append(i == 0 ? " ORDER BY " : ", ");
      order[i].write(out);
    }
  }
  void write_window(SurqlWriter& out) const {
    if (limit) out.append(" LIMIT ").value(static_cast<std::int64_t>(*limit));
    if (start) out.append(" START ").value(static_cast<std::int64_t>(*start));
  }
  /// `SELECT <projection> FROM <source> WHERE … ORDER BY … LIMIT … START …`.
  void write_select(SurqlWriter& out, std::string_view projection) const {
    out.append("SELECT ").append(projection).append(" FROM ");
    write_source(out);
    write_clauses(out);
  }
  /// What aggregates and counts read from: the source with its WHERE when there is no LIMIT / START,
  /// otherwise a subquery, so that `count()` counts exactly the rows `all()` returns.
  void write_aggregate_source(SurqlWriter& out) const {
    if (!windowed()) {
      write_source(out);
      where.write(out);
      return;
    }
    out.append("(");
    write_select(out, "*");
    out.append(")");
  }
};

}  // namespace surreal::query_detail

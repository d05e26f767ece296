#pragma once
// Aggregates for grouped selects:
//
//   db.select(app::user).group_by(app::user.role).aggregate(surreal::count(),
//   surreal::avg(app::user.age)).all();
//   // SELECT role, count() AS count, math::mean(age) AS avg_age FROM user GROUP BY role
//   //   -> std::vector<surreal::Object>: [{role: "admin", count: 2, avg_age: 31.5}, …]
//
// Each aggregate has an alias (the key of its value in the result rows): `count`, `sum_<path>`, `avg_<path>`,
// `min_<path>`, `max_<path>` (dots in the path become `_`), or your own with `.as("name")`. SurrealDB ignores
// NONE values in math::sum / math::mean / math::min / math::max, so an optional column aggregates its present
// values.
#include <string>
#include <string_view>
#include <utility>

#include <surreal/query/column.hpp>
#include <surreal/query/surql.hpp>

namespace surreal {

/// One aggregate expression on the columns of `Table`.
template <class Table>
struct Aggregate {
  std::string function;   // "count", "math::sum", …
  std::string_view path;  // empty for count()
  std::string alias;

  Aggregate as(std::string name) const {
    Aggregate a = *this;
    a.alias = std::move(name);
    return a;
  }
  void write(SurqlWriter& out) const {
    out.append(function).append("(");
    if (!path.empty()) out.field(path);
    out.append(") AS ").identifier(alias);
  }
};

/// `count()`: the rows of each group. Converts to an Aggregate of any table.
struct CountAggregate {
  std::string alias = "count";
  CountAggregate as(std::string name) const { return CountAggregate{std::move(name)}; }
  template <class Table>
  operator Aggregate<Table>() const {  // NOLINT implicit: count() fits every table
    return Aggregate<Table>{"count", {}, alias};
  }
};

inline CountAggregate count() { return {}; }

namespace query_detail {
inline std::string default_alias(std::string_view prefix, std::string_view path) {
  std::string alias(prefix);
  alias += '_';
  for (char c : path) alias += c == '.' ? '_' : c;
  return alias;
}
}  // namespace query_detail

/// `math::sum(path)` (numbers).
template <class Table, class T>
requires query_detail::is_number_v<unwrapped_t<T>> Aggregate<Table> sum(const Column<Table, T>& column) {
  return {"math::sum", column.path, query_detail::default_alias("sum", column.path)};
}
/// `math::mean(path)` (numbers).
template <class Table, class T>
requires query_detail::is_number_v<unwrapped_t<T>> Aggregate<Table> avg(const Column<Table, T>& column) {
  return {"math::mean", column.path, query_detail::default_alias("avg", column.path)};
}
/// `math::min(path)` / `math::max(path)` (numbers).
template <class Table, class T>
requires query_detail::is_number_v<unwrapped_t<T>> Aggregate<Table> min(const Column<Table, T>& column) {
  return {"math::min", column.path, query_detail::default_alias("min", column.path)};
}
template <class Table, class T>
requires query_detail::is_number_v<unwrapped_t<T>> Aggregate<Table> max(const Column<Table, T>& column) {
  return {"math::max", column.path, query_detail::default_alias("max", column.path)};
}

}  // namespace surreal

#pragma once
// The parts of a SELECT that plain, grouped and traversing selects share: the source (a table or one record),
// the WHERE clause, ORDER BY, LIMIT and START. LIMIT and START are bound parameters like every other value.
//
// Not a template: the typed builders (SelectQuery<D>, GroupQuery<D>, TraversalQuery<D, M>) check the table of
// what they are given and store it here by table name, so that the text is written by code compiled once, in
// select_spec.cpp, and not again for every table a program queries.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <surreal/query/order.hpp>
#include <surreal/query/surql.hpp>
#include <surreal/query/where.hpp>
#include <surreal/value.hpp>

namespace surreal::query_detail {

/// One ORDER BY term, without its table.
struct OrderSpec {
  std::string_view path;
  bool descending = false;
  bool collate = false;
  bool numeric = false;
};

struct SelectSpec {
  explicit SelectSpec(std::string_view table_name) noexcept;
  SelectSpec(const SelectSpec& other);
  SelectSpec(SelectSpec&& other) noexcept;
  SelectSpec& operator=(const SelectSpec& other);
  SelectSpec& operator=(SelectSpec&& other) noexcept;
  ~SelectSpec();

  std::string_view table;
  std::optional<RecordId> record;  // FROM one record instead of the whole table
  WhereCore where;
  std::vector<OrderSpec> order;
  std::optional<std::size_t> limit;
  std::optional<std::size_t> start;
  std::vector<std::string_view> fetch;  // FETCH paths (plain selects only)

  void add_order(std::string_view path, bool descending, bool collate, bool numeric);
  void add_fetch(std::string_view path);
  bool windowed() const noexcept { return limit.has_value() || start.has_value(); }

  /// `user` or `$pN` (the record).
  void write_source(SurqlWriter& out) const;
  /// ` WHERE … ORDER BY … LIMIT … START …`.
  void write_clauses(SurqlWriter& out, bool with_order_and_window = true) const;
  void write_order(SurqlWriter& out) const;
  void write_window(SurqlWriter& out) const;
  /// `SELECT <projection> FROM <source> WHERE … ORDER BY … LIMIT … START …`.
  void write_select(SurqlWriter& out, std::string_view projection) const;
  /// What aggregates and counts read from: the source with its WHERE when there is no LIMIT / START,
  /// otherwise a subquery, so that `count()` counts exactly the rows `all()` returns.
  void write_aggregate_source(SurqlWriter& out) const;

  /// `SELECT * FROM … FETCH …`, with LIMIT `limit_override` instead of the spec's when given.
  SurrealQL select_surql(std::optional<std::size_t> limit_override = std::nullopt) const;
  /// `SELECT count() AS count FROM … GROUP ALL`.
  SurrealQL count_surql() const;
  /// `SELECT <function>(path) AS value, count(path IS NOT NONE AND path IS NOT NULL) AS present FROM … GROUP
  /// ALL`.
  SurrealQL scalar_aggregate_surql(std::string_view function, std::string_view path) const;
};

}  // namespace surreal::query_detail

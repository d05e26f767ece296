#pragma once
// Typed selects:
//
//   auto adults = db.select(app::user)
//                   .where(app::user.age >= 18 && app::user.name.starts_with("A"))
//                   .order_by(app::user.name.desc()).limit(10).start(20)
//                   .fetch(app::user.best_friend)
//                   .all();                                  // std::vector<app::User>
//   db.select(app::user).where(surreal::Q{"age__gte", 18}).first();   // std::optional<app::User>
//   db.select(app::user).where(app::user.age > 30).count();           // std::int64_t
//   db.select(app::user).sum(app::user.score);                        // aggregates over the selection
//   db.select(app::user).group_by(app::user.role).aggregate(surreal::count()).all();
//   db.select(app::user).where(app::user.id == bob).traverse_in(app::follows).all();
//   db.select(app::user).where(app::user.age >= 18).to_surql();
//   // {"SELECT * FROM user WHERE age >= $p0", {p0: 18}}
//
// Several where() calls are ANDed. Every value (LIMIT and START included) is a bound parameter.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include <surreal/query/aggregate.hpp>
#include <surreal/query/column.hpp>
#include <surreal/query/group.hpp>
#include <surreal/query/q.hpp>
#include <surreal/query/runner.hpp>
#include <surreal/query/select_spec.hpp>
#include <surreal/query/table.hpp>
#include <surreal/query/traversal.hpp>

namespace surreal {

template <class D>
class SelectQuery {
 public:
  using descriptor = D;
  using model = model_of<D>;

  /// An unbound select (to_surql() only); `db.select(table)` makes a bound one.
  SelectQuery() : spec_(TableTraits<D>::name) {}
  explicit SelectQuery(query_detail::BoundClient client)
      : client_(std::move(client)), spec_(TableTraits<D>::name) {}

  /// Only this record (`SELECT * FROM $p0`), still filtered by where().
  SelectQuery& record(const RecordId& id) {
    spec_.record = id;
    return *this;
  }
  SelectQuery& where(const Condition<D>& condition) {
    spec_.where.add(condition.expression());
    return *this;
  }
  /// A dynamic filter, checked against the table's columns now (QueryBuildError names a bad field or lookup).
  SelectQuery& where(const Q& filter) {
    spec_.where.add(filter.template on<D>().expression());
    return *this;
  }
  /// ORDER BY terms (`app::user.name.desc()`, `app::user.age.asc()`, or a column for ascending order), in
  /// order; later calls add terms after the earlier ones.
  template <class... Terms>
  SelectQuery& order_by(const Terms&... terms) {
    (add_order(terms), ...);
    return *this;
  }
  SelectQuery& limit(std::size_t n) {
    spec_.limit = n;
    return *this;
  }
  SelectQuery& start(std::size_t n) {
    spec_.start = n;
    return *this;
  }
  /// FETCH: replaces the links of these columns by the linked records (Link<T>::is_fetched() becomes true).
  template <class... T>
  requires(sizeof...(T) > 0 && (LinkColumn<T> && ...)) SelectQuery& fetch(const Column<D, T>&... columns) {
    (spec_.add_fetch(columns.path), ...);
    return *this;
  }

  SurrealQL to_surql() const { return spec_.select_surql(); }

  std::vector<model> all() { return run(to_surql()).template take<std::vector<model>>(0); }
  /// The first row (LIMIT 1 on top of the query), or nullopt.
  std::optional<model> first() {
    auto rows = run(spec_.select_surql(1)).template take<std::vector<model>>(0);
    if (rows.empty()) return std::nullopt;
    return std::move(rows.front());
  }
  /// The number of rows all() would return: `SELECT count() AS count FROM user WHERE … GROUP ALL`.
  std::int64_t count() {
    const Value rows = run(spec_.count_surql()).take(0);
    // 2.x answers no row at all for an empty selection, 3.x a row with count 0.
    if (rows.empty()) return 0;
    return rows[std::size_t{0}]["count"].as_int();
  }
  /// SQL for count(): for tests and logs.
  SurrealQL count_surql() const { return spec_.count_surql(); }

  /// Sum of a numeric column over the selection (0 when no row has a value).
  template <class T>
  requires query_detail::is_number_v<unwrapped_t<T>> unwrapped_t<T> sum(const Column<D, T>& column) {
    auto v = scalar_aggregate("math::sum", column.path);
    return v ? from_value<unwrapped_t<T>>(*v) : unwrapped_t<T>{};
  }
  /// Mean of a numeric column over the selection (nullopt when no row has a value).
  template <class T>
  requires query_detail::is_number_v<unwrapped_t<T>> std::optional<double> avg(const Column<D, T>& column) {
    auto v = scalar_aggregate("math::mean", column.path);
    if (!v) return std::nullopt;
    return v->as_double();
  }
  /// Smallest / largest value of a numeric column (nullopt when no row has a value).
  template <class T>
  requires query_detail::is_number_v<unwrapped_t<T>> std::optional<unwrapped_t<T>> min(
      const Column<D, T>& column) {
    auto v = scalar_aggregate("math::min", column.path);
    if (!v) return std::nullopt;
    return from_value<unwrapped_t<T>>(*v);
  }
  template <class T>
  requires query_detail::is_number_v<unwrapped_t<T>> std::optional<unwrapped_t<T>> max(
      const Column<D, T>& column) {
    auto v = scalar_aggregate("math::max", column.path);
    if (!v) return std::nullopt;
    return from_value<unwrapped_t<T>>(*v);
  }
  /// SQL of the scalar aggregates (sum, avg, min, max): for tests and logs.
  SurrealQL scalar_aggregate_surql(std::string_view function, std::string_view path) const {
    return spec_.scalar_aggregate_surql(function, path);
  }

  /// GROUP BY these columns; add aggregates with .aggregate(…).
  template <class... T>
  GroupQuery<D> group_by(const Column<D, T>&... columns) const {
    return GroupQuery<D>(client_, spec_, std::vector<std::string_view>{columns.path...});
  }
  /// Aggregates over the whole selection (GROUP ALL).
  template <class... Aggs>
  requires(sizeof...(Aggs) > 0 && (std::convertible_to<Aggs, Aggregate<D>> &&
                                   ...)) GroupQuery<D> aggregate(const Aggs&... aggregates)
  const {
    GroupQuery<D> g(client_, spec_, {});
    g.aggregate(aggregates...);
    return g;
  }

  /// Graph traversal from the selected rows (see <surreal/query/traversal.hpp>).
  template <RelationDescriptor E>
  requires query_detail::step_fits_v<typename TableTraits<E>::in_model, model>
  auto traverse_out(const E& edge) const {
    return TraversalQuery<D, model>(client_, spec_, {}).traverse_out(edge);
  }
  template <RelationDescriptor E>
  requires query_detail::step_fits_v<typename TableTraits<E>::out_model, model>
  auto traverse_in(const E& edge) const {
    return TraversalQuery<D, model>(client_, spec_, {}).traverse_in(edge);
  }
  template <SymmetricRelation E>
  requires query_detail::step_fits_v<typename TableTraits<E>::in_model, model>
  auto traverse_both(const E& edge) const {
    return TraversalQuery<D, model>(client_, spec_, {}).traverse_both(edge);
  }

 private:
  void add_order(const OrderTerm<D>& term) {
    spec_.add_order(term.path, term.descending, term.collate, term.numeric);
  }
  template <class T>
  void add_order(const Column<D, T>& column) {
    spec_.add_order(column.path, false, false, false);
  }
  QueryResult run(const SurrealQL& q) { return client_.run(q, "this select"); }

  /// The aggregate's value, or nullopt when no selected row has a value in the column. The presence count
  /// decides, not the value: on no values SurrealDB answers differently per version and function (NONE, NULL,
  /// 0, -inf for math::max on 3.x, no row at all on 2.x).
  std::optional<Value> scalar_aggregate(std::string_view function, std::string_view path) {
    const Value rows = run(scalar_aggregate_surql(function, path)).take(0);
    if (rows.empty()) return std::nullopt;
    const Value& row = rows[std::size_t{0}];
    if (row["present"].is_nullish() || row["present"].as_int() == 0) return std::nullopt;
    return row["value"];
  }

  query_detail::BoundClient client_;
  query_detail::SelectSpec spec_;
};

/// An unbound select of a table, for to_surql(): `surreal::select(app::user).where(…).to_surql()`.
template <TableDescriptor D>
SelectQuery<std::remove_cvref_t<D>> select(const D&) {
  return SelectQuery<std::remove_cvref_t<D>>();
}

}  // namespace surreal

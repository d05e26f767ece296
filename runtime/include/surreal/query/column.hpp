#pragma once
// Column descriptors: `app::user.age`, `app::user.address.city`. Generated table descriptors hold one per
// field (see <surreal/query/table.hpp> for the whole shape); queries are built from them:
//
//   app::user.age >= 18                          // Condition<UserTable>: age >= $p0
//   app::user.name.starts_with("A")              // string::starts_with(name, $p0)
//   app::user.tags.contains("admin")             // tags CONTAINS $p0
//   app::user.age.in({18, 21})                   // age IN $p0
//   app::user.best_friend.is_none()              // best_friend IS NONE
//   app::user.name.desc()                        // ORDER BY name DESC
//   app::user.age = 40                           // SET age = $p0 (a const operator= returning an Assignment)
//   app::doc.embedding.knn(query, 5, "COSINE")   // embedding <|5,COSINE|> $p0
//
// `Table` is the descriptor type (so conditions cannot mix tables) and `T` the model field's C++ type
// exactly. Which values each operation accepts is decided by the concepts of
// <surreal/query/column_types.hpp>: a value of the wrong C++ type does not compile.
//
// Optional columns guard their string functions and `<` / `<=` (`(bio IS NOT NONE AND bio IS NOT NULL AND
// …)`): SurrealDB's string functions fail the whole query on a NONE or NULL argument instead of answering
// false, and NONE / NULL order before every number, so `age < 18` would otherwise select the rows without an
// age.
#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <ranges>
#include <string>
#include <string_view>
#include <utility>

#include <surreal/query/assignment.hpp>
#include <surreal/query/column_types.hpp>
#include <surreal/query/error.hpp>
#include <surreal/query/expression.hpp>
#include <surreal/query/order.hpp>
#include <surreal/value.hpp>

namespace surreal {

/// A SQL LIKE pattern (`%` any run of characters, `_` one character, `\%` `\_` `\\` literal) as an anchored
/// regular expression for string::matches: "a%b_" -> "(?s)^a.*b.$"; with `case_insensitive` the flags are
/// "(?is)".
std::string like_to_regex(std::string_view pattern, bool case_insensitive);

/// A vector distance for `<|k,DISTANCE|>`, upper-cased and checked: EUCLIDEAN, COSINE, MANHATTAN, CHEBYSHEV,
/// HAMMING, JACCARD, PEARSON, or "MINKOWSKI <n>". Anything else throws QueryBuildError (it enters the text).
std::string checked_vector_distance(std::string_view distance);

namespace query_detail {
// The expressions columns build, out of line (column.cpp): a Column is instantiated for every field of every
// table, so its members only convert the value and call one of these.

/// `path<op>$p`, e.g. `age >= $p0`.
Expression column_operation(std::string_view path, std::string_view op, Value value);
/// `path<text>`, e.g. `age IS NONE`.
Expression column_suffix(std::string_view path, std::string_view text);
/// `(path IS NOT NONE AND path IS NOT NULL AND <test>)`.
Expression none_guarded(std::string_view path, const Expression& test);
/// `<function>(path, $p)`.
Expression column_function(std::string_view path, std::string_view function, Value argument);
/// `<open>string::lowercase(path)<separator>string::lowercase($p)`, closed by ")" when `open` is a call.
Expression column_lowered(std::string_view path, std::string_view open, std::string_view separator,
                          Value argument);
}  // namespace query_detail

template <class Table, class T>
struct Column {
  using table_type = Table;
  using value_type = T;

  std::string_view path;

  constexpr explicit Column(std::string_view field_path) noexcept : path(field_path) {}
  constexpr Column(const Column&) noexcept = default;
  /// Descriptors are never reassigned: `column = value` builds an assignment clause (below) instead.
  Column& operator=(const Column&) = delete;

  // --- comparisons
  // ------------------------------------------------------------------------------------------------
  template <class V>
  requires ColumnValue<T, V> Condition<Table>
  operator==(const V& v) const { return binary(" = ", v); }
  template <class V>
  requires ColumnValue<T, V> Condition<Table>
  operator!=(const V& v) const { return binary(" != ", v); }
  /// On an optional column `<` and `<=` skip rows without a value: SurrealDB orders NONE and NULL before
  /// every number, so a bare `age < 18` would also select the rows that have no age.
  template <class V>
  requires OrderedColumnValue<T, V> Condition<Table>
  operator<(const V& v) const { return guarded(binary_expr(" < ", v)); }
  template <class V>
  requires OrderedColumnValue<T, V> Condition<Table>
  operator<=(const V& v) const { return guarded(binary_expr(" <= ", v)); }
  template <class V>
  requires OrderedColumnValue<T, V> Condition<Table>
  operator>(const V& v) const { return binary(" > ", v); }
  template <class V>
  requires OrderedColumnValue<T, V> Condition<Table>
  operator>=(const V& v) const { return binary(" >= ", v); }

  // --- membership
  // -------------------------------------------------------------------------------------------------
  /// `path IN $p`: the column's value is one of `values`.
  Condition<Table> in(std::initializer_list<unwrapped_t<T>> values) const {
    return membership(" IN ", values);
  }
  template <std::ranges::input_range R>
  requires ColumnValue<T, std::ranges::range_value_t<R>> Condition<Table> in(const R& values)
  const { return membership(" IN ", values); }
  /// `path NOT IN $p`.
  Condition<Table> not_in(std::initializer_list<unwrapped_t<T>> values) const {
    return membership(" NOT IN ", values);
  }
  template <std::ranges::input_range R>
  requires ColumnValue<T, std::ranges::range_value_t<R>> Condition<Table> not_in(const R& values)
  const { return membership(" NOT IN ", values); }

  // --- NONE / NULL
  // --------------------------------------------------------------------------------------------------
  Condition<Table> is_none() const { return suffix(" IS NONE"); }
  Condition<Table> is_not_none() const { return suffix(" IS NOT NONE"); }
  Condition<Table> is_null() const { return suffix(" IS NULL"); }
  Condition<Table> is_not_null() const { return suffix(" IS NOT NULL"); }

  // --- strings
  // --------------------------------------------------------------------------------------------------
  /// Case-sensitive prefix test.
  template <class V>
  requires StringColumn<T> && query_detail::is_string_like_v<V> Condition<Table> starts_with(const V& prefix)
  const { return string_function("string::starts_with", prefix, false); }
  template <class V>
  requires StringColumn<T> && query_detail::is_string_like_v<V> Condition<Table> ends_with(
      const V& suffix_text)
  const { return string_function("string::ends_with", suffix_text, false); }
  /// Substring test (`path CONTAINS $p`); for array columns, see the other `contains`.
  template <class V>
  requires StringColumn<T> && query_detail::is_string_like_v<V> Condition<Table> contains(const V& needle)
  const { return binary(" CONTAINS ", needle); }
  /// Case-insensitive equality, prefix, suffix and substring tests (both sides through string::lowercase).
  template <class V>
  requires StringColumn<T> && query_detail::is_string_like_v<V> Condition<Table> iexact(const V& text)
  const { return lowered("", " = ", text); }
  template <class V>
  requires StringColumn<T> && query_detail::is_string_like_v<V> Condition<Table> istarts_with(const V& prefix)
  const { return lowered("string::starts_with(", ", ", prefix); }
  template <class V>
  requires StringColumn<T> && query_detail::is_string_like_v<V> Condition<Table> iends_with(
      const V& suffix_text)
  const { return lowered("string::ends_with(", ", ", suffix_text); }
  template <class V>
  requires StringColumn<T> && query_detail::is_string_like_v<V> Condition<Table> icontains(const V& needle)
  const { return lowered("string::contains(", ", ", needle); }
  /// SQL LIKE (`%`, `_`; see like_to_regex), matched with string::matches on the whole value.
  template <class V>
  requires StringColumn<T> && query_detail::is_string_like_v<V> Condition<Table> like(const V& pattern)
  const { return string_function("string::matches", like_to_regex(std::string_view(pattern), false), true); }
  template <class V>
  requires StringColumn<T> && query_detail::is_string_like_v<V> Condition<Table> ilike(const V& pattern)
  const { return string_function("string::matches", like_to_regex(std::string_view(pattern), true), true); }
  /// A regular expression (Rust regex syntax, unanchored: "^a" for a prefix) through string::matches.
  template <class V>
  requires StringColumn<T> && query_detail::is_string_like_v<V> Condition<Table> regex(const V& pattern)
  const { return string_function("string::matches", pattern, false); }
  /// Full-text search `path @@ $p` (needs a SEARCH / FULLTEXT index on the column).
  template <class V>
  requires StringColumn<T> && query_detail::is_string_like_v<V> Condition<Table> matches(const V& text)
  const { return binary(" @@ ", text); }
  /// Full-text search with a match reference for search::score(ref) / search::highlight: `path @ref@ $p`.
  template <class V>
  requires StringColumn<T> && query_detail::is_string_like_v<V> Condition<Table> matches(const V& text,
                                                                                         unsigned reference)
  const { return binary(" @" + std::to_string(reference) + "@ ", text); }

  // --- arrays
  // ---------------------------------------------------------------------------------------------------
  /// The array holds `element`.
  template <class V>
  requires ArrayColumn<T> && ColumnValue<array_element_t<T>, V> Condition<Table> contains(const V& element)
  const { return binary_element(" CONTAINS ", element); }
  /// The array does not hold `element`.
  template <class V>
  requires ArrayColumn<T> && ColumnValue<array_element_t<T>, V> Condition<Table> contains_not(
      const V& element)
  const { return binary_element(" CONTAINSNOT ", element); }
  /// The array holds at least one / all / none of `elements`.
  template <class R>
  requires ArrayColumn<T> && std::ranges::input_range<R> &&
      ColumnValue<array_element_t<T>, std::ranges::range_value_t<R>>
          Condition<Table> contains_any(const R& elements)
  const { return array_set(" CONTAINSANY ", elements); }
  template <class R>
  requires ArrayColumn<T> && std::ranges::input_range<R> &&
      ColumnValue<array_element_t<T>, std::ranges::range_value_t<R>>
          Condition<Table> contains_all(const R& elements)
  const { return array_set(" CONTAINSALL ", elements); }
  template <class R>
  requires ArrayColumn<T> && std::ranges::input_range<R> &&
      ColumnValue<array_element_t<T>, std::ranges::range_value_t<R>>
          Condition<Table> contains_none(const R& elements)
  const { return array_set(" CONTAINSNONE ", elements); }
  template <class TT = T>
  requires ArrayColumn<TT> Condition<Table> contains_any(std::initializer_list<array_element_t<TT>> elements)
  const { return array_set(" CONTAINSANY ", elements); }
  template <class TT = T>
  requires ArrayColumn<TT> Condition<Table> contains_all(std::initializer_list<array_element_t<TT>> elements)
  const { return array_set(" CONTAINSALL ", elements); }
  template <class TT = T>
  requires ArrayColumn<TT> Condition<Table> contains_none(std::initializer_list<array_element_t<TT>> elements)
  const { return array_set(" CONTAINSNONE ", elements); }

  // --- vector search
  // --------------------------------------------------------------------------------------------
  /// The k nearest neighbours of `vec` by brute force with `distance` ("EUCLIDEAN", "COSINE", …):
  /// `path <|k,COSINE|> $p`. Throws QueryBuildError for an unknown distance.
  template <class TT = T>
  requires VectorColumn<TT> Condition<Table> knn(const unwrapped_t<T>& vec, std::size_t k,
                                                 std::string_view distance)
  const { return nearest_neighbours(std::to_string(k) + "," + checked_vector_distance(distance), vec); }
  /// The k nearest neighbours through the column's vector index (its own distance): `path <|k|> $p`.
  template <class TT = T>
  requires VectorColumn<TT> Condition<Table> knn(const unwrapped_t<T>& vec, std::size_t k)
  const { return nearest_neighbours(std::to_string(k), vec); }
  /// Through an HNSW index with search breadth `ef`: `path <|k,ef|> $p`.
  template <class TT = T>
  requires VectorColumn<TT> Condition<Table> nearest(const unwrapped_t<T>& vec, std::size_t k, std::size_t ef)
  const { return nearest_neighbours(std::to_string(k) + "," + std::to_string(ef), vec); }
  /// Same as knn(vec, k, distance).
  template <class TT = T>
  requires VectorColumn<TT> Condition<Table> nearest(const unwrapped_t<T>& vec, std::size_t k,
                                                     std::string_view distance)
  const { return knn(vec, k, distance); }

  // --- ordering
  // ---------------------------------------------------------------------------------------------------
  constexpr OrderTerm<Table> asc() const noexcept { return OrderTerm<Table>{path, false}; }
  constexpr OrderTerm<Table> desc() const noexcept { return OrderTerm<Table>{path, true}; }

  // --- assignments (update().set(…))
  // ------------------------------------------------------------------------------
  template <class V>
  requires ColumnAssignable<T, V> Assignment<Table>
  operator=(const V& v) const {  // NOLINT: returns an assignment clause, changes nothing
    return Assignment<Table>{path, "=", query_detail::assignment_value<T>(v)};
  }
  /// Braced lists for array columns: `app::user.tags = {"a", "b"}`.
  template <class TT = T>
  requires ArrayColumn<TT> Assignment<Table>
  operator=(const T& v) const {  // NOLINT
    return Assignment<Table>{path, "=", to_value(v)};
  }
  /// `path += $p`: adds to a number, appends to an array.
  template <class V>
  requires(query_detail::is_number_v<unwrapped_t<T>>&& ColumnAssignable<T, V>) ||
      (ArrayColumn<T> && ColumnAssignable<array_element_t<T>, V>)Assignment<Table> operator+=(
          const V& v) const {
    return Assignment<Table>{path, "+=", increment_value(v)};
  }
  /// `path -= $p`: subtracts from a number, removes from an array.
  template <class V>
  requires(query_detail::is_number_v<unwrapped_t<T>>&& ColumnAssignable<T, V>) ||
      (ArrayColumn<T> && ColumnAssignable<array_element_t<T>, V>)Assignment<Table> operator-=(
          const V& v) const {
    return Assignment<Table>{path, "-=", increment_value(v)};
  }

  /// The escaped field path as an expression.
  Expression field_expr() const { return Expression::field(path); }

 private:
  template <class V>
  Expression binary_expr(std::string_view op, const V& v) const {
    return query_detail::column_operation(path, op, query_detail::comparison_value<unwrapped_t<T>>(v));
  }
  template <class V>
  Condition<Table> binary(std::string_view op, const V& v) const {
    return Condition<Table>(binary_expr(op, v));
  }
  Condition<Table> suffix(std::string_view text) const {
    return Condition<Table>(query_detail::column_suffix(path, text));
  }

  template <class R>
  Condition<Table> membership(std::string_view op, const R& values) const {
    Array items;
    for (const auto& v : values) items.push_back(query_detail::comparison_value<unwrapped_t<T>>(v));
    return Condition<Table>(query_detail::column_operation(path, op, Value(std::move(items))));
  }

  template <class V>
  Condition<Table> binary_element(std::string_view op, const V& element) const {
    return Condition<Table>(query_detail::column_operation(path, op, element_value(element)));
  }
  template <class V>
  static Value element_value(const V& v) {
    return query_detail::comparison_value<unwrapped_t<array_element_t<T>>>(v);
  }
  template <class R>
  Condition<Table> array_set(std::string_view op, const R& elements) const {
    Array items;
    for (const auto& v : elements) items.push_back(element_value(v));
    return Condition<Table>(query_detail::column_operation(path, op, Value(std::move(items))));
  }

  template <class V>
  Value increment_value(const V& v) const {
    if constexpr (ArrayColumn<T>)
      return query_detail::assignment_value<array_element_t<T>>(v);
    else
      return query_detail::assignment_value<T>(v);
  }

  /// Wraps a test on an optional column in a NONE / NULL guard.
  Condition<Table> guarded(const Expression& test) const {
    if constexpr (!is_optional_column_v<T>)
      return Condition<Table>(test);
    else
      return Condition<Table>(query_detail::none_guarded(path, test));
  }
  template <class V>
  Condition<Table> string_function(std::string_view function, const V& argument, bool) const {
    return guarded(query_detail::column_function(path, function, Value(std::string_view(argument))));
  }
  template <class V>
  Condition<Table> lowered(std::string_view open, std::string_view separator, const V& argument) const {
    return guarded(query_detail::column_lowered(path, open, separator, Value(std::string_view(argument))));
  }

  Condition<Table> nearest_neighbours(const std::string& inside, const unwrapped_t<T>& vec) const {
    return Condition<Table>(query_detail::column_operation(path, " <|" + inside + "|> ", to_value(vec)));
  }
};

}  // namespace surreal

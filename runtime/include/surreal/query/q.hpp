#pragma once
// Dynamic filters: Django-style lookups decided at run time, for filters that come from user input or config.
//
//   auto f = surreal::Q{"age__gte", 18} | surreal::Q{"name__istartswith", "a"};
//   auto adults = db.select(app::user).where(f & ~surreal::Q{"role", "admin"}).all();
//
// A key is `field__lookup` (or just `field`, meaning exact); nested fields use `.` or `__`:
// "address.city__iexact" and "address__city__iexact" are the same. Checked against the table's
// TableTraits<D>::columns when the filter is attached to a query: an unknown field, an unknown lookup, a
// lookup that makes no sense for the column's kind, or a value of the wrong kind throws QueryBuildError
// naming them (a filter never silently means something else).
//
// Lookups (every value is a bound parameter; all exist with the same meaning in SurrealDB 2.x and 3.x):
//   exact, ne        field = $v, field != $v (NONE / NULL allowed on optional columns)
//   gt gte lt lte    field > $v, >=, <, <= (numbers, strings, datetimes, durations, uuids, record ids)
//   in, not_in       field IN $v, field NOT IN $v ($v must be an array)
//   contains         field CONTAINS $v (string column: substring; array column: element)
//   icontains        string::contains(string::lowercase(field), string::lowercase($v))
//   startswith       string::starts_with(field, $v); endswith: string::ends_with
//   istartswith      the same through string::lowercase on both sides; iendswith likewise
//   iexact           string::lowercase(field) = string::lowercase($v)
//   like, ilike      SQL LIKE (% and _) as an anchored regex through string::matches; ilike ignores case
//   regex, iregex    string::matches(field, $v) (Rust regex syntax); iregex prefixes (?i)
//   match            field @@ $v (full-text search; needs a FULLTEXT (3.x) / SEARCH (2.x) index)
//   isnull           true: (field IS NONE OR field IS NULL); false: (field IS NOT NONE AND field IS NOT NULL)
// String lookups and lt / lte on optional columns are guarded against NONE / NULL: SurrealDB's string
// functions fail the whole query on them, and NONE / NULL order before every value (`age__lt` would select
// rows without an age).
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <surreal/codec.hpp>
#include <surreal/query/error.hpp>
#include <surreal/query/expression.hpp>
#include <surreal/query/table.hpp>
#include <surreal/value.hpp>

namespace surreal {

namespace query_detail {
/// A value that is not a Value already but has a Codec (an enum, a std::vector, …).
template <class V>
concept EncodableLookupValue = HasCodec<V> && !std::is_convertible_v<const V&, Value>;
}  // namespace query_detail

class Q {
 public:
  /// A lookup: `Q{"age__gte", 18}`.
  Q(std::string key, Value value);
  /// A lookup with any value that has a surreal::Codec: an enum (by its name), a std::vector (an array for
  /// `in`), a Datetime, a Link… (`Q{"role", app::Role::Admin}`, `Q{"age__in", std::vector<int>{17, 45}}`).
  template <query_detail::EncodableLookupValue V>
  Q(std::string key, const V& value) : Q(std::move(key), to_value(value)) {}

  friend Q operator&(const Q& a, const Q& b);
  friend Q operator|(const Q& a, const Q& b);
  friend Q operator~(const Q& a);

  /// The SurrealQL condition on `table` with `columns`; throws QueryBuildError (see the header comment).
  Expression resolve(std::string_view table, std::span<const ColumnInfo> columns) const;

  /// The condition on the table of descriptor D.
  template <TableDescriptor D>
  Condition<std::remove_cvref_t<D>> on() const {
    using Traits = TableTraits<std::remove_cvref_t<D>>;
    return Condition<std::remove_cvref_t<D>>(
        resolve(Traits::name, std::span<const ColumnInfo>(Traits::columns.data(), Traits::columns.size())));
  }

  /// The lookups this module knows, in the order of the header comment.
  static std::span<const std::string_view> lookups() noexcept;

  /// The filter tree (an implementation detail of q.cpp).
  struct Node;

 private:
  explicit Q(std::shared_ptr<const Node> node) : node_(std::move(node)) {}
  std::shared_ptr<const Node> node_;
};

}  // namespace surreal

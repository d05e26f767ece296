#pragma once
// Compile-time classification of column types, and the rules for which C++ values a column accepts.
//
// A column's type is the model field's type exactly (`std::optional<std::int64_t>`, `surreal::Link<User>`,
// `std::vector<std::string>`, an enum class, a nested struct, …). Comparisons see through std::optional (an
// optional<int> column compares with ints); a wrong C++ type fails the ColumnValue / ColumnAssignable
// concept, so `app::user.age == "x"` or `app::user.name > 3` do not compile.
#include <concepts>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <surreal/codec.hpp>
#include <surreal/value.hpp>

namespace surreal {

template <class T>
class Link;

namespace query_detail {

template <class T>
using bare_t = std::remove_cvref_t<T>;

template <class T>
struct optional_traits {
  using type = T;
  static constexpr bool is_optional = false;
};
template <class T>
struct optional_traits<std::optional<T>> {
  using type = T;
  static constexpr bool is_optional = true;
};

template <class T>
struct link_traits : std::false_type {};
template <class T>
struct link_traits<Link<T>> : std::true_type {
  using record_type = T;
};

/// `element` is void for non-arrays (not absent), so that naming array_element_t<T> in a constraint of a
/// column that is no array is not a hard error (clang substitutes such constraints eagerly).
template <class T>
struct array_traits : std::false_type {
  using element = void;
};
template <class E, class A>
struct array_traits<std::vector<E, A>> : std::true_type {
  using element = E;
};
template <class E, class C, class A>
struct array_traits<std::set<E, C, A>> : std::true_type {
  using element = E;
};

template <class T>
inline constexpr bool is_char_v =
    std::is_same_v<T, char> || std::is_same_v<T, signed char> || std::is_same_v<T, unsigned char> ||
    std::is_same_v<T, wchar_t> || std::is_same_v<T, char8_t> || std::is_same_v<T, char16_t> ||
    std::is_same_v<T, char32_t>;
/// Numbers a numeric column compares with: every arithmetic type except bool and the character types.
template <class T>
inline constexpr bool is_number_v = std::is_arithmetic_v<T> && !std::is_same_v<T, bool> && !is_char_v<T>;

template <class T>
inline constexpr bool is_string_like_v =
    std::is_convertible_v<const T&, std::string_view> && !std::is_same_v<T, std::nullptr_t>;

}  // namespace query_detail

/// The column type with std::optional removed: `unwrapped_t<std::optional<std::int64_t>>` is `std::int64_t`.
template <class T>
using unwrapped_t = typename query_detail::optional_traits<T>::type;

template <class T>
inline constexpr bool is_optional_column_v = query_detail::optional_traits<T>::is_optional;
template <class T>
inline constexpr bool is_link_v = query_detail::link_traits<T>::value;
template <class T>
inline constexpr bool is_array_column_v = query_detail::array_traits<unwrapped_t<T>>::value;
/// The element type of an array column (`std::vector<E>` / `std::set<E>`, optional or not).
template <class T>
using array_element_t = typename query_detail::array_traits<unwrapped_t<T>>::element;

namespace query_detail {

/// Whether a value of type V may stand on the other side of a comparison with a column whose unwrapped type
/// is U.
template <class U, class V>
constexpr bool comparable() {
  using W = bare_t<V>;
  if constexpr (link_traits<U>::value || std::is_same_v<U, RecordId>)
    return std::is_same_v<W, RecordId> || link_traits<W>::value;
  else if constexpr (std::is_same_v<U, bool>)
    return std::is_same_v<W, bool>;
  else if constexpr (std::is_enum_v<U>)
    return std::is_same_v<W, U>;
  else if constexpr (is_number_v<U>)
    return is_number_v<W>;
  else if constexpr (std::is_same_v<U, Decimal>)
    return std::is_same_v<W, Decimal> || is_number_v<W>;
  else if constexpr (std::is_same_v<U, std::string>)
    return is_string_like_v<W>;
  else if constexpr (std::is_same_v<U, Value>)
    return HasCodec<W> || std::is_convertible_v<const W&, Value>;
  else
    return !optional_traits<W>::is_optional && std::is_convertible_v<const W&, U>;
}

/// Whether a value of type V may be assigned to a column of the (full) type T.
template <class T, class V>
constexpr bool assignable() {
  using W = bare_t<V>;
  if constexpr (optional_traits<T>::is_optional)
    return std::is_same_v<W, std::nullopt_t> || std::is_same_v<W, T> ||
           assignable<typename optional_traits<T>::type, V>();
  else if constexpr (link_traits<T>::value || std::is_same_v<T, RecordId>)
    return comparable<T, V>();
  else if constexpr (std::is_same_v<T, bool>)
    return std::is_same_v<W, bool>;
  else if constexpr (std::is_enum_v<T>)
    return std::is_same_v<W, T>;
  else if constexpr (std::is_integral_v<T>)  // an int field never receives a silently truncated float
    return is_number_v<W> && std::is_integral_v<W>;
  else if constexpr (std::is_floating_point_v<T>)
    return is_number_v<W>;
  else if constexpr (std::is_same_v<T, std::string>)
    return is_string_like_v<W>;
  else if constexpr (std::is_same_v<T, Value>)
    return HasCodec<W> || std::is_convertible_v<const W&, Value>;
  else
    return !optional_traits<W>::is_optional && std::is_convertible_v<const W&, T>;
}

/// Types whose values SurrealDB orders meaningfully (`<`, `>`): numbers, strings, times, ids.
template <class U>
constexpr bool ordered() {
  return is_number_v<U> || std::is_same_v<U, Decimal> || std::is_same_v<U, std::string> ||
         std::is_same_v<U, Datetime> || std::is_same_v<U, Duration> || std::is_same_v<U, Uuid> ||
         std::is_same_v<U, RecordId> || link_traits<U>::value || std::is_same_v<U, Value>;
}

}  // namespace query_detail

/// V can be compared with a column of type T (`==`, `!=`, `in`, …): see query_detail::comparable.
template <class T, class V>
concept ColumnValue = query_detail::comparable<unwrapped_t<T>, V>();

/// V can be compared with a column of type T by `<`, `<=`, `>`, `>=`.
template <class T, class V>
concept OrderedColumnValue = query_detail::ordered<unwrapped_t<T>>() && ColumnValue<T, V>;

/// V can be assigned to a column of type T (`app::user.age = 40` in update().set()).
template <class T, class V>
concept ColumnAssignable = query_detail::assignable<T, V>();

/// A string column (std::string, optional or not): the string helpers (starts_with, like, matches, …) need
/// one.
template <class T>
concept StringColumn = std::same_as<unwrapped_t<T>, std::string>;

/// An array or set column (std::vector<E> / std::set<E>, optional or not).
template <class T>
concept ArrayColumn = is_array_column_v<T>;

/// A column holding a vector of numbers (an embedding): knn / nearest need one.
template <class T>
concept VectorColumn = ArrayColumn<T> && query_detail::is_number_v<array_element_t<T>>;

/// A column holding a record link (Link<T> or RecordId), or an array of them: FETCH and traversal need one.
template <class T>
concept LinkColumn = is_link_v<unwrapped_t<T>> || std::same_as<unwrapped_t<T>, RecordId> ||
    (ArrayColumn<T> && (is_link_v<array_element_t<T>> || std::same_as<array_element_t<T>, RecordId>));

namespace query_detail {

/// The value bound for a comparison with a column whose unwrapped type is U: links become their ids, strings
/// become strings, numbers stay as given (an int column compared with 2.5 compares with 2.5, not 2).
template <class U, class V>
Value comparison_value(const V& v) {
  using W = bare_t<V>;
  if constexpr (link_traits<W>::value)
    return Value(v.id());
  else if constexpr (std::is_same_v<W, RecordId>)
    return Value(v);
  else if constexpr (std::is_same_v<U, std::string>)
    return Value(std::string_view(v));
  else if constexpr (std::is_same_v<U, Value> && !HasCodec<W>)
    return Value(v);
  else if constexpr (std::is_same_v<W, U> || is_number_v<W> || std::is_same_v<U, Value>)
    return to_value(v);
  else
    return to_value(static_cast<U>(v));
}

/// The value bound for an assignment to a column of type T: converted to T first (so the stored value has the
/// field's type), nullopt becomes NONE (which removes the field).
template <class T, class V>
Value assignment_value(const V& v) {
  using W = bare_t<V>;
  if constexpr (optional_traits<T>::is_optional) {
    if constexpr (std::is_same_v<W, std::nullopt_t>)
      return Value::none();
    else if constexpr (std::is_same_v<W, T>)
      return to_value(v);
    else
      return assignment_value<typename optional_traits<T>::type>(v);
  } else if constexpr (link_traits<T>::value || std::is_same_v<T, RecordId>) {
    return comparison_value<T>(v);
  } else if constexpr (std::is_same_v<T, std::string>) {
    return Value(std::string_view(v));
  } else if constexpr (std::is_same_v<T, Value> && !HasCodec<W>) {
    return Value(v);
  } else if constexpr (std::is_same_v<W, T> || std::is_same_v<T, Value>) {
    return to_value(v);
  } else {
    return to_value(static_cast<T>(v));
  }
}

}  // namespace query_detail
}  // namespace surreal

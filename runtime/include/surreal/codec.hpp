#pragma once
// Typed conversions between C++ types and surreal::Value.
//
//   surreal::Value v = surreal::to_value(user);          // Codec<User>::encode
//   auto u = surreal::from_value<User>(v);               // Codec<User>::decode, ConversionError with a path
//
// Own types specialize surreal::Codec:
//
//   template <> struct surreal::Codec<app::User> {
//     static surreal::Value encode(const app::User& u) {
//       return surreal::Object{{"name", surreal::to_value(u.name)}, {"age", surreal::to_value(u.age)}};
//     }
//     static app::User decode(const surreal::Value& v) {
//       const surreal::Object& o = surreal::expect_object(v, "app::User");
//       app::User u;
//       surreal::decode_field(o, "name", u.name);   // a failure says "name: expected string, got int 3"
//       surreal::decode_field(o, "age", u.age);     // an absent field decodes from NONE (fine for
//       std::optional) return u;
//     }
//   };
//
// Built in: Value, bool, every integer type (range-checked), float/double, std::string, std::string_view
// (encode only), const char* (encode only), std::optional<T> (NONE/NULL <-> nullopt), std::vector<T>,
// std::map and std::unordered_map with string keys, std::set<T> (array on encode; array or set on decode),
// std::pair/tuple (arrays), std::chrono::duration and system_clock::time_point, and the value types (Decimal,
// Bytes, Datetime, Duration, Uuid, Array, Object, RecordId, Table, Range, Geometry and its shapes, File,
// Set).
//
// Enums: by default an enum converts to/from its underlying integer. To use names, specialize
// surreal::EnumNames:
//
//   template <> struct surreal::EnumNames<app::Role> {
//     static constexpr std::pair<app::Role, std::string_view> values[] = {{app::Role::Admin, "admin"},
//                                                                          {app::Role::User, "user"}};
//   };
//
// then Role::Admin encodes as "admin" and decoding "root" fails with: expected one of "admin", "user", got
// string "root".
#include <chrono>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include <surreal/error.hpp>
#include <surreal/value.hpp>

namespace surreal {

/// The conversion of T to and from Value. Specialize it for own types (full specializations `Codec<T>`).
template <class T>
struct Codec;

/// Specialize to encode an enum by name (see the header comment).
template <class E>
struct EnumNames;

/// A type with a Codec.
template <class T>
concept HasCodec = requires(const T& t, const Value& v) {
  { Codec<T>::encode(t) } -> std::convertible_to<Value>;
  { Codec<T>::decode(v) } -> std::convertible_to<T>;
};

/// T -> Value through Codec<T>.
template <class T>
Value to_value(const T& x) {
  return Codec<std::remove_cvref_t<T>>::encode(x);
}
inline Value to_value(const char* s) { return Value(s); }

/// Value -> T through Codec<T>. Throws ConversionError ("path: expected …, got …").
template <class T>
T from_value(const Value& v) {
  return Codec<T>::decode(v);
}

template <class T>
T Value::as() const {
  return Codec<T>::decode(*this);
}

/// Throws ConversionError "expected <what>, got <description of v>".
[[noreturn]] void throw_conversion(std::string_view expected, const Value& v);

/// The object inside v, or ConversionError "expected object (<type_name>), got …".
const Object& expect_object(const Value& v, std::string_view type_name = {});
/// The array inside v, or ConversionError.
const Array& expect_array(const Value& v, std::string_view type_name = {});

/// Decodes field `key` of `o` into `out` (an absent field decodes from NONE); a ConversionError gets `key`
/// prepended to its path.
template <class T>
void decode_field(const Object& o, std::string_view key, T& out) {
  const Value* f = o.get(key);
  try {
    out = Codec<T>::decode(f ? *f : Value::none_ref());
  } catch (ConversionError& e) {
    e.prepend_field(key);
    throw;
  }
}
/// Field `key` of `o` as T (see above).
template <class T>
T decode_field(const Object& o, std::string_view key) {
  const Value* f = o.get(key);
  try {
    return Codec<T>::decode(f ? *f : Value::none_ref());
  } catch (ConversionError& e) {
    e.prepend_field(key);
    throw;
  }
}
/// Decodes field `key` when present and not NONE; leaves `out` (its default) untouched otherwise.
template <class T>
void decode_field_or_keep(const Object& o, std::string_view key, T& out) {
  const Value* f = o.get(key);
  if (!f || f->is_none()) return;
  try {
    out = Codec<T>::decode(*f);
  } catch (ConversionError& e) {
    e.prepend_field(key);
    throw;
  }
}
/// Element `i` of an array as T; a ConversionError gets "[i]" prepended to its path.
template <class T>
T decode_element(const Array& a, std::size_t i) {
  try {
    return Codec<T>::decode(i < a.size() ? a[i] : Value::none_ref());
  } catch (ConversionError& e) {
    e.prepend_index(i);
    throw;
  }
}

/// Encodes `value` into field `key` of `o`, leaving NONE values out (like SurrealDB omits NONE fields).
template <class T>
void encode_field(Object& o, std::string key, const T& value) {
  Value v = to_value(value);
  if (!v.is_none()) o.insert_or_assign(std::move(key), std::move(v));
}

// ------------------------------------------------------------------------------------------------------------------
// Built-in codecs

template <>
struct Codec<Value> {
  static Value encode(const Value& v) { return v; }
  static Value decode(const Value& v) { return v; }
};

template <>
struct Codec<bool> {
  static Value encode(bool b) { return Value(b); }
  static bool decode(const Value& v) { return v.as_bool(); }
};

/// Integers: range-checked on decode ("expected int in [0, 255], got int 300").
template <class T>
requires(std::is_integral_v<T> && !std::is_same_v<T, bool>) struct Codec<T> {
  static Value encode(T i) { return Value(i); }
  static T decode(const Value& v) {
    std::int64_t i = v.as_int();
    if constexpr (std::is_unsigned_v<T>) {
      if (i < 0 || static_cast<std::uint64_t>(i) > std::numeric_limits<T>::max()) out_of_range(v);
    } else {
      if (i < static_cast<std::int64_t>(std::numeric_limits<T>::min()) ||
          i > static_cast<std::int64_t>(std::numeric_limits<T>::max()))
        out_of_range(v);
    }
    return static_cast<T>(i);
  }
  [[noreturn]] static void out_of_range(const Value& v) {
    throw_conversion("int in [" + std::to_string(std::numeric_limits<T>::min()) + ", " +
                         std::to_string(std::numeric_limits<T>::max()) + "]",
                     v);
  }
};

template <>
struct Codec<double> {
  static Value encode(double d) { return Value(d); }
  static double decode(const Value& v) { return v.as_double(); }
};
template <>
struct Codec<float> {
  static Value encode(float f) { return Value(f); }
  static float decode(const Value& v) { return static_cast<float>(v.as_double()); }
};

template <>
struct Codec<std::string> {
  static Value encode(const std::string& s) { return Value(s); }
  static std::string decode(const Value& v) { return v.as_string(); }
};
template <>
struct Codec<std::string_view> {
  static Value encode(std::string_view s) { return Value(s); }
};
template <>
struct Codec<const char*> {
  static Value encode(const char* s) { return Value(s); }
};
template <std::size_t N>
struct Codec<char[N]> {
  static Value encode(const char (&s)[N]) { return Value(static_cast<const char*>(s)); }
};

/// The value types map to their own kind.
template <class T>
requires(std::is_same_v<T, Decimal> || std::is_same_v<T, Bytes> || std::is_same_v<T, Datetime> ||
         std::is_same_v<T, Duration> || std::is_same_v<T, Uuid> || std::is_same_v<T, Array> ||
         std::is_same_v<T, Object> || std::is_same_v<T, RecordId> || std::is_same_v<T, Table> ||
         std::is_same_v<T, Range> || std::is_same_v<T, Geometry> || std::is_same_v<T, File> ||
         std::is_same_v<T, Set>) struct Codec<T> {
  static Value encode(const T& x) { return Value(x); }
  static T decode(const Value& v) {
    if constexpr (std::is_same_v<T, Decimal>)
      return v.as_decimal();
    else if constexpr (std::is_same_v<T, Bytes>)
      return v.as_bytes();
    else if constexpr (std::is_same_v<T, Datetime>)
      return v.as_datetime();
    else if constexpr (std::is_same_v<T, Duration>)
      return v.as_duration();
    else if constexpr (std::is_same_v<T, Uuid>)
      return v.as_uuid();
    else if constexpr (std::is_same_v<T, Array>)
      return v.as_array();
    else if constexpr (std::is_same_v<T, Object>)
      return v.as_object();
    else if constexpr (std::is_same_v<T, RecordId>)
      return v.as_record_id();
    else if constexpr (std::is_same_v<T, Table>)
      return v.as_table();
    else if constexpr (std::is_same_v<T, Range>)
      return v.as_range();
    else if constexpr (std::is_same_v<T, Geometry>)
      return v.as_geometry();
    else if constexpr (std::is_same_v<T, File>)
      return v.as_file();
    else
      return v.as_set();
  }
};

/// Geometry shapes: decode requires exactly that shape.
template <class T>
requires(std::is_same_v<T, GeometryPoint> || std::is_same_v<T, GeometryLine> ||
         std::is_same_v<T, GeometryPolygon> || std::is_same_v<T, GeometryMultiPoint> ||
         std::is_same_v<T, GeometryMultiLine> || std::is_same_v<T, GeometryMultiPolygon> ||
         std::is_same_v<T, GeometryCollection>) struct Codec<T> {
  static Value encode(const T& x) { return Value(Geometry(x)); }
  static T decode(const Value& v) {
    if (const Geometry* g = v.get_if<Geometry>())
      if (const T* s = g->get_if<T>()) return *s;
    throw_conversion(Geometry(T{}).type_name(), v);
  }
};

/// NONE and NULL <-> nullopt.
template <class T>
struct Codec<std::optional<T>> {
  static Value encode(const std::optional<T>& o) { return o ? to_value(*o) : Value::none(); }
  static std::optional<T> decode(const Value& v) {
    if (v.is_nullish()) return std::nullopt;
    return Codec<T>::decode(v);
  }
};

template <>
struct Codec<std::nullopt_t> {
  static Value encode(std::nullopt_t) { return Value::none(); }
};

/// Arrays (a set decodes too). Element errors get "[i]" in their path.
template <class T, class A>
struct Codec<std::vector<T, A>> {
  static Value encode(const std::vector<T, A>& xs) {
    Array a;
    a.reserve(xs.size());
    for (const auto& x : xs) a.push_back(to_value(x));
    return Value(std::move(a));
  }
  static std::vector<T, A> decode(const Value& v) {
    const Array* a = v.get_if<Array>();
    if (!a && v.is_set()) a = &v.as_set().items();
    if (!a) throw_conversion("array", v);
    std::vector<T, A> out;
    out.reserve(a->size());
    for (std::size_t i = 0; i < a->size(); ++i) {
      try {
        out.push_back(Codec<T>::decode((*a)[i]));
      } catch (ConversionError& e) {
        e.prepend_index(i);
        throw;
      }
    }
    return out;
  }
};

template <class T, class C, class A>
struct Codec<std::set<T, C, A>> {
  static Value encode(const std::set<T, C, A>& xs) {
    Array a;
    a.reserve(xs.size());
    for (const auto& x : xs) a.push_back(to_value(x));
    return Value(std::move(a));
  }
  static std::set<T, C, A> decode(const Value& v) {
    std::set<T, C, A> out;
    for (auto& x : Codec<std::vector<T>>::decode(v)) out.insert(std::move(x));
    return out;
  }
};

namespace detail {
template <class M>
Value encode_map(const M& m) {
  Object o;
  o.reserve(m.size());
  for (const auto& [k, x] : m) o.append_unchecked(std::string(k), to_value(x));
  o.finish_unsorted();
  return Value(std::move(o));
}
template <class M>
M decode_map(const Value& v) {
  const Object& o = expect_object(v);
  M out;
  for (const auto& [k, x] : o) {
    try {
      out.emplace(k, Codec<typename M::mapped_type>::decode(x));
    } catch (ConversionError& e) {
      e.prepend_field(k);
      throw;
    }
  }
  return out;
}
}  // namespace detail

/// Objects with string keys. Value errors get the key in their path.
template <class T, class C, class A>
struct Codec<std::map<std::string, T, C, A>> {
  static Value encode(const std::map<std::string, T, C, A>& m) { return detail::encode_map(m); }
  static std::map<std::string, T, C, A> decode(const Value& v) {
    return detail::decode_map<std::map<std::string, T, C, A>>(v);
  }
};
template <class T, class H, class E, class A>
struct Codec<std::unordered_map<std::string, T, H, E, A>> {
  static Value encode(const std::unordered_map<std::string, T, H, E, A>& m) { return detail::encode_map(m); }
  static std::unordered_map<std::string, T, H, E, A> decode(const Value& v) {
    return detail::decode_map<std::unordered_map<std::string, T, H, E, A>>(v);
  }
};

/// Pairs and tuples are arrays of fixed length.
template <class... Ts>
struct Codec<std::tuple<Ts...>> {
  static Value encode(const std::tuple<Ts...>& t) {
    return std::apply([](const auto&... xs) { return Value(Array{to_value(xs)...}); }, t);
  }
  static std::tuple<Ts...> decode(const Value& v) {
    const Array& a = expect_array(v);
    if (a.size() != sizeof...(Ts))
      throw_conversion("array of " + std::to_string(sizeof...(Ts)) + " elements", v);
    return [&]<std::size_t... I>(std::index_sequence<I...>) {
      return std::tuple<Ts...>(decode_element<Ts>(a, I)...);
    }
    (std::index_sequence_for<Ts...>{});
  }
};
template <class A, class B>
struct Codec<std::pair<A, B>> {
  static Value encode(const std::pair<A, B>& p) {
    return Value(Array{to_value(p.first), to_value(p.second)});
  }
  static std::pair<A, B> decode(const Value& v) {
    auto t = Codec<std::tuple<A, B>>::decode(v);
    return {std::move(std::get<0>(t)), std::move(std::get<1>(t))};
  }
};

/// std::chrono durations <-> Duration (negative durations cannot be encoded).
template <class Rep, class Period>
struct Codec<std::chrono::duration<Rep, Period>> {
  static Value encode(std::chrono::duration<Rep, Period> d) { return Value(Duration(d)); }
  static std::chrono::duration<Rep, Period> decode(const Value& v) {
    return std::chrono::duration_cast<std::chrono::duration<Rep, Period>>(v.as_duration().to_chrono());
  }
};
template <class Dur>
struct Codec<std::chrono::time_point<std::chrono::system_clock, Dur>> {
  using TP = std::chrono::time_point<std::chrono::system_clock, Dur>;
  static Value encode(TP tp) {
    return Value(
        Datetime::from_time_point(std::chrono::time_point_cast<std::chrono::system_clock::duration>(tp)));
  }
  static TP decode(const Value& v) {
    return std::chrono::time_point_cast<Dur>(v.as_datetime().to_time_point());
  }
};

namespace detail {
template <class E>
concept NamedEnum = std::is_enum_v<E> && requires {
  EnumNames<E>::values;
};
}  // namespace detail

/// Enums: by name with EnumNames<E>, else by underlying integer.
template <class E>
requires std::is_enum_v<E>
struct Codec<E> {
  using U = std::underlying_type_t<E>;
  static Value encode(E e) {
    if constexpr (detail::NamedEnum<E>) {
      for (const auto& [x, name] : EnumNames<E>::values)
        if (x == e) return Value(std::string(name));
      throw ConversionError("enum value " + std::to_string(static_cast<std::int64_t>(static_cast<U>(e))) +
                            " has no name in surreal::EnumNames");
    } else {
      return Value(static_cast<U>(e));
    }
  }
  static E decode(const Value& v) {
    if constexpr (detail::NamedEnum<E>) {
      if (const std::string* s = v.get_if<std::string>()) {
        for (const auto& [x, name] : EnumNames<E>::values)
          if (name == *s) return x;
      }
      std::string expected = "one of ";
      bool first = true;
      for (const auto& [x, name] : EnumNames<E>::values) {
        (void)x;
        if (!first) expected += ", ";
        first = false;
        expected += '"';
        expected += name;
        expected += '"';
      }
      throw_conversion(expected, v);
    } else {
      return static_cast<E>(Codec<U>::decode(v));
    }
  }
};

}  // namespace surreal

#pragma once
// surreal::Value: every value SurrealDB knows, plus the small value types it is made of.
//
//   NONE and NULL are distinct; int, float and decimal are distinct; datetimes keep nanoseconds; record ids
//   keep their key kind (string, int, array, object, uuid, range). Values compare structurally (`==`): an int
//   1 is not equal to a float 1.0 (SurrealDB's own `=` would say they are), two NaN floats are equal.
//
// Objects (`surreal::Object`) are kept sorted by key, byte-wise, like SurrealDB's BTreeMap objects, in one
// flat vector: lookups are binary searches, iteration is in SurrealDB's order, decoding appends without
// rebalancing.
//
// Conversions: `to_json()` (mapping below), `to_surql()` (a SurrealQL literal that SurrealDB parses back into
// the same value), `surreal::cbor::encode/decode` (<surreal/cbor.hpp>), and typed conversions through
// `surreal::Codec<T>` / `to_value` / `from_value` (<surreal/codec.hpp>, included at the end of this header so
// that `Value::as<T>()` works for every type with a Codec).
//
// JSON mapping of the values JSON lacks (`Value::to_json`):
//   NONE            -> null; an object field whose value is NONE is omitted (SurrealDB drops NONE fields)
//   NULL            -> null
//   int / float     -> number; NaN and ±infinity -> null
//   decimal         -> string with the exact decimal text ("1.50" stays "1.50"), so no precision is lost
//   string          -> string
//   bytes           -> string, standard base64 with padding
//   datetime        -> string, RFC 3339 in UTC with 0, 3, 6 or 9 fraction digits ("2024-01-02T03:04:05.123Z")
//   duration        -> string in SurrealDB's unit form ("1h30m", "1s500ms", "0ns")
//   uuid            -> string, lowercase hyphenated
//   array / set     -> array
//   object          -> object (keys in SurrealDB's order)
//   record id       -> string "table:key" exactly as RecordId::to_string() renders it ("user:alice",
//   "user:`a-b`") table           -> string (the table name) range           -> string in SurrealQL range
//   syntax ("1..5", "'a'>..='z'") geometry        -> GeoJSON object {"type": "Point", "coordinates": [x, y]}
//   (collections: "geometries") file            -> string in SurrealQL file syntax without the prefix:
//   "bucket:/key"
// `surreal::from_json` (<surreal/json.hpp>) reads JSON text back: null -> NULL, integers that fit in 64 bits
// -> int, other numbers -> float, strings stay strings (no guessing of datetimes or record ids).
#include <array>
#include <chrono>
#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include <surreal/error.hpp>

namespace surreal {

class Value;
class Object;
namespace detail {
// The CBOR decoder's in-place construction of record ids and objects (runtime/src/value/value_builder.hpp).
struct ValueBuilder;
}  // namespace detail
/// An array of values.
using Array = std::vector<Value>;

/// The kinds of value, in the order of SurrealDB's type names.
enum class Kind : std::uint8_t {
  None,
  Null,
  Bool,
  Int,
  Float,
  Decimal,
  String,
  Bytes,
  Datetime,
  Duration,
  Uuid,
  Array,
  Object,
  RecordId,
  Table,
  Range,
  Geometry,
  File,
  Set,
};

/// SurrealDB's name of a kind: "none", "null", "bool", "int", "float", "decimal", "string", "bytes",
/// "datetime", "duration", "uuid", "array", "object", "record", "table", "range", "geometry", "file", "set".
std::string_view kind_name(Kind kind) noexcept;

/// The NONE value's type (a field that is absent).
struct NoneType {
  friend bool operator==(NoneType, NoneType) noexcept { return true; }
};
/// The NULL value's type.
struct NullType {
  friend bool operator==(NullType, NullType) noexcept { return true; }
};

// ------------------------------------------------------------------------------------------------------------------
// Scalars

/// An arbitrary-precision decimal, kept as its exact text ("1.50", "-3", "1e-7"). SurrealDB normalises
/// decimals it stores ("1.50" comes back as "1.5"); equality here is textual.
class Decimal {
 public:
  Decimal() : text_("0") {}
  /// Throws ConversionError if `text` is not a decimal number ([-]digits[.digits][e[±]digits]).
  explicit Decimal(std::string text);
  static bool is_valid(std::string_view text) noexcept;
  const std::string& text() const noexcept { return text_; }
  const std::string& to_string() const noexcept { return text_; }
  /// The nearest double (lossy).
  double to_double() const;
  friend bool operator==(const Decimal&, const Decimal&) = default;

 private:
  std::string text_;
};

/// A byte string. Distinct from an array of ints.
class Bytes {
 public:
  Bytes() = default;
  explicit Bytes(std::vector<std::uint8_t> data) : data_(std::move(data)) {}
  Bytes(std::initializer_list<std::uint8_t> data) : data_(data) {}
  Bytes(const std::uint8_t* data, std::size_t size) : data_(data, data + size) {}
  /// The bytes of a string (no encoding step).
  static Bytes from_string(std::string_view s) {
    return Bytes(reinterpret_cast<const std::uint8_t*>(s.data()), s.size());
  }
  const std::vector<std::uint8_t>& data() const noexcept { return data_; }
  std::vector<std::uint8_t>& data() noexcept { return data_; }
  std::size_t size() const noexcept { return data_.size(); }
  bool empty() const noexcept { return data_.empty(); }
  /// Standard base64 with padding.
  std::string to_base64() const;
  /// Accepts standard or URL-safe base64, padded or not; throws ConversionError otherwise.
  static Bytes from_base64(std::string_view text);
  /// Lowercase hex.
  std::string to_hex() const;
  friend bool operator==(const Bytes&, const Bytes&) = default;

 private:
  std::vector<std::uint8_t> data_;
};

/// A point in time with nanosecond precision: seconds since the Unix epoch (UTC) plus 0..999,999,999
/// nanoseconds. The range is SurrealDB's (years -262143..262142), much wider than a 64-bit nanosecond count.
class Datetime {
 public:
  constexpr Datetime() = default;
  /// Throws ConversionError if nanos > 999,999,999.
  Datetime(std::int64_t seconds, std::uint32_t nanos);
  static Datetime now();
  static Datetime from_unix_nanos(std::int64_t nanos) noexcept;
  /// Nanoseconds since the epoch; throws ConversionError if that does not fit in 64 bits (before 1677 / after
  /// 2262).
  std::int64_t unix_nanos() const;
  static Datetime from_time_point(std::chrono::system_clock::time_point tp) noexcept;
  std::chrono::system_clock::time_point to_time_point() const;
  /// RFC 3339 text. Accepts "2024-01-02T03:04:05Z", fractions of 1..9 digits, offsets ("+02:00"), lowercase
  /// 't'/'z', and a bare date ("2024-01-02", midnight UTC). Throws ConversionError otherwise.
  static Datetime parse(std::string_view text);
  /// RFC 3339 in UTC like SurrealDB: "2024-01-02T03:04:05Z", with 3, 6 or 9 fraction digits when needed.
  std::string to_string() const;
  constexpr std::int64_t seconds() const noexcept { return seconds_; }
  constexpr std::uint32_t nanos() const noexcept { return nanos_; }
  friend constexpr bool operator==(const Datetime&, const Datetime&) = default;
  friend constexpr auto operator<=>(const Datetime&, const Datetime&) = default;

 private:
  std::int64_t seconds_ = 0;
  std::uint32_t nanos_ = 0;
};

/// A non-negative span of time with nanosecond precision (SurrealDB durations are unsigned).
class Duration {
 public:
  constexpr Duration() = default;
  /// Throws ConversionError if nanos > 999,999,999.
  Duration(std::uint64_t seconds, std::uint32_t nanos);
  /// Throws ConversionError for negative durations.
  template <class Rep, class Period>
  Duration(std::chrono::duration<Rep, Period> d)
      : Duration(from_nanos(checked_nanos(d))) {}  // NOLINT implicit
  static Duration from_nanos(std::uint64_t nanos) noexcept {
    Duration d;
    d.seconds_ = nanos / 1'000'000'000u;
    d.nanos_ = static_cast<std::uint32_t>(nanos % 1'000'000'000u);
    return d;
  }
  /// SurrealDB's duration text: a sequence of <number><unit> with units y, w, d, h, m, s, ms, us/µs/μs, ns
  /// ("1h30m", "1y2w", "500ms"). Throws ConversionError otherwise.
  static Duration parse(std::string_view text);
  /// SurrealDB's canonical form: "1h30m", "1y2w3d", "1s500ms", "0ns" (a year is 365 days; µs with U+00B5).
  std::string to_string() const;
  constexpr std::uint64_t seconds() const noexcept { return seconds_; }
  constexpr std::uint32_t nanos() const noexcept { return nanos_; }
  /// Throws ConversionError if it does not fit in 64-bit nanoseconds (~292 years).
  std::chrono::nanoseconds to_chrono() const;
  friend constexpr bool operator==(const Duration&, const Duration&) = default;
  friend constexpr auto operator<=>(const Duration&, const Duration&) = default;

 private:
  template <class Rep, class Period>
  static std::uint64_t checked_nanos(std::chrono::duration<Rep, Period> d) {
    auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(d).count();
    if (ns < 0) throw ConversionError("a SurrealDB duration cannot be negative");
    return static_cast<std::uint64_t>(ns);
  }
  std::uint64_t seconds_ = 0;
  std::uint32_t nanos_ = 0;
};

/// A 128-bit UUID.
class Uuid {
 public:
  constexpr Uuid() = default;
  constexpr explicit Uuid(const std::array<std::uint8_t, 16>& bytes) : bytes_(bytes) {}
  /// Hyphenated ("0190b2a4-…") or 32 hex digits, either case, optionally in braces or with "urn:uuid:".
  /// Throws ConversionError otherwise.
  static Uuid parse(std::string_view text);
  static std::optional<Uuid> try_parse(std::string_view text) noexcept;
  /// A random (version 4) UUID.
  static Uuid v4();
  /// A time-ordered (version 7) UUID, like SurrealDB's rand::uuid::v7().
  static Uuid v7();
  /// Lowercase hyphenated form.
  std::string to_string() const;
  constexpr const std::array<std::uint8_t, 16>& bytes() const noexcept { return bytes_; }
  constexpr bool is_nil() const noexcept {
    for (auto b : bytes_)
      if (b) return false;
    return true;
  }
  friend constexpr bool operator==(const Uuid&, const Uuid&) = default;
  friend constexpr auto operator<=>(const Uuid&, const Uuid&) = default;

 private:
  std::array<std::uint8_t, 16> bytes_{};
};

/// A table name as a value (`type::table("user")`), distinct from a string.
struct Table {
  std::string name;
  Table() = default;
  explicit Table(std::string n) : name(std::move(n)) {}
  friend bool operator==(const Table&, const Table&) = default;
};

/// A file pointer (SurrealDB 3.x): bucket plus key, written `f"bucket:/path/to/key"`.
class File {
 public:
  File() = default;
  File(std::string bucket, std::string key);
  const std::string& bucket() const noexcept;
  const std::string& key() const noexcept;
  friend bool operator==(const File& a, const File& b) {
    return a.bucket() == b.bucket() && a.key() == b.key();
  }

 private:
  struct Impl;
  std::shared_ptr<const Impl> impl_;
};

// ------------------------------------------------------------------------------------------------------------------
// Geometry (GeoJSON shapes; coordinates are doubles, x = longitude, y = latitude)

struct GeometryPoint {
  double x = 0, y = 0;
  /// Coordinate-wise; NaN equals NaN (like Value's floats).
  friend bool operator==(const GeometryPoint& a, const GeometryPoint& b) {
    auto same = [](double p, double q) { return p == q || (p != p && q != q); };
    return same(a.x, b.x) && same(a.y, b.y);
  }
};
struct GeometryLine {
  std::vector<GeometryPoint> points;
  friend bool operator==(const GeometryLine&, const GeometryLine&) = default;
};
/// The first ring is the exterior, the others are holes.
struct GeometryPolygon {
  std::vector<GeometryLine> rings;
  friend bool operator==(const GeometryPolygon&, const GeometryPolygon&) = default;
};
struct GeometryMultiPoint {
  std::vector<GeometryPoint> points;
  friend bool operator==(const GeometryMultiPoint&, const GeometryMultiPoint&) = default;
};
struct GeometryMultiLine {
  std::vector<GeometryLine> lines;
  friend bool operator==(const GeometryMultiLine&, const GeometryMultiLine&) = default;
};
struct GeometryMultiPolygon {
  std::vector<GeometryPolygon> polygons;
  friend bool operator==(const GeometryMultiPolygon&, const GeometryMultiPolygon&) = default;
};
class Geometry;
struct GeometryCollection {
  std::vector<Geometry> geometries;
  friend bool operator==(const GeometryCollection& a, const GeometryCollection& b);
};

/// One of the geometry shapes.
class Geometry {
 public:
  using Variant = std::variant<GeometryPoint, GeometryLine, GeometryPolygon, GeometryMultiPoint,
                               GeometryMultiLine, GeometryMultiPolygon, GeometryCollection>;
  Geometry() = default;
  Geometry(GeometryPoint g) : v_(std::move(g)) {}         // NOLINT implicit
  Geometry(GeometryLine g) : v_(std::move(g)) {}          // NOLINT implicit
  Geometry(GeometryPolygon g) : v_(std::move(g)) {}       // NOLINT implicit
  Geometry(GeometryMultiPoint g) : v_(std::move(g)) {}    // NOLINT implicit
  Geometry(GeometryMultiLine g) : v_(std::move(g)) {}     // NOLINT implicit
  Geometry(GeometryMultiPolygon g) : v_(std::move(g)) {}  // NOLINT implicit
  Geometry(GeometryCollection g) : v_(std::move(g)) {}    // NOLINT implicit
  const Variant& variant() const noexcept { return v_; }
  template <class T>
  const T* get_if() const noexcept {
    return std::get_if<T>(&v_);
  }
  /// The GeoJSON type name: "Point", "LineString", "Polygon", "MultiPoint", "MultiLineString",
  /// "MultiPolygon", "GeometryCollection".
  std::string_view type_name() const noexcept;
  friend bool operator==(const Geometry&, const Geometry&) = default;

 private:
  Variant v_;
};
inline bool operator==(const GeometryCollection& a, const GeometryCollection& b) {
  return a.geometries == b.geometries;
}

// ------------------------------------------------------------------------------------------------------------------
// Ranges, record ids, sets: these hold Values, so their contents live behind a shared immutable pointer
// (copying is a reference-count increment).

/// One end of a range.
class Bound {
 public:
  enum class Type : std::uint8_t { Unbounded, Included, Excluded };
  Bound() = default;  // unbounded
  static Bound unbounded() { return Bound(); }
  static Bound included(Value v);
  static Bound excluded(Value v);
  Type type() const noexcept { return type_; }
  bool is_unbounded() const noexcept { return type_ == Type::Unbounded; }
  bool is_included() const noexcept { return type_ == Type::Included; }
  bool is_excluded() const noexcept { return type_ == Type::Excluded; }
  /// The bound's value; NONE for an unbounded end.
  const Value& value() const noexcept;
  friend bool operator==(const Bound& a, const Bound& b);

 private:
  Type type_ = Type::Unbounded;
  std::shared_ptr<const Value> value_;
};

/// A range of values: `1..5` (begin included, end excluded), `1..=5`, `1>..5`, `..5`, `..`.
class Range {
 public:
  Range() = default;  // `..`
  Range(Bound begin, Bound end);
  /// begin..end: begin included, end excluded (SurrealDB's default).
  static Range half_open(Value begin, Value end);
  /// begin..=end.
  static Range closed(Value begin, Value end);
  const Bound& begin() const noexcept;
  const Bound& end() const noexcept;
  /// SurrealQL text: "1..5", "1..=5", "1>..5", "..", "'a'..'m'".
  std::string to_string() const;
  friend bool operator==(const Range& a, const Range& b) {
    return a.begin() == b.begin() && a.end() == b.end();
  }

 private:
  struct Impl;
  std::shared_ptr<const Impl> impl_;
};

/// A record id: table plus key. The key is a string, an int, an array, an object, a uuid or a range (of
/// keys).
///
/// Text form (`to_string()`, `parse()`), exactly like SurrealDB 3.x renders record ids:
///   user:alice, user:7abc, user:123 (int key), user:`123` (string key of digits), user:-5, user:`john doe`,
///   user:`a-b`, user:`a⟩b`, user:`back\`tick`, user:[1, 'a'], user:{ a: 1 }, user:u'0190…', user:1..5,
///   user:..
/// A string key is written plain when it is only [A-Za-z0-9_], has a character other than a digit or '_', and
/// is not NaN/Infinity; otherwise it goes in backticks with `\`, `` ` ``, NUL, CR, LF and tab escaped by a
/// backslash. Tables that are not plain identifiers (or are SurrealQL keywords) are in backticks too:
/// `my-table`:1, `select`:1. (SurrealDB 2.x renders escaped keys as ⟨…⟩; `parse()` reads both forms, and both
/// engines read backticks.)
class RecordId {
 public:
  /// An empty id (table "", key NONE); only useful as a placeholder.
  RecordId() = default;
  /// Throws ConversionError if the key is not a string, int, array, object, uuid or range.
  /// RecordId{"user", "alice"}, RecordId{"user", 42}, RecordId{"user", Value::array({"a", 1})}, …
  RecordId(std::string table, Value key);

  /// Parses the text form above (also accepts backtick-escaped keys, r"…" / r'…' wrappers and the `table:key`
  /// forms SurrealDB accepts). Throws ConversionError naming the position of the problem.
  static RecordId parse(std::string_view text);
  static std::optional<RecordId> try_parse(std::string_view text) noexcept;

  const std::string& table() const noexcept;
  const Value& key() const noexcept;
  /// "table:key" as SurrealDB renders it.
  std::string to_string() const;
  friend bool operator==(const RecordId& a, const RecordId& b);

 private:
  struct Impl;
  std::shared_ptr<const Impl> impl_;
  friend struct detail::ValueBuilder;
};

/// A set of values (SurrealDB 3.x): kept in the order given / received (the server sends them sorted).
class Set {
 public:
  Set() = default;
  explicit Set(std::vector<Value> items);
  Set(std::initializer_list<Value> items);
  const std::vector<Value>& items() const noexcept;
  std::size_t size() const noexcept;
  bool empty() const noexcept { return size() == 0; }
  friend bool operator==(const Set& a, const Set& b);

 private:
  std::shared_ptr<const std::vector<Value>> items_;
};

// ------------------------------------------------------------------------------------------------------------------
// Object

/// A string -> Value map kept sorted by key (byte-wise, SurrealDB's order) in a flat vector.
class Object {
 public:
  using value_type = std::pair<std::string, Value>;
  using container = std::vector<value_type>;
  using iterator = container::iterator;
  using const_iterator = container::const_iterator;

  Object() = default;
  /// Later duplicates replace earlier ones.
  Object(std::initializer_list<value_type> entries);
  explicit Object(container entries);

  // (Defined after Value, which must be complete first.)
  std::size_t size() const noexcept;
  bool empty() const noexcept;
  const_iterator begin() const noexcept;
  const_iterator end() const noexcept;
  /// Mutable iteration: change values freely, never keys.
  iterator begin() noexcept;
  iterator end() noexcept;

  const_iterator find(std::string_view key) const noexcept;
  iterator find(std::string_view key) noexcept;
  bool contains(std::string_view key) const noexcept;
  /// The value of `key`, or nullptr.
  const Value* get(std::string_view key) const noexcept;
  Value* get(std::string_view key) noexcept;
  /// Throws ConversionError naming the key when it is absent.
  const Value& at(std::string_view key) const;
  Value& at(std::string_view key);
  /// Inserts NONE if absent.
  Value& operator[](std::string_view key);
  /// Inserts or replaces; returns the stored value.
  Value& insert_or_assign(std::string key, Value value);
  /// Inserts if absent; returns {stored value, inserted}.
  std::pair<Value*, bool> insert(std::string key, Value value);
  bool erase(std::string_view key);
  void clear() noexcept;
  void reserve(std::size_t n);
  const container& entries() const noexcept { return entries_; }

  /// For decoders: append without keeping order, then call `finish_unsorted()` once (sorts if needed, later
  /// duplicates win).
  void append_unchecked(std::string key, Value value);
  void finish_unsorted();

  friend bool operator==(const Object& a, const Object& b);

 private:
  container entries_;
  friend struct detail::ValueBuilder;
};

// ------------------------------------------------------------------------------------------------------------------
// Value

/// Any SurrealDB value.
class Value {
 public:
  using Variant =
      std::variant<NoneType, NullType, bool, std::int64_t, double, Decimal, std::string, Bytes, Datetime,
                   Duration, Uuid, Array, Object, RecordId, Table, Range, Geometry, File, Set>;

  /// NONE.
  Value() noexcept = default;
  Value(NoneType) noexcept {}                         // NOLINT implicit
  Value(NullType) noexcept : v_(NullType{}) {}        // NOLINT implicit
  Value(std::nullptr_t) noexcept : v_(NullType{}) {}  // NOLINT implicit
  Value(bool b) noexcept : v_(b) {}                   // NOLINT implicit
  /// Every integer type. Unsigned values above INT64_MAX throw ConversionError (SurrealDB ints are 64-bit
  /// signed).
  template <std::integral T>
  requires(!std::same_as<T, bool> && !std::same_as<T, char>) Value(T i)
      : v_(checked_int(i)) {}                              // NOLINT implicit
  Value(double d) noexcept : v_(d) {}                      // NOLINT implicit
  Value(float f) noexcept : v_(static_cast<double>(f)) {}  // NOLINT implicit
  Value(const char* s) : v_(std::string(s)) {}             // NOLINT implicit
  Value(std::string s) noexcept : v_(std::move(s)) {}      // NOLINT implicit
  Value(std::string_view s) : v_(std::string(s)) {}        // NOLINT implicit
  Value(Decimal d) noexcept : v_(std::move(d)) {}          // NOLINT implicit
  Value(Bytes b) noexcept : v_(std::move(b)) {}            // NOLINT implicit
  Value(Datetime d) noexcept : v_(d) {}                    // NOLINT implicit
  Value(Duration d) noexcept : v_(d) {}                    // NOLINT implicit
  Value(Uuid u) noexcept : v_(u) {}                        // NOLINT implicit
  Value(Array a) noexcept : v_(std::move(a)) {}            // NOLINT implicit
  Value(Object o) noexcept : v_(std::move(o)) {}           // NOLINT implicit
  Value(RecordId r) noexcept : v_(std::move(r)) {}         // NOLINT implicit
  Value(Table t) noexcept : v_(std::move(t)) {}            // NOLINT implicit
  Value(Range r) noexcept : v_(std::move(r)) {}            // NOLINT implicit
  Value(Geometry g) noexcept : v_(std::move(g)) {}         // NOLINT implicit
  Value(GeometryPoint g) : v_(Geometry(g)) {}              // NOLINT implicit
  Value(File f) noexcept : v_(std::move(f)) {}             // NOLINT implicit
  Value(Set s) noexcept : v_(std::move(s)) {}              // NOLINT implicit
  /// An array from a braced list: Value::array({1, "a", true}).
  static Value array(std::initializer_list<Value> items) { return Value(Array(items)); }
  static Value object(std::initializer_list<Object::value_type> entries) { return Value(Object(entries)); }

  static Value none() noexcept { return Value(); }
  static Value null() noexcept { return Value(NullType{}); }

  Kind kind() const noexcept { return static_cast<Kind>(v_.index()); }
  /// SurrealDB's type name ("int", "record", …).
  std::string_view type_name() const noexcept { return kind_name(kind()); }
  bool is_none() const noexcept { return kind() == Kind::None; }
  bool is_null() const noexcept { return kind() == Kind::Null; }
  /// NONE or NULL.
  bool is_nullish() const noexcept { return is_none() || is_null(); }
  bool is_bool() const noexcept { return kind() == Kind::Bool; }
  bool is_int() const noexcept { return kind() == Kind::Int; }
  bool is_float() const noexcept { return kind() == Kind::Float; }
  bool is_decimal() const noexcept { return kind() == Kind::Decimal; }
  /// int, float or decimal.
  bool is_number() const noexcept { return is_int() || is_float() || is_decimal(); }
  bool is_string() const noexcept { return kind() == Kind::String; }
  bool is_bytes() const noexcept { return kind() == Kind::Bytes; }
  bool is_datetime() const noexcept { return kind() == Kind::Datetime; }
  bool is_duration() const noexcept { return kind() == Kind::Duration; }
  bool is_uuid() const noexcept { return kind() == Kind::Uuid; }
  bool is_array() const noexcept { return kind() == Kind::Array; }
  bool is_object() const noexcept { return kind() == Kind::Object; }
  bool is_record_id() const noexcept { return kind() == Kind::RecordId; }
  bool is_table() const noexcept { return kind() == Kind::Table; }
  bool is_range() const noexcept { return kind() == Kind::Range; }
  bool is_geometry() const noexcept { return kind() == Kind::Geometry; }
  bool is_file() const noexcept { return kind() == Kind::File; }
  bool is_set() const noexcept { return kind() == Kind::Set; }

  // Checked accessors: each throws ConversionError "expected <kind>, got <kind> <value>" on a kind mismatch.
  bool as_bool() const;
  /// An int; a float with an integral value in range and a decimal with an integer text are accepted too.
  std::int64_t as_int() const;
  /// A float; ints and decimals convert (possibly rounding).
  double as_double() const;
  const std::string& as_string() const;
  std::string& as_string();
  const Decimal& as_decimal() const;
  const Bytes& as_bytes() const;
  Datetime as_datetime() const;
  Duration as_duration() const;
  Uuid as_uuid() const;
  const Array& as_array() const;
  Array& as_array();
  const Object& as_object() const;
  Object& as_object();
  const RecordId& as_record_id() const;
  const Table& as_table() const;
  const Range& as_range() const;
  const Geometry& as_geometry() const;
  const File& as_file() const;
  const Set& as_set() const;

  /// Pointer to the alternative, or nullptr: v.get_if<std::string>(), v.get_if<Object>(),
  /// v.get_if<std::int64_t>().
  template <class T>
  const T* get_if() const noexcept {
    return std::get_if<T>(&v_);
  }
  template <class T>
  T* get_if() noexcept {
    return std::get_if<T>(&v_);
  }

  /// Converts through surreal::Codec<T> (see <surreal/codec.hpp>); throws ConversionError with the path.
  template <class T>
  T as() const;

  /// Object field lookup: nullptr when this is not an object or the key is absent.
  const Value* find(std::string_view key) const noexcept;
  Value* find(std::string_view key) noexcept;
  bool contains(std::string_view key) const noexcept { return find(key) != nullptr; }
  /// Object field: the field's value, NONE when absent (like SurrealDB's `obj.missing`); throws
  /// ConversionError when this is not an object.
  const Value& operator[](std::string_view key) const;
  /// Object field for writing: inserts NONE when absent; turns a NONE value into an empty object first;
  /// throws ConversionError for other kinds.
  Value& operator[](std::string_view key);
  const Value& operator[](const char* key) const { return (*this)[std::string_view(key)]; }
  Value& operator[](const char* key) { return (*this)[std::string_view(key)]; }
  /// Array (or set) element: NONE when out of range; throws ConversionError when this is not an array or set.
  /// (A template so that `v[0]` never picks the `const char*` key overload.)
  template <std::integral I>
  requires(!std::same_as<I, bool> && !std::same_as<I, char>) const Value& operator[](I index) const {
    return element(index < 0 ? static_cast<std::size_t>(-1) : static_cast<std::size_t>(index));
  }
  /// Array element for writing; throws ConversionError when out of range or not an array.
  template <std::integral I>
  requires(!std::same_as<I, bool> && !std::same_as<I, char>) Value& operator[](I index) {
    return element_mut(index < 0 ? static_cast<std::size_t>(-1) : static_cast<std::size_t>(index));
  }
  const Value& element(std::size_t index) const;
  Value& element_mut(std::size_t index);
  /// Elements of an array, set or object, bytes of a string or byte string, 0 for anything else.
  std::size_t size() const noexcept;
  bool empty() const noexcept { return size() == 0; }

  /// Appends to an array (a NONE value becomes an empty array first); throws ConversionError for other kinds.
  void push_back(Value v);

  std::string to_json() const;
  /// Indented JSON (2 spaces).
  std::string to_json_pretty() const;
  std::string to_surql() const;

  const Variant& variant() const noexcept { return v_; }
  Variant& variant() noexcept { return v_; }

  friend bool operator==(const Value& a, const Value& b);

  /// A value used where a `const Value&` must refer to NONE.
  static const Value& none_ref() noexcept;

 private:
  template <std::integral T>
  static std::int64_t checked_int(T i) {
    if constexpr (std::is_unsigned_v<T> && sizeof(T) >= sizeof(std::int64_t)) {
      if (i > static_cast<T>(std::numeric_limits<std::int64_t>::max()))
        throw ConversionError("integer " + std::to_string(i) +
                              " does not fit in a SurrealDB int (64-bit signed)");
    }
    return static_cast<std::int64_t>(i);
  }
  [[noreturn]] void throw_kind(std::string_view expected) const;

  Variant v_;
};

/// Parses a SurrealQL literal: everything `Value::to_surql()` writes (NONE, NULL, booleans, numbers with the
/// f / dec suffixes, strings in '…' or "…", d'…', u'…', r'…', s'…', b"HEX", f"bucket:/key", durations,
/// arrays, objects, sets `{a, b}` / `{,}`, record ids, ranges, points `(x, y)`, GeoJSON objects become
/// geometries, `type::table('t')`, NaN, math::inf / math::neg_inf). Not an expression evaluator: operators,
/// params and function calls other than these are rejected with ConversionError naming the offset.
Value from_surql(std::string_view text);

/// Writes to_surql().
std::ostream& operator<<(std::ostream& os, const Value& v);
std::ostream& operator<<(std::ostream& os, const RecordId& id);

/// A short description of a value for error messages: `string "abc"`, `int 42`, `object { a: 1, … }` (the
/// SurrealQL text cut after `max_chars`).
std::string describe(const Value& v, std::size_t max_chars = 80);

inline std::size_t Object::size() const noexcept { return entries_.size(); }
inline bool Object::empty() const noexcept { return entries_.empty(); }
inline Object::const_iterator Object::begin() const noexcept { return entries_.begin(); }
inline Object::const_iterator Object::end() const noexcept { return entries_.end(); }
inline Object::iterator Object::begin() noexcept { return entries_.begin(); }
inline Object::iterator Object::end() noexcept { return entries_.end(); }
inline void Object::clear() noexcept { entries_.clear(); }
inline void Object::reserve(std::size_t n) { entries_.reserve(n); }

// Comparisons of the boxed types, defined once Value is complete.
inline bool operator==(const Bound& a, const Bound& b) {
  return a.type_ == b.type_ && (a.type_ == Bound::Type::Unbounded || a.value() == b.value());
}

}  // namespace surreal

#include <surreal/codec.hpp>

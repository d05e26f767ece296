// The CBOR codec with SurrealDB's tags (see cbor.hpp for the tag table).
//
// The decoder is a bounds-checked recursive descent over the input span: every read checks the remaining
// length first, every declared length is compared with the bytes left before anything is allocated, nesting
// is capped, and every failure is a ProtocolError carrying the byte offset.
#include <surreal/cbor.hpp>

#include "value_builder.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

namespace surreal::cbor {

// ------------------------------------------------------------------------------------------------------------------
// Writer

namespace {

bool double_to_half_exact(double d, std::uint16_t& out) {
  std::uint16_t sign = std::signbit(d) ? 0x8000 : 0;
  double a = std::fabs(d);
  if (std::isnan(d)) return false;
  if (std::isinf(d)) {
    out = sign | 0x7c00;
    return true;
  }
  if (a == 0) {
    out = sign;
    return true;
  }
  if (a > 65504.0) return false;
  int e;
  double m = std::frexp(a, &e);  // a = m * 2^e, 0.5 <= m < 1  =>  a = (2m) * 2^(e-1)
  int exp = e - 1;
  if (exp >= -14) {
    double frac = std::ldexp(2 * m - 1, 10);  // 10 mantissa bits
    if (frac != std::floor(frac)) return false;
    out = static_cast<std::uint16_t>(sign | ((exp + 15) << 10) | static_cast<std::uint16_t>(frac));
    return true;
  }
  double sub = std::ldexp(a, 24);  // subnormal: a = f * 2^-24
  if (sub != std::floor(sub) || sub >= 1024) return false;
  out = static_cast<std::uint16_t>(sign | static_cast<std::uint16_t>(sub));
  return true;
}

double half_to_double(std::uint16_t h) {
  int exp = (h >> 10) & 0x1f;
  int mant = h & 0x3ff;
  double v;
  if (exp == 0)
    v = std::ldexp(mant, -24);
  else if (exp != 31)
    v = std::ldexp(mant + 1024, exp - 25);
  else
    v = mant == 0 ? INFINITY : NAN;
  return (h & 0x8000) ? -v : v;
}

void put_be(std::vector<std::uint8_t>& out, std::uint64_t v, int bytes) {
  for (int i = bytes - 1; i >= 0; --i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}

void write_double(std::vector<std::uint8_t>& out, double d) {
  if (std::isnan(d)) {
    out.insert(out.end(), {0xf9, 0x7e, 0x00});
    return;
  }
  std::uint16_t h;
  if (double_to_half_exact(d, h)) {
    out.push_back(0xf9);
    put_be(out, h, 2);
    return;
  }
  float f = static_cast<float>(d);
  if (static_cast<double>(f) == d) {
    std::uint32_t bits;
    std::memcpy(&bits, &f, 4);
    out.push_back(0xfa);
    put_be(out, bits, 4);
    return;
  }
  std::uint64_t bits;
  std::memcpy(&bits, &d, 8);
  out.push_back(0xfb);
  put_be(out, bits, 8);
}

}  // namespace

Writer& Writer::head(std::uint8_t major, std::uint64_t arg) {
  std::uint8_t m = static_cast<std::uint8_t>(major << 5);
  if (arg < 24) {
    out_.push_back(static_cast<std::uint8_t>(m | arg));
  } else if (arg <= 0xff) {
    out_.push_back(m | 24);
    out_.push_back(static_cast<std::uint8_t>(arg));
  } else if (arg <= 0xffff) {
    out_.push_back(m | 25);
    put_be(out_, arg, 2);
  } else if (arg <= 0xffffffffu) {
    out_.push_back(m | 26);
    put_be(out_, arg, 4);
  } else {
    out_.push_back(m | 27);
    put_be(out_, arg, 8);
  }
  return *this;
}

Writer& Writer::text(std::string_view s) {
  head(3, s.size());
  out_.insert(out_.end(), s.begin(), s.end());
  return *this;
}
Writer& Writer::bytes(std::span<const std::uint8_t> b) {
  head(2, b.size());
  out_.insert(out_.end(), b.begin(), b.end());
  return *this;
}
Writer& Writer::integer(std::int64_t i) {
  if (i >= 0) return head(0, static_cast<std::uint64_t>(i));
  return head(1, ~static_cast<std::uint64_t>(i));
}
Writer& Writer::boolean(bool b) {
  out_.push_back(b ? 0xf5 : 0xf4);
  return *this;
}
Writer& Writer::null() {
  out_.push_back(0xf6);
  return *this;
}

namespace {

void write_value(Writer& w, const Value& v);

void write_point(Writer& w, const GeometryPoint& p) {
  w.tag(tag::geometry_point).array(2);
  write_double(w.buffer(), p.x);
  write_double(w.buffer(), p.y);
}
void write_line(Writer& w, const GeometryLine& l) {
  w.tag(tag::geometry_line).array(l.points.size());
  for (const auto& p : l.points) write_point(w, p);
}
void write_polygon(Writer& w, const GeometryPolygon& p) {
  w.tag(tag::geometry_polygon).array(p.rings.size());
  for (const auto& l : p.rings) write_line(w, l);
}
void write_geometry(Writer& w, const Geometry& g) {
  std::visit(
      [&](const auto& s) {
        using S = std::decay_t<decltype(s)>;
        if constexpr (std::is_same_v<S, GeometryPoint>) {
          write_point(w, s);
        } else if constexpr (std::is_same_v<S, GeometryLine>) {
          write_line(w, s);
        } else if constexpr (std::is_same_v<S, GeometryPolygon>) {
          write_polygon(w, s);
        } else if constexpr (std::is_same_v<S, GeometryMultiPoint>) {
          w.tag(tag::geometry_multipoint).array(s.points.size());
          for (const auto& p : s.points) write_point(w, p);
        } else if constexpr (std::is_same_v<S, GeometryMultiLine>) {
          w.tag(tag::geometry_multiline).array(s.lines.size());
          for (const auto& l : s.lines) write_line(w, l);
        } else if constexpr (std::is_same_v<S, GeometryMultiPolygon>) {
          w.tag(tag::geometry_multipolygon).array(s.polygons.size());
          for (const auto& p : s.polygons) write_polygon(w, p);
        } else {
          w.tag(tag::geometry_collection).array(s.geometries.size());
          for (const auto& g2 : s.geometries) write_geometry(w, g2);
        }
      },
      g.variant());
}

void write_bound(Writer& w, const Bound& b) {
  switch (b.type()) {
    case Bound::Type::Unbounded:
      w.null();
      break;
    case Bound::Type::Included:
      w.tag(tag::bound_included);
      write_value(w, b.value());
      break;
    case Bound::Type::Excluded:
      w.tag(tag::bound_excluded);
      write_value(w, b.value());
      break;
  }
}

void write_value(Writer& w, const Value& v) {
  auto& out = w.buffer();
  switch (v.kind()) {
    case Kind::None:
      out.insert(out.end(), {0xc6, 0xf6});
      break;
    case Kind::Null:
      w.null();
      break;
    case Kind::Bool:
      w.boolean(*v.get_if<bool>());
      break;
    case Kind::Int:
      w.integer(*v.get_if<std::int64_t>());
      break;
    case Kind::Float:
      write_double(out, *v.get_if<double>());
      break;
    case Kind::Decimal:
      w.tag(tag::string_decimal).text(v.get_if<Decimal>()->text());
      break;
    case Kind::String:
      w.text(*v.get_if<std::string>());
      break;
    case Kind::Bytes:
      w.bytes(v.get_if<Bytes>()->data());
      break;
    case Kind::Datetime: {
      const Datetime& d = *v.get_if<Datetime>();
      w.tag(tag::custom_datetime).array(2).integer(d.seconds()).uint(d.nanos());
      break;
    }
    case Kind::Duration: {
      const Duration& d = *v.get_if<Duration>();
      w.tag(tag::custom_duration);
      if (d.nanos())
        w.array(2).uint(d.seconds()).uint(d.nanos());
      else if (d.seconds())
        w.array(1).uint(d.seconds());
      else
        w.array(0);
      break;
    }
    case Kind::Uuid:
      w.tag(tag::spec_uuid).bytes(v.get_if<Uuid>()->bytes());
      break;
    case Kind::Array: {
      const Array& a = *v.get_if<Array>();
      w.array(a.size());
      for (const auto& x : a) write_value(w, x);
      break;
    }
    case Kind::Object: {
      const Object& o = *v.get_if<Object>();
      w.map(o.size());
      for (const auto& [k, x] : o) {
        w.text(k);
        write_value(w, x);
      }
      break;
    }
    case Kind::RecordId: {
      const RecordId& r = *v.get_if<RecordId>();
      w.tag(tag::record_id).array(2).text(r.table());
      write_value(w, r.key());
      break;
    }
    case Kind::Table:
      w.tag(tag::table).text(v.get_if<Table>()->name);
      break;
    case Kind::Range: {
      const Range& r = *v.get_if<Range>();
      w.tag(tag::range).array(2);
      write_bound(w, r.begin());
      write_bound(w, r.end());
      break;
    }
    case Kind::Geometry:
      write_geometry(w, *v.get_if<Geometry>());
      break;
    case Kind::File: {
      const File& f = *v.get_if<File>();
      w.tag(tag::file).array(2).text(f.bucket()).text(f.key());
      break;
    }
    case Kind::Set: {
      const Set& s = *v.get_if<Set>();
      w.tag(tag::set).array(s.size());
      for (const auto& x : s.items()) write_value(w, x);
      break;
    }
  }
}

}  // namespace

Writer& Writer::value(const Value& v) {
  write_value(*this, v);
  return *this;
}

void encode_into(std::vector<std::uint8_t>& out, const Value& v) {
  Writer w(out);
  write_value(w, v);
}

std::vector<std::uint8_t> encode(const Value& v) {
  std::vector<std::uint8_t> out;
  out.reserve(64);
  encode_into(out, v);
  return out;
}

// ------------------------------------------------------------------------------------------------------------------
// Decoder

namespace {

/// Validates UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF). Returns the offset of the first bad
/// byte, or n.
std::size_t utf8_invalid_at(const std::uint8_t* s, std::size_t n) {
  // Most strings (keys, names, ids) are short and ASCII: one OR over the bytes settles them.
  if (n <= 32) {
    std::uint8_t any = 0;
    for (std::size_t k = 0; k < n; ++k) any |= s[k];
    if (any < 0x80) return n;
  }
  std::size_t i = 0;
  while (i < n) {
    // ASCII fast path, 8 bytes at a time.
    while (i + 8 <= n) {
      std::uint64_t w;
      std::memcpy(&w, s + i, 8);
      if (w & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= n) break;
    std::uint8_t c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    std::uint8_t lo = 0x80, hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) {
      len = 2;
    } else if (c >= 0xe0 && c <= 0xef) {
      len = 3;
      if (c == 0xe0) lo = 0xa0;
      if (c == 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      len = 4;
      if (c == 0xf0) lo = 0x90;
      if (c == 0xf4) hi = 0x8f;
    } else {
      return i;
    }
    if (i + len > n) return i;
    if (s[i + 1] < lo || s[i + 1] > hi) return i;
    for (std::size_t k = 2; k < len; ++k)
      if ((s[i + k] & 0xc0) != 0x80) return i;
    i += len;
  }
  return n;
}

struct Head {
  std::uint8_t major;
  std::uint8_t info;
  std::uint64_t arg;
  bool indefinite;
};

class Decoder {
 public:
  Decoder(std::span<const std::uint8_t> in, const DecodeOptions& o)
      : begin_(in.data()), p_(in.data()), end_(in.data() + in.size()), max_depth_(o.max_depth) {}

  Value item(std::size_t depth) {
    Value v;
    item_into(v, depth);
    return v;
  }

  /// Decodes one item straight into `out`, which must be NONE: arrays and maps fill their elements in place,
  /// so no decoded Value is moved (a variant move is a jump-table dispatch, plus a memcpy for a short
  /// string).
  void item_into(Value& out, std::size_t depth) {
    const std::uint8_t* start = p_;
    Head h = head();
    switch (h.major) {
      case 0:
        if (h.arg > static_cast<std::uint64_t>(INT64_MAX))
          fail(start, "integer above the 64-bit signed range");
        put<std::int64_t>(out, static_cast<std::int64_t>(h.arg));
        return;
      case 1:
        if (h.arg > static_cast<std::uint64_t>(INT64_MAX))
          fail(start, "integer below the 64-bit signed range");
        put<std::int64_t>(out, static_cast<std::int64_t>(~h.arg));
        return;
      case 2:
        out = Value(Bytes(read_bytes(h, start)));
        return;
      case 3:
        if (!h.indefinite) {
          std::string_view text = definite_text(h, start);
          put_may_throw<std::string>(out, text.data(), text.size());
        } else {
          put<std::string>(out) = read_text(h, start);
        }
        return;
      case 4: {
        enter(depth, start);
        Array& a = put<Array>(out);
        if (h.indefinite) {
          while (!at_break()) item_into(a.emplace_back(), depth + 1);
          ++p_;
        } else {
          check_count(h.arg, start);
          a.reserve(reserve_for(h.arg));
          for (std::uint64_t i = 0; i < h.arg; ++i) item_into(a.emplace_back(), depth + 1);
        }
        return;
      }
      case 5: {
        enter(depth, start);
        Object::container entries;
        bool sorted = true;
        if (h.indefinite) {
          while (!at_break()) sorted &= map_entry(entries, depth);
          ++p_;
        } else {
          check_count(h.arg, start);  // each entry is at least 2 bytes; 1 is a safe lower bound
          entries.reserve(reserve_for(h.arg));
          for (std::uint64_t i = 0; i < h.arg; ++i) sorted &= map_entry(entries, depth);
        }
        if (sorted)  // SurrealDB sends its objects' keys in order: no second pass over them
          detail::ValueBuilder::adopt_sorted(put<Object>(out), std::move(entries));
        else
          put<Object>(out) = Object(std::move(entries));  // sorts, later duplicates win
        return;
      }
      case 6:
        enter(depth, start);
        if (h.arg == tag::record_id)
          record_id(out, start, depth + 1);
        else
          out = tagged(h.arg, start, depth + 1);
        return;
      default:
        simple_into(out, h, start);
        return;
    }
  }

  std::size_t offset() const { return static_cast<std::size_t>(p_ - begin_); }

  /// Capacity to reserve for `n` declared elements (already checked against the bytes left). An element takes
  /// ~40-70 bytes as a Value where the wire may spend one, so a hostile count could make a small input
  /// reserve forty times its size: reserves stay below a few times the bytes left (or 65,536 elements),
  /// beyond which vectors grow on demand. A real 100,000-record answer is reserved once, without regrowth.
  std::size_t reserve_for(std::uint64_t n) const {
    const std::uint64_t cap =
        std::max<std::uint64_t>(std::uint64_t{1} << 16, static_cast<std::uint64_t>(end_ - p_) / 16);
    return static_cast<std::size_t>(std::min(n, cap));
  }
  bool at_end() const { return p_ == end_; }

  /// Constructs alternative T of `out`, which is NONE, in place and returns it. NONE holds nothing, so its
  /// storage is reused without the destroy-visit of variant::emplace (nor the temporary-and-move-assign that
  /// emplace does for strings and vectors); T's constructor here must not throw (defaults, scalars, moves).
  template <class T, class... A>
  static T& put(Value& out, A&&... args) noexcept {
    static_assert(std::is_nothrow_constructible_v<T, A...>);
    Value::Variant& v = out.variant();
    std::construct_at(&v, std::in_place_type<T>, std::forward<A>(args)...);
    return *std::get_if<T>(&v);
  }

  /// put() for a constructor that may throw (a string's allocation). If it throws, `out` is made NONE again
  /// before the exception leaves, so its owner destroys a valid Value.
  template <class T, class... A>
  static T& put_may_throw(Value& out, A&&... args) {
    Value::Variant& v = out.variant();
    try {
      std::construct_at(&v, std::in_place_type<T>, std::forward<A>(args)...);
    } catch (...) {
      std::construct_at(&v);
      throw;
    }
    return *std::get_if<T>(&v);
  }
  [[noreturn]] void fail(const std::uint8_t* at, const std::string& why) const {
    throw ProtocolError("CBOR at byte " + std::to_string(at - begin_) + ": " + why);
  }

 private:
  void need(std::size_t n, const std::uint8_t* start) {
    if (static_cast<std::size_t>(end_ - p_) < n) fail(start, "unexpected end of input");
  }
  void enter(std::size_t depth, const std::uint8_t* start) {
    if (depth >= max_depth_) fail(start, "nesting deeper than " + std::to_string(max_depth_));
  }
  void check_count(std::uint64_t n, const std::uint8_t* start) {
    if (n > static_cast<std::uint64_t>(end_ - p_))
      fail(start, "length " + std::to_string(n) + " exceeds the input");
  }
  bool at_break() {
    if (p_ >= end_) fail(p_, "unexpected end of input (missing break)");
    return *p_ == 0xff;
  }

  /// Most heads are one byte (small ints, short strings and containers, tags below 24): that path stays
  /// inline in the callers; wider arguments and errors go to head_rest().
  Head head() {
    if (p_ == end_) fail(p_, "unexpected end of input");
    const std::uint8_t b = *p_++;
    const auto info = static_cast<std::uint8_t>(b & 0x1f);
    if (info < 24) return Head{static_cast<std::uint8_t>(b >> 5), info, info, false};
    return head_rest(b);
  }

  [[gnu::noinline]] Head head_rest(std::uint8_t b) {
    const std::uint8_t* start = p_ - 1;
    Head h{static_cast<std::uint8_t>(b >> 5), static_cast<std::uint8_t>(b & 0x1f), 0, false};
    switch (h.info) {
      case 24:
        need(1, start);
        h.arg = *p_++;
        break;
      case 25:
        need(2, start);
        h.arg = load_be<std::uint16_t>();
        break;
      case 26:
        need(4, start);
        h.arg = load_be<std::uint32_t>();
        break;
      case 27:
        need(8, start);
        h.arg = load_be<std::uint64_t>();
        break;
      case 31:
        if (h.major == 0 || h.major == 1 || h.major == 6)
          fail(start, "indefinite length is not allowed here");
        if (h.major == 7) fail(start, "unexpected break");
        h.indefinite = true;
        break;
      default:
        fail(start, "reserved additional information " + std::to_string(h.info));
    }
    return h;
  }

  /// A big-endian unsigned integer at p_ (length already checked).
  template <class U>
  U load_be() {
    U v;
    std::memcpy(&v, p_, sizeof v);
    p_ += sizeof v;
    if constexpr (sizeof v == 2)
      return static_cast<U>(__builtin_bswap16(v));
    else if constexpr (sizeof v == 4)
      return __builtin_bswap32(v);
    else
      return __builtin_bswap64(v);
  }

  std::vector<std::uint8_t> read_bytes(const Head& h, const std::uint8_t* start) {
    if (!h.indefinite) {
      check_count(h.arg, start);
      std::vector<std::uint8_t> out(p_, p_ + h.arg);
      p_ += h.arg;
      return out;
    }
    std::vector<std::uint8_t> out;
    while (!at_break()) {
      const std::uint8_t* cs = p_;
      Head c = head();
      if (c.major != 2 || c.indefinite)
        fail(cs, "a chunk of an indefinite byte string must be a definite byte string");
      check_count(c.arg, cs);
      out.insert(out.end(), p_, p_ + c.arg);
      p_ += c.arg;
    }
    ++p_;
    return out;
  }

  /// The validated text of a definite-length text string, as a view into the input.
  std::string_view definite_text(const Head& h, const std::uint8_t* start) {
    check_count(h.arg, start);
    const std::uint8_t* s = p_;
    std::size_t n = static_cast<std::size_t>(h.arg);
    std::size_t bad = utf8_invalid_at(s, n);
    if (bad != n) fail(s + bad, "invalid UTF-8 in a text string");
    p_ += n;
    return {reinterpret_cast<const char*>(s), n};
  }

  std::string read_text(const Head& h, const std::uint8_t* start) {
    if (!h.indefinite) return std::string(definite_text(h, start));
    std::string out;
    while (!at_break()) {
      const std::uint8_t* cs = p_;
      Head c = head();
      if (c.major != 3 || c.indefinite)
        fail(cs, "a chunk of an indefinite text string must be a definite text string");
      check_count(c.arg, cs);
      std::size_t n = static_cast<std::size_t>(c.arg);
      std::size_t bad = utf8_invalid_at(p_, n);
      if (bad != n) fail(p_ + bad, "invalid UTF-8 in a text string");
      out.append(reinterpret_cast<const char*>(p_), n);
      p_ += n;
    }
    ++p_;
    return out;
  }

  /// A text item (for tags whose content must be text).
  std::string expect_text(const char* what) {
    const std::uint8_t* start = p_;
    Head h = head();
    if (h.major != 3) fail(start, std::string(what) + " must be a text string");
    return read_text(h, start);
  }

  /// Appends one key and value (the value decoded in its slot); returns whether the key is greater than the
  /// one before.
  bool map_entry(Object::container& entries, std::size_t depth) {
    const std::uint8_t* ks = p_;
    Head kh = head();
    if (kh.major != 3) fail(ks, "an object key must be a text string");
    if (!kh.indefinite) {
      std::string_view key = definite_text(kh, ks);
      entries.emplace_back(std::piecewise_construct, std::forward_as_tuple(key.data(), key.size()),
                           std::forward_as_tuple());
    } else {
      entries.emplace_back(read_text(kh, ks), Value());
    }
    const std::size_t n = entries.size();
    const bool ordered = n == 1 || key_less(entries[n - 2].first, entries[n - 1].first);
    item_into(entries.back().second, depth + 1);
    return ordered;
  }

  /// Byte-wise a < b (Object's order). Keys mostly differ in their first byte, which settles it without a
  /// call to memcmp.
  static bool key_less(std::string_view a, std::string_view b) noexcept {
    if (!a.empty() && !b.empty() && a[0] != b[0])
      return static_cast<unsigned char>(a[0]) < static_cast<unsigned char>(b[0]);
    return a < b;
  }

  /// A simple value or float into `out` (NONE), without building and move-assigning a temporary Value.
  void simple_into(Value& out, const Head& h, const std::uint8_t* start) {
    switch (h.info) {
      case 20:
        put<bool>(out, false);
        return;
      case 21:
        put<bool>(out, true);
        return;
      case 22:
        put<NullType>(out);
        return;
      case 23:
        return;  // undefined reads as NONE, which `out` is
      case 25:
      case 26:
      case 27:
        put<double>(out, float_of(h));
        return;
      default:
        break;
    }
    fail(start, "unsupported simple value " + std::to_string(h.info == 24 ? h.arg : h.info));
  }

  /// The value of a half, single or double float head (info 25, 26, 27).
  static double float_of(const Head& h) {
    switch (h.info) {
      case 25:
        return half_to_double(static_cast<std::uint16_t>(h.arg));
      case 26: {
        std::uint32_t bits = static_cast<std::uint32_t>(h.arg);
        float f;
        std::memcpy(&f, &bits, 4);
        return static_cast<double>(f);
      }
      default: {
        std::uint64_t bits = h.arg;
        double d;
        std::memcpy(&d, &bits, 8);
        return d;
      }
    }
  }

  /// An array head with at most `max` (and at least `min`) elements.
  std::uint64_t array_head(std::uint64_t min, std::uint64_t max, const char* what) {
    const std::uint8_t* start = p_;
    Head h = head();
    if (h.major != 4 || h.indefinite || h.arg < min || h.arg > max) fail(start, what);
    check_count(h.arg, start);
    return h.arg;
  }

  std::int64_t read_int(const char* what) {
    const std::uint8_t* start = p_;
    Head h = head();
    if ((h.major != 0 && h.major != 1) || h.arg > static_cast<std::uint64_t>(INT64_MAX)) fail(start, what);
    return h.major == 0 ? static_cast<std::int64_t>(h.arg) : static_cast<std::int64_t>(~h.arg);
  }
  std::uint64_t read_uint(const char* what) {
    const std::uint8_t* start = p_;
    Head h = head();
    if (h.major != 0) fail(start, what);
    return h.arg;
  }

  Bound bound(std::size_t depth) {
    const std::uint8_t* start = p_;
    need(1, start);
    if (*p_ == 0xf6) {
      ++p_;
      return Bound::unbounded();
    }
    Head h = head();
    if (h.major != 6 || (h.arg != tag::bound_included && h.arg != tag::bound_excluded))
      fail(start, "a range bound must be null, tag 50 (included) or tag 51 (excluded)");
    enter(depth, start);
    Value v = item(depth + 1);
    return h.arg == tag::bound_included ? Bound::included(std::move(v)) : Bound::excluded(std::move(v));
  }

  double number(const char* what) {
    const std::uint8_t* start = p_;
    Head h = head();
    switch (h.major) {
      case 0:
        if (h.arg > static_cast<std::uint64_t>(INT64_MAX)) fail(start, what);
        return static_cast<double>(h.arg);
      case 1:
        if (h.arg > static_cast<std::uint64_t>(INT64_MAX)) fail(start, what);
        return static_cast<double>(static_cast<std::int64_t>(~h.arg));
      case 7:
        if (h.info >= 25 && h.info <= 27) return float_of(h);
        break;
      default:
        break;
    }
    fail(start, what);
  }

  /// Reads the tag head that must introduce a nested shape (a line's points, a polygon's lines, …).
  void expect_tag(std::uint64_t expected, const char* what) {
    const std::uint8_t* start = p_;
    Head h = head();
    if (h.major != 6 || h.arg != expected) fail(start, what);
  }

  GeometryPoint point(bool tagged_required) {
    if (tagged_required) expect_tag(tag::geometry_point, "expected a geometry point (tag 88)");
    array_head(2, 2, "a geometry point must be an array of 2 numbers");
    GeometryPoint p;
    p.x = number("a point coordinate must be a number");
    p.y = number("a point coordinate must be a number");
    return p;
  }
  GeometryLine line(bool tagged_required) {
    if (tagged_required) expect_tag(tag::geometry_line, "expected a geometry line (tag 89)");
    std::uint64_t n = array_head(0, UINT64_MAX, "a geometry line must be an array of points");
    GeometryLine l;
    l.points.reserve(reserve_for(n));
    for (std::uint64_t i = 0; i < n; ++i) l.points.push_back(point(true));
    return l;
  }
  GeometryPolygon polygon(bool tagged_required) {
    if (tagged_required) expect_tag(tag::geometry_polygon, "expected a geometry polygon (tag 90)");
    std::uint64_t n = array_head(1, UINT64_MAX, "a geometry polygon must be a non-empty array of lines");
    GeometryPolygon pg;
    pg.rings.reserve(reserve_for(n));
    for (std::uint64_t i = 0; i < n; ++i) pg.rings.push_back(line(true));
    return pg;
  }
  Geometry geometry(std::uint64_t t, std::size_t depth) {
    switch (t) {
      case tag::geometry_point:
        return point(false);
      case tag::geometry_line:
        return line(false);
      case tag::geometry_polygon:
        return polygon(false);
      case tag::geometry_multipoint: {
        std::uint64_t n = array_head(0, UINT64_MAX, "a multipoint must be an array of points");
        GeometryMultiPoint m;
        m.points.reserve(reserve_for(n));
        for (std::uint64_t i = 0; i < n; ++i) m.points.push_back(point(true));
        return m;
      }
      case tag::geometry_multiline: {
        std::uint64_t n = array_head(0, UINT64_MAX, "a multiline must be an array of lines");
        GeometryMultiLine m;
        m.lines.reserve(reserve_for(n));
        for (std::uint64_t i = 0; i < n; ++i) m.lines.push_back(line(true));
        return m;
      }
      case tag::geometry_multipolygon: {
        std::uint64_t n = array_head(0, UINT64_MAX, "a multipolygon must be an array of polygons");
        GeometryMultiPolygon m;
        m.polygons.reserve(reserve_for(n));
        for (std::uint64_t i = 0; i < n; ++i) m.polygons.push_back(polygon(true));
        return m;
      }
      default: {
        std::uint64_t n = array_head(0, UINT64_MAX, "a geometry collection must be an array of geometries");
        GeometryCollection c;
        c.geometries.reserve(reserve_for(n));
        for (std::uint64_t i = 0; i < n; ++i) {
          const std::uint8_t* start = p_;
          Head h = head();
          if (h.major != 6 || h.arg < tag::geometry_point || h.arg > tag::geometry_collection)
            fail(start, "a geometry collection may only hold geometries (tags 88-94)");
          enter(depth, start);
          c.geometries.push_back(geometry(h.arg, depth + 1));
        }
        return c;
      }
    }
  }

  /// A tag 8 record id into `out` (NONE); the key is decoded straight into the id's own storage.
  void record_id(Value& out, const std::uint8_t* start, std::size_t depth) {
    try {
      const std::uint8_t* cs = p_;
      Head h = head();
      if (h.major == 3) {
        out = Value(RecordId::parse(read_text(h, cs)));
        return;
      }
      if (h.major != 4 || h.indefinite || h.arg != 2)
        fail(cs, "a record id (tag 8) must be text or an array of [table, key]");
      const std::uint8_t* ts = p_;
      Head th = head();
      if (th.major != 3) fail(ts, "a record id's table must be a text string");
      Value* key;
      if (!th.indefinite)
        key = &detail::ValueBuilder::record_id_key(put<RecordId>(out), definite_text(th, ts));
      else
        key = &detail::ValueBuilder::record_id_key(put<RecordId>(out), read_text(th, ts));
      const std::uint8_t* ks = p_;
      item_into(*key, depth);
      if (!detail::ValueBuilder::is_record_id_key_kind(key->kind()))
        fail(ks, "a record id key must be a text, integer, array, map, uuid or range, not " +
                     std::string(key->type_name()));
    } catch (const ConversionError& e) {
      fail(start, e.what());
    }
  }

  Value tagged(std::uint64_t t, const std::uint8_t* start, std::size_t depth) {
    try {
      switch (t) {
        case tag::spec_datetime:
          return Value(Datetime::parse(expect_text("a tag 0 datetime")));
        case tag::none: {
          // SurrealDB sends tag 6 around null; the content carries no meaning.
          item(depth);
          return Value::none();
        }
        case tag::table:
          return Value(Table(expect_text("a tag 7 table name")));
        case tag::record_id: {
          Value out;
          record_id(out, start, depth);
          return out;
        }
        case tag::string_uuid:
          return Value(Uuid::parse(expect_text("a tag 9 uuid")));
        case tag::spec_uuid: {
          const std::uint8_t* cs = p_;
          Head h = head();
          if (h.major != 2 || h.indefinite || h.arg != 16) fail(cs, "a tag 37 uuid must be 16 bytes");
          need(16, cs);
          std::array<std::uint8_t, 16> b;
          std::memcpy(b.data(), p_, 16);
          p_ += 16;
          return Value(Uuid(b));
        }
        case tag::string_decimal: {
          std::string text = expect_text("a tag 10 decimal");
          if (!Decimal::is_valid(text)) fail(start, "invalid decimal text \"" + text + "\"");
          return Value(Decimal(std::move(text)));
        }
        case tag::custom_datetime: {
          std::uint64_t n = array_head(0, 2, "a tag 12 datetime must be an array of [seconds, nanoseconds]");
          std::int64_t secs = n > 0 ? read_int("datetime seconds must be an integer") : 0;
          std::uint64_t nanos = n > 1 ? read_uint("datetime nanoseconds must be an unsigned integer") : 0;
          if (nanos >= 1'000'000'000u) fail(start, "datetime nanoseconds out of range");
          return Value(Datetime(secs, static_cast<std::uint32_t>(nanos)));
        }
        case tag::string_duration:
          return Value(Duration::parse(expect_text("a tag 13 duration")));
        case tag::custom_duration: {
          std::uint64_t n = array_head(0, 2, "a tag 14 duration must be an array of [seconds, nanoseconds]");
          std::uint64_t secs = n > 0 ? read_uint("duration seconds must be an unsigned integer") : 0;
          std::uint64_t nanos = n > 1 ? read_uint("duration nanoseconds must be an unsigned integer") : 0;
          if (nanos >= 1'000'000'000u) fail(start, "duration nanoseconds out of range");
          return Value(Duration(secs, static_cast<std::uint32_t>(nanos)));
        }
        case tag::range: {
          array_head(2, 2, "a range (tag 49) must be an array of 2 bounds");
          Bound b = bound(depth);
          Bound e = bound(depth);
          return Value(Range(std::move(b), std::move(e)));
        }
        case tag::file: {
          array_head(2, 2, "a file (tag 55) must be an array of [bucket, key]");
          std::string bucket = expect_text("a file bucket");
          std::string key = expect_text("a file key");
          return Value(File(std::move(bucket), std::move(key)));
        }
        case tag::set: {
          std::uint64_t n = array_head(0, UINT64_MAX, "a set (tag 56) must be an array");
          std::vector<Value> items;
          items.reserve(reserve_for(n));
          for (std::uint64_t i = 0; i < n; ++i) items.push_back(item(depth));
          return Value(Set(std::move(items)));
        }
        default:
          if (t >= tag::geometry_point && t <= tag::geometry_collection) return Value(geometry(t, depth));
          fail(start, "unknown tag " + std::to_string(t));
      }
    } catch (const ConversionError& e) {
      fail(start, e.what());
    }
  }

  const std::uint8_t* begin_;
  const std::uint8_t* p_;
  const std::uint8_t* end_;
  std::size_t max_depth_;
};

}  // namespace

Value decode_prefix(std::span<const std::uint8_t> bytes, std::size_t& consumed,
                    const DecodeOptions& options) {
  Decoder d(bytes, options);
  Value v = d.item(0);
  consumed = d.offset();
  return v;
}

Value decode(std::span<const std::uint8_t> bytes, const DecodeOptions& options) {
  Decoder d(bytes, options);
  if (bytes.empty()) d.fail(bytes.data(), "empty input");
  Value v = d.item(0);
  if (!options.allow_trailing && !d.at_end())
    throw ProtocolError("CBOR at byte " + std::to_string(d.offset()) + ": trailing bytes after the value");
  return v;
}

Value decode(std::string_view bytes, const DecodeOptions& options) {
  return decode(
      std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()),
      options);
}

}  // namespace surreal::cbor

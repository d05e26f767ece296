// Value, Object and the small value types (Decimal, Bytes, Datetime, Duration, Uuid, Range, RecordId, Set,
// File).
#include <surreal/value.hpp>

#include "value_builder.hpp"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <random>

namespace surreal {

std::string_view kind_name(Kind kind) noexcept {
  switch (kind) {
    case Kind::None:
      return "none";
    case Kind::Null:
      return "null";
    case Kind::Bool:
      return "bool";
    case Kind::Int:
      return "int";
    case Kind::Float:
      return "float";
    case Kind::Decimal:
      return "decimal";
    case Kind::String:
      return "string";
    case Kind::Bytes:
      return "bytes";
    case Kind::Datetime:
      return "datetime";
    case Kind::Duration:
      return "duration";
    case Kind::Uuid:
      return "uuid";
    case Kind::Array:
      return "array";
    case Kind::Object:
      return "object";
    case Kind::RecordId:
      return "record";
    case Kind::Table:
      return "table";
    case Kind::Range:
      return "range";
    case Kind::Geometry:
      return "geometry";
    case Kind::File:
      return "file";
    case Kind::Set:
      return "set";
  }
  return "unknown";
}

// ------------------------------------------------------------------------------------------------------------------
// Decimal

bool Decimal::is_valid(std::string_view t) noexcept {
  std::size_t i = 0, n = t.size();
  if (i < n && (t[i] == '-' || t[i] == '+')) ++i;
  std::size_t digits = 0;
  while (i < n && t[i] >= '0' && t[i] <= '9') ++i, ++digits;
  if (i < n && t[i] == '.') {
    ++i;
    while (i < n && t[i] >= '0' && t[i] <= '9') ++i, ++digits;
  }
  if (digits == 0) return false;
  if (i < n && (t[i] == 'e' || t[i] == 'E')) {
    ++i;
    if (i < n && (t[i] == '-' || t[i] == '+')) ++i;
    std::size_t e = 0;
    while (i < n && t[i] >= '0' && t[i] <= '9') ++i, ++e;
    if (e == 0) return false;
  }
  return i == n;
}

Decimal::Decimal(std::string text) : text_(std::move(text)) {
  if (!is_valid(text_)) throw ConversionError("\"" + text_ + "\" is not a decimal number");
}

double Decimal::to_double() const { return std::strtod(text_.c_str(), nullptr); }

// ------------------------------------------------------------------------------------------------------------------
// Bytes

static constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string Bytes::to_base64() const {
  std::string out;
  out.reserve((data_.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 3 <= data_.size(); i += 3) {
    std::uint32_t v = (std::uint32_t(data_[i]) << 16) | (std::uint32_t(data_[i + 1]) << 8) | data_[i + 2];
    out += kBase64[(v >> 18) & 63];
    out += kBase64[(v >> 12) & 63];
    out += kBase64[(v >> 6) & 63];
    out += kBase64[v & 63];
  }
  if (std::size_t rest = data_.size() - i) {
    std::uint32_t v = std::uint32_t(data_[i]) << 16;
    if (rest == 2) v |= std::uint32_t(data_[i + 1]) << 8;
    out += kBase64[(v >> 18) & 63];
    out += kBase64[(v >> 12) & 63];
    out += rest == 2 ? kBase64[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

Bytes Bytes::from_base64(std::string_view text) {
  auto val = [](char c) -> int {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+' || c == '-') return 62;
    if (c == '/' || c == '_') return 63;
    return -1;
  };
  while (!text.empty() && text.back() == '=') text.remove_suffix(1);
  std::vector<std::uint8_t> out;
  out.reserve(text.size() * 3 / 4);
  std::uint32_t acc = 0;
  int bits = 0;
  for (char c : text) {
    int v = val(c);
    if (v < 0) throw ConversionError("invalid base64 character '" + std::string(1, c) + "'");
    acc = (acc << 6) | std::uint32_t(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<std::uint8_t>((acc >> bits) & 0xff));
    }
  }
  if (bits >= 6) throw ConversionError("truncated base64 text");
  return Bytes(std::move(out));
}

std::string Bytes::to_hex() const {
  static constexpr char hex[] = "0123456789abcdef";
  std::string out;
  out.reserve(data_.size() * 2);
  for (auto b : data_) {
    out += hex[b >> 4];
    out += hex[b & 15];
  }
  return out;
}

// ------------------------------------------------------------------------------------------------------------------
// Datetime

namespace {
// Howard Hinnant's civil-date algorithms (public domain), on 64-bit day counts.
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) noexcept {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}
void civil_from_days(std::int64_t z, std::int64_t& y, unsigned& m, unsigned& d) noexcept {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
}
unsigned days_in_month(std::int64_t y, unsigned m) noexcept {
  static constexpr unsigned dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return dm[m - 1];
}
void append_2(std::string& s, unsigned v) {
  s += char('0' + v / 10);
  s += char('0' + v % 10);
}
std::int64_t floor_div(std::int64_t a, std::int64_t b) noexcept {
  std::int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}
}  // namespace

Datetime::Datetime(std::int64_t seconds, std::uint32_t nanos) : seconds_(seconds), nanos_(nanos) {
  if (nanos >= 1'000'000'000u)
    throw ConversionError("datetime nanoseconds " + std::to_string(nanos) + " >= 1e9");
}

Datetime Datetime::now() { return from_time_point(std::chrono::system_clock::now()); }

Datetime Datetime::from_unix_nanos(std::int64_t nanos) noexcept {
  Datetime d;
  d.seconds_ = floor_div(nanos, 1'000'000'000);
  d.nanos_ = static_cast<std::uint32_t>(nanos - d.seconds_ * 1'000'000'000);
  return d;
}

std::int64_t Datetime::unix_nanos() const {
  std::int64_t r;
  if (__builtin_mul_overflow(seconds_, std::int64_t(1'000'000'000), &r) ||
      __builtin_add_overflow(r, std::int64_t(nanos_), &r))
    throw ConversionError("datetime " + to_string() + " does not fit in 64-bit nanoseconds");
  return r;
}

Datetime Datetime::from_time_point(std::chrono::system_clock::time_point tp) noexcept {
  return from_unix_nanos(std::chrono::duration_cast<std::chrono::nanoseconds>(tp.time_since_epoch()).count());
}

std::chrono::system_clock::time_point Datetime::to_time_point() const {
  return std::chrono::system_clock::time_point(
      std::chrono::duration_cast<std::chrono::system_clock::duration>(
          std::chrono::nanoseconds(unix_nanos())));
}

std::string Datetime::to_string() const {
  std::int64_t days = floor_div(seconds_, 86400);
  std::int64_t sod = seconds_ - days * 86400;
  std::int64_t y;
  unsigned m, d;
  civil_from_days(days, y, m, d);
  std::string s;
  s.reserve(32);
  if (y >= 0 && y <= 9999) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%04d", static_cast<int>(y));
    s += buf;
  } else {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%+07lld", static_cast<long long>(y));
    s += buf;
  }
  s += '-';
  append_2(s, m);
  s += '-';
  append_2(s, d);
  s += 'T';
  append_2(s, static_cast<unsigned>(sod / 3600));
  s += ':';
  append_2(s, static_cast<unsigned>(sod / 60 % 60));
  s += ':';
  append_2(s, static_cast<unsigned>(sod % 60));
  if (nanos_) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%09u", nanos_);
    std::size_t digits = 9;
    if (nanos_ % 1'000'000 == 0)
      digits = 3;
    else if (nanos_ % 1000 == 0)
      digits = 6;
    s += '.';
    s.append(buf, digits);
  }
  s += 'Z';
  return s;
}

Datetime Datetime::parse(std::string_view t) {
  auto fail = [&](const char* why) -> Datetime {
    throw ConversionError("invalid datetime \"" + std::string(t) + "\": " + why);
  };
  std::size_t i = 0, n = t.size();
  auto digits = [&](std::size_t count, std::int64_t& out) {
    if (i + count > n) return false;
    std::int64_t v = 0;
    for (std::size_t k = 0; k < count; ++k) {
      char c = t[i + k];
      if (c < '0' || c > '9') return false;
      v = v * 10 + (c - '0');
    }
    out = v;
    i += count;
    return true;
  };
  int sign = 1;
  std::int64_t year = 0, mon = 0, day = 0, hh = 0, mm = 0, ss = 0;
  if (i < n && (t[i] == '+' || t[i] == '-')) {
    sign = t[i] == '-' ? -1 : 1;
    ++i;
    std::size_t start = i;
    while (i < n && t[i] >= '0' && t[i] <= '9' && i - start < 6) year = year * 10 + (t[i++] - '0');
    if (i - start < 4) return fail("bad year");
  } else if (!digits(4, year)) {
    return fail("expected a 4-digit year");
  }
  year *= sign;
  if (i >= n || t[i] != '-') return fail("expected '-' after the year");
  ++i;
  if (!digits(2, mon) || mon < 1 || mon > 12) return fail("bad month");
  if (i >= n || t[i] != '-') return fail("expected '-' after the month");
  ++i;
  if (!digits(2, day) || day < 1 || day > static_cast<std::int64_t>(days_in_month(year, unsigned(mon))))
    return fail("bad day");
  std::uint32_t nanos = 0;
  std::int64_t offset = 0;
  if (i < n) {
    if (t[i] != 'T' && t[i] != 't' && t[i] != ' ') return fail("expected 'T' after the date");
    ++i;
    if (!digits(2, hh) || hh > 23) return fail("bad hour");
    if (i >= n || t[i] != ':') return fail("expected ':' after the hour");
    ++i;
    if (!digits(2, mm) || mm > 59) return fail("bad minute");
    if (i >= n || t[i] != ':') return fail("expected ':' after the minute");
    ++i;
    if (!digits(2, ss) || ss > 60) return fail("bad second");
    if (ss == 60) ss = 59;  // leap second: clamp
    if (i < n && (t[i] == '.' || t[i] == ',')) {
      ++i;
      std::size_t start = i;
      std::uint32_t scale = 100'000'000;
      while (i < n && t[i] >= '0' && t[i] <= '9') {
        nanos += static_cast<std::uint32_t>(t[i] - '0') * scale;
        scale /= 10;
        ++i;
      }
      if (i == start) return fail("empty fraction");
    }
    if (i >= n) return fail("missing time zone ('Z' or an offset)");
    if (t[i] == 'Z' || t[i] == 'z') {
      ++i;
    } else if (t[i] == '+' || t[i] == '-') {
      int s = t[i] == '-' ? -1 : 1;
      ++i;
      std::int64_t oh = 0, om = 0;
      if (!digits(2, oh) || oh > 23) return fail("bad offset hour");
      if (i < n && t[i] == ':') ++i;
      if (!digits(2, om) || om > 59) return fail("bad offset minute");
      offset = s * (oh * 3600 + om * 60);
    } else {
      return fail("bad time zone");
    }
    if (i != n) return fail("trailing characters");
  }
  std::int64_t secs =
      days_from_civil(year, unsigned(mon), unsigned(day)) * 86400 + hh * 3600 + mm * 60 + ss - offset;
  return Datetime(secs, nanos);
}

// ------------------------------------------------------------------------------------------------------------------
// Duration

Duration::Duration(std::uint64_t seconds, std::uint32_t nanos) : seconds_(seconds), nanos_(nanos) {
  if (nanos >= 1'000'000'000u)
    throw ConversionError("duration nanoseconds " + std::to_string(nanos) + " >= 1e9");
}

std::chrono::nanoseconds Duration::to_chrono() const {
  std::int64_t r;
  if (seconds_ > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) ||
      __builtin_mul_overflow(static_cast<std::int64_t>(seconds_), std::int64_t(1'000'000'000), &r) ||
      __builtin_add_overflow(r, std::int64_t(nanos_), &r))
    throw ConversionError("duration " + to_string() + " does not fit in 64-bit nanoseconds");
  return std::chrono::nanoseconds(r);
}

std::string Duration::to_string() const {
  if (seconds_ == 0 && nanos_ == 0) return "0ns";
  std::string s;
  std::uint64_t secs = seconds_;
  auto put = [&](std::uint64_t v, const char* unit) {
    if (v) {
      s += std::to_string(v);
      s += unit;
    }
  };
  put(secs / 31'536'000, "y");
  secs %= 31'536'000;
  put(secs / 604'800, "w");
  secs %= 604'800;
  put(secs / 86'400, "d");
  secs %= 86'400;
  put(secs / 3600, "h");
  secs %= 3600;
  put(secs / 60, "m");
  put(secs % 60, "s");
  put(nanos_ / 1'000'000, "ms");
  put(nanos_ / 1000 % 1000, "\xC2\xB5s");
  put(nanos_ % 1000, "ns");
  return s;
}

Duration Duration::parse(std::string_view t) {
  auto fail = [&](const char* why) -> Duration {
    throw ConversionError("invalid duration \"" + std::string(t) + "\": " + why);
  };
  if (t.empty()) return fail("empty");
  unsigned __int128 total = 0;  // nanoseconds
  std::size_t i = 0;
  while (i < t.size()) {
    std::size_t start = i;
    unsigned __int128 v = 0;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9') {
      v = v * 10 + unsigned(t[i] - '0');
      if (v > (unsigned __int128)(std::numeric_limits<std::uint64_t>::max())) return fail("number too large");
      ++i;
    }
    if (i == start) return fail("expected a number");
    std::uint64_t mul;
    auto rest = t.substr(i);
    auto eat = [&](std::string_view u) {
      if (rest.substr(0, u.size()) == u) {
        i += u.size();
        return true;
      }
      return false;
    };
    if (eat("ns"))
      mul = 1;
    else if (eat("us") || eat("\xC2\xB5s") || eat("\xCE\xBCs"))
      mul = 1000;
    else if (eat("ms"))
      mul = 1'000'000;
    else if (eat("s"))
      mul = 1'000'000'000;
    else if (eat("m"))
      mul = 60'000'000'000ull;
    else if (eat("h"))
      mul = 3'600'000'000'000ull;
    else if (eat("d"))
      mul = 86'400'000'000'000ull;
    else if (eat("w"))
      mul = 604'800'000'000'000ull;
    else if (eat("y"))
      mul = 31'536'000'000'000'000ull;
    else
      return fail("expected a unit (y, w, d, h, m, s, ms, us, ns)");
    total += v * mul;
    if ((total / 1'000'000'000u) > (unsigned __int128)(std::numeric_limits<std::uint64_t>::max()))
      return fail("too large");
  }
  return Duration(static_cast<std::uint64_t>(total / 1'000'000'000u),
                  static_cast<std::uint32_t>(total % 1'000'000'000u));
}

// ------------------------------------------------------------------------------------------------------------------
// Uuid

std::optional<Uuid> Uuid::try_parse(std::string_view t) noexcept {
  if (t.size() >= 9 && (t.substr(0, 9) == "urn:uuid:" || t.substr(0, 9) == "URN:UUID:")) t.remove_prefix(9);
  if (t.size() >= 2 && t.front() == '{' && t.back() == '}') t = t.substr(1, t.size() - 2);
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::array<std::uint8_t, 16> b{};
  if (t.size() == 36) {
    if (t[8] != '-' || t[13] != '-' || t[18] != '-' || t[23] != '-') return std::nullopt;
  } else if (t.size() != 32) {
    return std::nullopt;
  }
  std::size_t k = 0;
  for (std::size_t i = 0; i < t.size();) {
    if (t[i] == '-' && t.size() == 36) {
      ++i;
      continue;
    }
    if (i + 1 >= t.size()) return std::nullopt;
    int hi = hex(t[i]), lo = hex(t[i + 1]);
    if (hi < 0 || lo < 0 || k >= 16) return std::nullopt;
    b[k++] = static_cast<std::uint8_t>(hi * 16 + lo);
    i += 2;
  }
  if (k != 16) return std::nullopt;
  return Uuid(b);
}

Uuid Uuid::parse(std::string_view t) {
  if (auto u = try_parse(t)) return *u;
  throw ConversionError("invalid uuid \"" + std::string(t) + "\"");
}

namespace {
std::mt19937_64& rng() {
  thread_local std::mt19937_64 gen([] {
    std::random_device rd;
    std::seed_seq seq{rd(), rd(), rd(), rd()};
    return std::mt19937_64(seq);
  }());
  return gen;
}
}  // namespace

Uuid Uuid::v4() {
  std::array<std::uint8_t, 16> b;
  std::uint64_t a = rng()(), c = rng()();
  std::memcpy(b.data(), &a, 8);
  std::memcpy(b.data() + 8, &c, 8);
  b[6] = static_cast<std::uint8_t>((b[6] & 0x0f) | 0x40);
  b[8] = static_cast<std::uint8_t>((b[8] & 0x3f) | 0x80);
  return Uuid(b);
}

Uuid Uuid::v7() {
  std::array<std::uint8_t, 16> b;
  std::uint64_t a = rng()(), c = rng()();
  std::memcpy(b.data(), &a, 8);
  std::memcpy(b.data() + 8, &c, 8);
  auto ms = static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                           std::chrono::system_clock::now().time_since_epoch())
                                           .count());
  for (int i = 0; i < 6; ++i) b[i] = static_cast<std::uint8_t>(ms >> (8 * (5 - i)));
  b[6] = static_cast<std::uint8_t>((b[6] & 0x0f) | 0x70);
  b[8] = static_cast<std::uint8_t>((b[8] & 0x3f) | 0x80);
  return Uuid(b);
}

std::string Uuid::to_string() const {
  static constexpr char hex[] = "0123456789abcdef";
  std::string s;
  s.reserve(36);
  for (int i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) s += '-';
    s += hex[bytes_[i] >> 4];
    s += hex[bytes_[i] & 15];
  }
  return s;
}

// ------------------------------------------------------------------------------------------------------------------
// File

struct File::Impl {
  std::string bucket, key;
};

File::File(std::string bucket, std::string key)
    : impl_(std::make_shared<const Impl>(Impl{std::move(bucket), std::move(key)})) {}

namespace {
const std::string& empty_string() {
  static const std::string s;
  return s;
}
}  // namespace

const std::string& File::bucket() const noexcept { return impl_ ? impl_->bucket : empty_string(); }
const std::string& File::key() const noexcept { return impl_ ? impl_->key : empty_string(); }

// ------------------------------------------------------------------------------------------------------------------
// Geometry

std::string_view Geometry::type_name() const noexcept {
  switch (v_.index()) {
    case 0:
      return "Point";
    case 1:
      return "LineString";
    case 2:
      return "Polygon";
    case 3:
      return "MultiPoint";
    case 4:
      return "MultiLineString";
    case 5:
      return "MultiPolygon";
    default:
      return "GeometryCollection";
  }
}

// ------------------------------------------------------------------------------------------------------------------
// Bound, Range

Bound Bound::included(Value v) {
  Bound b;
  b.type_ = Type::Included;
  b.value_ = std::make_shared<const Value>(std::move(v));
  return b;
}
Bound Bound::excluded(Value v) {
  Bound b;
  b.type_ = Type::Excluded;
  b.value_ = std::make_shared<const Value>(std::move(v));
  return b;
}
const Value& Bound::value() const noexcept { return value_ ? *value_ : Value::none_ref(); }

struct Range::Impl {
  Bound begin, end;
};
Range::Range(Bound begin, Bound end)
    : impl_(std::make_shared<const Impl>(Impl{std::move(begin), std::move(end)})) {}
const Bound& Range::begin() const noexcept {
  static const Bound unbounded;
  return impl_ ? impl_->begin : unbounded;
}
const Bound& Range::end() const noexcept {
  static const Bound unbounded;
  return impl_ ? impl_->end : unbounded;
}

Range Range::half_open(Value begin, Value end) {
  return Range(Bound::included(std::move(begin)), Bound::excluded(std::move(end)));
}
Range Range::closed(Value begin, Value end) {
  return Range(Bound::included(std::move(begin)), Bound::included(std::move(end)));
}

// ------------------------------------------------------------------------------------------------------------------
// RecordId

struct RecordId::Impl {
  std::string table;
  Value key;
};

RecordId::RecordId(std::string table, Value key) {
  if (!detail::ValueBuilder::is_record_id_key_kind(key.kind()))
    throw ConversionError("a record id key must be a string, int, array, object, uuid or range, not " +
                          describe(key));
  impl_ = std::make_shared<const Impl>(Impl{std::move(table), std::move(key)});
}

Value& detail::ValueBuilder::record_id_key(RecordId& id, std::string_view table) {
  // Built mutable, published as const: nobody else holds it until the decoder has filled the key.
  auto impl = std::make_shared<RecordId::Impl>();
  impl->table.assign(table);
  Value& key = impl->key;
  id.impl_ = std::move(impl);
  return key;
}

const std::string& RecordId::table() const noexcept { return impl_ ? impl_->table : empty_string(); }
const Value& RecordId::key() const noexcept { return impl_ ? impl_->key : Value::none_ref(); }

bool operator==(const RecordId& a, const RecordId& b) {
  if (a.impl_ == b.impl_) return true;
  return a.table() == b.table() && a.key() == b.key();
}

std::optional<RecordId> RecordId::try_parse(std::string_view text) noexcept {
  try {
    return parse(text);
  } catch (...) {
    return std::nullopt;
  }
}

std::ostream& operator<<(std::ostream& os, const RecordId& id) { return os << id.to_string(); }

// ------------------------------------------------------------------------------------------------------------------
// Set

Set::Set(std::vector<Value> items) : items_(std::make_shared<const std::vector<Value>>(std::move(items))) {}
Set::Set(std::initializer_list<Value> items) : items_(std::make_shared<const std::vector<Value>>(items)) {}

const std::vector<Value>& Set::items() const noexcept {
  static const std::vector<Value> empty;
  return items_ ? *items_ : empty;
}
std::size_t Set::size() const noexcept { return items_ ? items_->size() : 0; }
bool operator==(const Set& a, const Set& b) { return a.items_ == b.items_ || a.items() == b.items(); }

// ------------------------------------------------------------------------------------------------------------------
// Object

namespace {
struct KeyLess {
  bool operator()(const Object::value_type& e, std::string_view k) const noexcept { return e.first < k; }
};
}  // namespace

Object::Object(std::initializer_list<value_type> entries) {
  entries_.reserve(entries.size());
  for (const auto& e : entries) entries_.push_back(e);
  finish_unsorted();
}

Object::Object(container entries) : entries_(std::move(entries)) { finish_unsorted(); }

Object::const_iterator Object::find(std::string_view key) const noexcept {
  auto it = std::lower_bound(entries_.begin(), entries_.end(), key, KeyLess{});
  return it != entries_.end() && it->first == key ? it : entries_.end();
}
Object::iterator Object::find(std::string_view key) noexcept {
  auto it = std::lower_bound(entries_.begin(), entries_.end(), key, KeyLess{});
  return it != entries_.end() && it->first == key ? it : entries_.end();
}
bool Object::contains(std::string_view key) const noexcept { return find(key) != end(); }
const Value* Object::get(std::string_view key) const noexcept {
  auto it = find(key);
  return it == end() ? nullptr : &it->second;
}
Value* Object::get(std::string_view key) noexcept {
  auto it = find(key);
  return it == end() ? nullptr : &it->second;
}
const Value& Object::at(std::string_view key) const {
  if (const Value* v = get(key)) return *v;
  throw ConversionError("the object has no field \"" + std::string(key) + "\"");
}
Value& Object::at(std::string_view key) {
  if (Value* v = get(key)) return *v;
  throw ConversionError("the object has no field \"" + std::string(key) + "\"");
}
Value& Object::operator[](std::string_view key) {
  auto it = std::lower_bound(entries_.begin(), entries_.end(), key, KeyLess{});
  if (it != entries_.end() && it->first == key) return it->second;
  return entries_.emplace(it, std::string(key), Value())->second;
}
Value& Object::insert_or_assign(std::string key, Value value) {
  auto it = std::lower_bound(entries_.begin(), entries_.end(), std::string_view(key), KeyLess{});
  if (it != entries_.end() && it->first == key) {
    it->second = std::move(value);
    return it->second;
  }
  return entries_.emplace(it, std::move(key), std::move(value))->second;
}
std::pair<Value*, bool> Object::insert(std::string key, Value value) {
  auto it = std::lower_bound(entries_.begin(), entries_.end(), std::string_view(key), KeyLess{});
  if (it != entries_.end() && it->first == key) return {&it->second, false};
  return {&entries_.emplace(it, std::move(key), std::move(value))->second, true};
}
bool Object::erase(std::string_view key) {
  auto it = find(key);
  if (it == entries_.end()) return false;
  entries_.erase(it);
  return true;
}
void Object::append_unchecked(std::string key, Value value) {
  entries_.emplace_back(std::move(key), std::move(value));
}

void Object::finish_unsorted() {
  bool sorted = true;
  for (std::size_t i = 1; i < entries_.size(); ++i) {
    if (!(entries_[i - 1].first < entries_[i].first)) {
      sorted = false;
      break;
    }
  }
  if (sorted) return;
  std::stable_sort(entries_.begin(), entries_.end(),
                   [](const value_type& a, const value_type& b) { return a.first < b.first; });
  // Keep the last of equal keys.
  container out;
  out.reserve(entries_.size());
  for (auto& e : entries_) {
    if (!out.empty() && out.back().first == e.first)
      out.back().second = std::move(e.second);
    else
      out.push_back(std::move(e));
  }
  entries_ = std::move(out);
}

bool operator==(const Object& a, const Object& b) { return a.entries_ == b.entries_; }

// ------------------------------------------------------------------------------------------------------------------
// Value

const Value& Value::none_ref() noexcept {
  static const Value none;
  return none;
}

bool operator==(const Value& a, const Value& b) {
  if (a.v_.index() != b.v_.index()) return false;
  if (const double* x = std::get_if<double>(&a.v_)) {
    double y = std::get<double>(b.v_);
    return *x == y || (std::isnan(*x) && std::isnan(y));
  }
  return a.v_ == b.v_;
}

void Value::throw_kind(std::string_view expected) const {
  throw ConversionError("expected " + std::string(expected) + ", got " + describe(*this));
}

bool Value::as_bool() const {
  if (const bool* b = std::get_if<bool>(&v_)) return *b;
  throw_kind("bool");
}

std::int64_t Value::as_int() const {
  if (const std::int64_t* i = std::get_if<std::int64_t>(&v_)) return *i;
  if (const double* d = std::get_if<double>(&v_)) {
    if (std::isfinite(*d) && std::trunc(*d) == *d && *d >= -9223372036854775808.0 &&
        *d < 9223372036854775808.0)
      return static_cast<std::int64_t>(*d);
  }
  if (const Decimal* d = std::get_if<Decimal>(&v_)) {
    std::string_view t = d->text();
    auto dot = t.find('.');
    std::string_view ip = t.substr(0, dot);
    bool frac_zero = true;
    if (dot != std::string_view::npos)
      for (char c : t.substr(dot + 1)) frac_zero &= c == '0';
    if (!ip.empty() && ip.front() == '+') ip.remove_prefix(1);
    std::int64_t out = 0;
    if (frac_zero && t.find_first_of("eE") == std::string_view::npos) {
      auto [p, ec] = std::from_chars(ip.data(), ip.data() + ip.size(), out);
      if (ec == std::errc() && p == ip.data() + ip.size()) return out;
    }
  }
  throw_kind("int");
}

double Value::as_double() const {
  if (const double* d = std::get_if<double>(&v_)) return *d;
  if (const std::int64_t* i = std::get_if<std::int64_t>(&v_)) return static_cast<double>(*i);
  if (const Decimal* d = std::get_if<Decimal>(&v_)) return d->to_double();
  throw_kind("float");
}

#define SURREAL_ACCESSOR(RET, NAME, TYPE, KINDNAME)        \
  RET Value::NAME() const {                                \
    if (const TYPE* p = std::get_if<TYPE>(&v_)) return *p; \
    throw_kind(KINDNAME);                                  \
  }
SURREAL_ACCESSOR(const std::string&, as_string, std::string, "string")
SURREAL_ACCESSOR(const Decimal&, as_decimal, Decimal, "decimal")
SURREAL_ACCESSOR(const Bytes&, as_bytes, Bytes, "bytes")
SURREAL_ACCESSOR(Datetime, as_datetime, Datetime, "datetime")
SURREAL_ACCESSOR(Duration, as_duration, Duration, "duration")
SURREAL_ACCESSOR(Uuid, as_uuid, Uuid, "uuid")
SURREAL_ACCESSOR(const Array&, as_array, Array, "array")
SURREAL_ACCESSOR(const Object&, as_object, Object, "object")
SURREAL_ACCESSOR(const RecordId&, as_record_id, RecordId, "record")
SURREAL_ACCESSOR(const Table&, as_table, Table, "table")
SURREAL_ACCESSOR(const Range&, as_range, Range, "range")
SURREAL_ACCESSOR(const Geometry&, as_geometry, Geometry, "geometry")
SURREAL_ACCESSOR(const File&, as_file, File, "file")
SURREAL_ACCESSOR(const Set&, as_set, Set, "set")
#undef SURREAL_ACCESSOR

std::string& Value::as_string() {
  if (std::string* p = std::get_if<std::string>(&v_)) return *p;
  throw_kind("string");
}
Array& Value::as_array() {
  if (Array* p = std::get_if<Array>(&v_)) return *p;
  throw_kind("array");
}
Object& Value::as_object() {
  if (Object* p = std::get_if<Object>(&v_)) return *p;
  throw_kind("object");
}

const Value* Value::find(std::string_view key) const noexcept {
  const Object* o = std::get_if<Object>(&v_);
  return o ? o->get(key) : nullptr;
}
Value* Value::find(std::string_view key) noexcept {
  Object* o = std::get_if<Object>(&v_);
  return o ? o->get(key) : nullptr;
}

const Value& Value::operator[](std::string_view key) const {
  const Object* o = std::get_if<Object>(&v_);
  if (!o)
    throw ConversionError("cannot look up field \"" + std::string(key) + "\": expected object, got " +
                          describe(*this));
  const Value* v = o->get(key);
  return v ? *v : none_ref();
}

Value& Value::operator[](std::string_view key) {
  if (is_none()) v_ = Object();
  Object* o = std::get_if<Object>(&v_);
  if (!o)
    throw ConversionError("cannot set field \"" + std::string(key) + "\": expected object, got " +
                          describe(*this));
  return (*o)[key];
}

Value& Value::element_mut(std::size_t index) {
  Array* a = std::get_if<Array>(&v_);
  if (!a)
    throw ConversionError("cannot index [" + std::to_string(index) + "]: expected array, got " +
                          describe(*this));
  if (index >= a->size())
    throw ConversionError("index " + std::to_string(index) + " is out of range for an array of " +
                          std::to_string(a->size()));
  return (*a)[index];
}

const Value& Value::element(std::size_t index) const {
  const Array* a = std::get_if<Array>(&v_);
  if (!a) {
    if (const Set* s = std::get_if<Set>(&v_)) a = &s->items();
  }
  if (!a)
    throw ConversionError("cannot index [" + std::to_string(index) + "]: expected array, got " +
                          describe(*this));
  return index < a->size() ? (*a)[index] : none_ref();
}

std::size_t Value::size() const noexcept {
  switch (kind()) {
    case Kind::Array:
      return std::get<Array>(v_).size();
    case Kind::Object:
      return std::get<Object>(v_).size();
    case Kind::Set:
      return std::get<Set>(v_).size();
    case Kind::String:
      return std::get<std::string>(v_).size();
    case Kind::Bytes:
      return std::get<Bytes>(v_).size();
    default:
      return 0;
  }
}

void Value::push_back(Value v) {
  if (is_none()) v_ = Array();
  Array* a = std::get_if<Array>(&v_);
  if (!a) throw ConversionError("cannot append: expected array, got " + describe(*this));
  a->push_back(std::move(v));
}

std::ostream& operator<<(std::ostream& os, const Value& v) { return os << v.to_surql(); }

std::string describe(const Value& v, std::size_t max_chars) {
  std::string text;
  try {
    text = v.to_surql();
  } catch (...) {
    text = "?";
  }
  if (text.size() > max_chars) {
    std::size_t cut = max_chars;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
    text = text.substr(0, cut) + "…";
  }
  if (v.is_none() || v.is_null()) return std::string(v.type_name());
  return std::string(v.type_name()) + " " + text;
}

void throw_conversion(std::string_view expected, const Value& v) {
  throw ConversionError("expected " + std::string(expected) + ", got " + describe(v));
}

const Object& expect_object(const Value& v, std::string_view type_name) {
  if (const Object* o = v.get_if<Object>()) return *o;
  if (type_name.empty()) throw_conversion("object", v);
  throw_conversion("object (" + std::string(type_name) + ")", v);
}

const Array& expect_array(const Value& v, std::string_view type_name) {
  if (const Array* a = v.get_if<Array>()) return *a;
  if (type_name.empty()) throw_conversion("array", v);
  throw_conversion("array (" + std::string(type_name) + ")", v);
}

}  // namespace surreal

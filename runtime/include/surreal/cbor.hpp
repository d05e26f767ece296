#pragma once
// CBOR with SurrealDB's tags: the wire format of the RPC protocol.
//
//   std::vector<std::uint8_t> bytes = surreal::cbor::encode(value);
//   surreal::Value v = surreal::cbor::decode(bytes);      // ProtocolError "CBOR at byte 17: …" on bad input
//
// Tags (both directions unless noted):
//   0  datetime as RFC 3339 text (decode only)           37 uuid as 16 bytes
//   6  NONE (tagged null)                                  7 table name (text)
//   8  record id: [table, key] (or "table:key" text, decode only); key = text, int, array, map, uuid or range
//   9  uuid as text (decode only)                         10 decimal as text
//  12  datetime as [seconds, nanos]                       13 duration as text (decode only)
//  14  duration as [], [seconds] or [seconds, nanos]
//  49  range [begin, end]; a bound is null (unbounded), tag 50 (included) or tag 51 (excluded) around a value
//  55  file [bucket, key]                                 56 set (array)
//  88  point [x, y]; 89 line [points]; 90 polygon [lines]; 91 multipoint; 92 multiline; 93 multipolygon;
//  94  geometry collection [geometries]
// Encoding is canonical: shortest-form heads, definite lengths, floats in the shortest of half/single/double
// that keeps the value exactly. Decoding accepts any head width, half/single/double floats, indefinite-length
// arrays, maps and strings; it rejects truncated input, lengths beyond the input, nesting deeper than
// `DecodeOptions::max_depth`, invalid UTF-8 in text, non-text map keys, unknown tags and simple values,
// trailing bytes, and integers outside the 64-bit signed range, each with the byte offset.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include <surreal/value.hpp>

namespace surreal::cbor {

struct DecodeOptions {
  /// Deepest nesting of arrays, maps and tags accepted.
  std::size_t max_depth = 512;
  /// Whether bytes may follow the first data item.
  bool allow_trailing = false;
};

/// Encodes one value.
std::vector<std::uint8_t> encode(const Value& v);
/// Appends the encoding of one value to `out`.
void encode_into(std::vector<std::uint8_t>& out, const Value& v);

/// Decodes exactly one data item. Throws ProtocolError naming the byte offset and the reason.
Value decode(std::span<const std::uint8_t> bytes, const DecodeOptions& options = {});
Value decode(std::string_view bytes, const DecodeOptions& options = {});
/// Decodes the first data item of `bytes`; `consumed` receives its length.
Value decode_prefix(std::span<const std::uint8_t> bytes, std::size_t& consumed,
                    const DecodeOptions& options = {});

/// Writes CBOR heads and values into a buffer, for building messages without building a Value first
/// (e.g. an RPC request map whose params are Values).
class Writer {
 public:
  explicit Writer(std::vector<std::uint8_t>& out) : out_(out) {}
  Writer& array(std::uint64_t n) { return head(4, n); }
  Writer& map(std::uint64_t n) { return head(5, n); }
  Writer& tag(std::uint64_t t) { return head(6, t); }
  Writer& text(std::string_view s);
  Writer& bytes(std::span<const std::uint8_t> b);
  Writer& uint(std::uint64_t u) { return head(0, u); }
  Writer& integer(std::int64_t i);
  Writer& boolean(bool b);
  Writer& null();
  Writer& value(const Value& v);
  /// A major type (0..7) and argument in the shortest form.
  Writer& head(std::uint8_t major, std::uint64_t arg);
  std::vector<std::uint8_t>& buffer() noexcept { return out_; }

 private:
  std::vector<std::uint8_t>& out_;
};

/// SurrealDB's CBOR tag numbers.
namespace tag {
inline constexpr std::uint64_t spec_datetime = 0;
inline constexpr std::uint64_t none = 6;
inline constexpr std::uint64_t table = 7;
inline constexpr std::uint64_t record_id = 8;
inline constexpr std::uint64_t string_uuid = 9;
inline constexpr std::uint64_t string_decimal = 10;
inline constexpr std::uint64_t custom_datetime = 12;
inline constexpr std::uint64_t string_duration = 13;
inline constexpr std::uint64_t custom_duration = 14;
inline constexpr std::uint64_t spec_uuid = 37;
inline constexpr std::uint64_t range = 49;
inline constexpr std::uint64_t bound_included = 50;
inline constexpr std::uint64_t bound_excluded = 51;
inline constexpr std::uint64_t file = 55;
inline constexpr std::uint64_t set = 56;
inline constexpr std::uint64_t geometry_point = 88;
inline constexpr std::uint64_t geometry_line = 89;
inline constexpr std::uint64_t geometry_polygon = 90;
inline constexpr std::uint64_t geometry_multipoint = 91;
inline constexpr std::uint64_t geometry_multiline = 92;
inline constexpr std::uint64_t geometry_multipolygon = 93;
inline constexpr std::uint64_t geometry_collection = 94;
}  // namespace tag

}  // namespace surreal::cbor

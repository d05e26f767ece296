// CBOR: every class of malformed input throws ProtocolError naming the byte offset; nothing reads out of
// bounds.
#include <doctest/doctest.h>

#include <surreal/cbor.hpp>

using namespace surreal;

namespace {
std::vector<std::uint8_t> unhex(std::string_view h) {
  std::vector<std::uint8_t> out;
  for (std::size_t i = 0; i + 1 < h.size(); i += 2)
    out.push_back(static_cast<std::uint8_t>(std::stoi(std::string(h.substr(i, 2)), nullptr, 16)));
  return out;
}
/// The ProtocolError message for `h`, or "" when decoding succeeded.
std::string error_of(std::string_view h) {
  auto bytes = unhex(h);
  try {
    (void)cbor::decode(bytes);
  } catch (const ProtocolError& e) {
    return e.what();
  }
  return "";
}
void check_error(std::string_view h, std::string_view expected_prefix) {
  std::string msg = error_of(h);
  CHECK_MESSAGE(msg.rfind(expected_prefix, 0) == 0, "input " << h << " gave: " << msg);
}
}  // namespace

TEST_CASE("truncated input") {
  check_error("", "CBOR at byte 0: empty input");
  check_error("19", "CBOR at byte 0: unexpected end of input");
  check_error("1903", "CBOR at byte 0: unexpected end of input");
  check_error("1b00000000", "CBOR at byte 0: unexpected end of input");
  check_error("636162", "CBOR at byte 0: length 3 exceeds the input");
  check_error("8201", "CBOR at byte 0: length 2 exceeds the input");
  check_error("9f", "CBOR at byte 1: unexpected end of input (missing break)");
  check_error("820161", "CBOR at byte 2: length 1 exceeds the input");
  check_error("a16161", "CBOR at byte 3: unexpected end of input");
  check_error("9f01", "CBOR at byte 2: unexpected end of input (missing break)");
  check_error("c8", "CBOR at byte 1: unexpected end of input");
  check_error("fb3ff1", "CBOR at byte 0: unexpected end of input");
  // Every prefix of a valid encoding fails cleanly.
  auto full = cbor::encode(Value(Object{{"id", RecordId{"user", Array{1, "x"}}},
                                        {"t", Datetime(1, 2)},
                                        {"g", GeometryPoint{1, 2}},
                                        {"r", Range::half_open(1, 2)}}));
  for (std::size_t n = 0; n < full.size(); ++n)
    CHECK_THROWS_AS(cbor::decode(std::span<const std::uint8_t>(full.data(), n)), ProtocolError);
}

TEST_CASE("lengths beyond the input are rejected before allocating") {
  check_error("5bffffffffffffffff", "CBOR at byte 0: length 18446744073709551615 exceeds the input");
  check_error("7bffffffffffffffff", "CBOR at byte 0: length");
  check_error("9bffffffffffffffff", "CBOR at byte 0: length");
  check_error("bbffffffffffffffff", "CBOR at byte 0: length");
  check_error("9a7fffffff00", "CBOR at byte 0: length 2147483647 exceeds the input");
  check_error("d8389bffffffffffffffff", "CBOR at byte 2: length");
}

TEST_CASE("nesting is capped") {
  std::vector<std::uint8_t> deep(100000, 0x81);
  deep.push_back(0x00);
  CHECK_THROWS_WITH_AS(cbor::decode(deep), "CBOR at byte 512: nesting deeper than 512", ProtocolError);
  std::vector<std::uint8_t> tags;
  for (int i = 0; i < 5000; ++i) tags.insert(tags.end(), {0xd8, 0x38, 0x81});
  CHECK_THROWS_AS(cbor::decode(tags), ProtocolError);
  cbor::DecodeOptions o;
  o.max_depth = 3;
  CHECK_NOTHROW(cbor::decode(unhex("81818100"), o));
  CHECK_THROWS_WITH_AS(cbor::decode(unhex("8181818100"), o), "CBOR at byte 3: nesting deeper than 3",
                       ProtocolError);
}

TEST_CASE("invalid UTF-8 in text") {
  check_error("62c328", "CBOR at byte 1: invalid UTF-8");
  check_error("62c080", "CBOR at byte 1: invalid UTF-8");      // overlong
  check_error("63eda080", "CBOR at byte 1: invalid UTF-8");    // surrogate
  check_error("64f4908080", "CBOR at byte 1: invalid UTF-8");  // above U+10FFFF
  check_error("6161ff", "CBOR at byte 2: trailing bytes");
  check_error("6380e282", "CBOR at byte 1: invalid UTF-8");
  check_error("a162c3280a", "CBOR at byte 2: invalid UTF-8");  // in a key
  check_error(
      "7f6161"
      "4161"
      "ff",
      "CBOR at byte 3: a chunk of an indefinite text string");
}

TEST_CASE("structural errors") {
  check_error("1c", "CBOR at byte 0: reserved additional information 28");
  check_error("ff", "CBOR at byte 0: unexpected break");
  check_error("1f", "CBOR at byte 0: indefinite length is not allowed here");
  check_error("df00", "CBOR at byte 0: indefinite length is not allowed here");
  check_error("a10102", "CBOR at byte 1: an object key must be a text string");
  check_error("0000", "CBOR at byte 1: trailing bytes after the value");
  check_error("1bffffffffffffffff", "CBOR at byte 0: integer above the 64-bit signed range");
  check_error("3b8000000000000000", "CBOR at byte 0: integer below the 64-bit signed range");
  check_error("e0", "CBOR at byte 0: unsupported simple value 0");
  check_error("f820", "CBOR at byte 0: unsupported simple value 32");
}

TEST_CASE("unknown tags and malformed tag contents") {
  check_error("d86300", "CBOR at byte 0: unknown tag 99");
  check_error("c100", "CBOR at byte 0: unknown tag 1");
  check_error("c7f6", "CBOR at byte 1: a tag 7 table name must be a text string");
  check_error("c88161", "CBOR at byte 1: a record id (tag 8) must be text or an array of [table, key]");
  check_error("c8820161", "CBOR at byte 2: a record id's table must be a text string");
  check_error(
      "c88261"
      "74f5",
      "CBOR at byte 4: a record id key must be a text, integer, array, map, uuid or range");
  check_error(
      "c8"
      "63"
      "7573"
      "72",
      "CBOR at byte 0:");  // "usr": no colon
  check_error("d8254f000102030405060708090a0b0c0d0e", "CBOR at byte 2: a tag 37 uuid must be 16 bytes");
  check_error("c96378797a", "CBOR at byte 0: invalid uuid");
  check_error("ca63312e2e", "CBOR at byte 0: invalid decimal text");
  check_error("cc821a6553f1001a3b9aca00", "CBOR at byte 0: datetime nanoseconds out of range");
  check_error("cc830102", "CBOR at byte 1: a tag 12 datetime must be an array");
  check_error("cc82f600", "CBOR at byte 2: datetime seconds must be an integer");
  check_error("ce8120", "CBOR at byte 2: duration seconds must be an unsigned integer");
  check_error("cd6378797a", "CBOR at byte 0: invalid duration");
  check_error("c06378797a", "CBOR at byte 0: invalid datetime");
  check_error("d8318101", "CBOR at byte 2: a range (tag 49) must be an array of 2 bounds");
  check_error("d8318201f6", "CBOR at byte 3: a range bound must be null");
  check_error("d8378161", "CBOR at byte 2: a file (tag 55) must be an array of [bucket, key]");
  check_error("d83801", "CBOR at byte 2: a set (tag 56) must be an array");
  check_error("d8588101", "CBOR at byte 2: a geometry point must be an array of 2 numbers");
  check_error("d858826161", "CBOR at byte 3: a point coordinate must be a number");
  check_error("d8598101", "CBOR at byte 3: expected a geometry point (tag 88)");
  check_error("d85a80", "CBOR at byte 2: a geometry polygon must be a non-empty array of lines");
  check_error("d85e8101", "CBOR at byte 3: a geometry collection may only hold geometries");
}

TEST_CASE("errors inside values being built in place") {
  // The decoder fills arrays, maps and record ids in their final slots; a failure half-way must still throw
  // (the partial value is released by its owner; the fuzz target checks there are no leaks).
  check_error("82a1616101a16162", "CBOR at byte 8: unexpected end of input");
  check_error("81a26161016162", "CBOR at byte 7: unexpected end of input");
  check_error("a161618261", "CBOR at byte 3: length 2 exceeds the input");
  check_error("a162c328", "CBOR at byte 2: invalid UTF-8 in a text string");
  check_error("c88262c32801", "CBOR at byte 3: invalid UTF-8 in a text string");
  check_error("c882617482", "CBOR at byte 4: length 2 exceeds the input");
  check_error("c8826174a26174016175", "CBOR at byte 10: unexpected end of input");
  check_error("81c8826174f6",
              "CBOR at byte 5: a record id key must be a text, integer, array, map, uuid or range");
  check_error("c882617481c8826175f5", "CBOR at byte 9: a record id key must be a text, integer, array, map");
}

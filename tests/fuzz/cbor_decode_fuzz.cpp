// libFuzzer target for surreal::cbor::decode. Any input must either decode or throw ProtocolError; a decoded
// value must re-encode to bytes that decode to an equal value, and rendering it as JSON / SurrealQL must not
// fail. Built with -fsanitize=fuzzer,address,undefined under clang (SURREALPP_FUZZ=ON, scripts/fuzz.sh), and
// with address,undefined plus a replay/mutation driver (smoke_driver.cpp) as the ctest test fuzz_cbor_smoke.
#include <surreal/cbor.hpp>
#include <surreal/json.hpp>

#include <cstdio>
#include <cstdlib>

namespace {
[[noreturn]] void fail(const char* what, const std::uint8_t* data, std::size_t size) {
  std::fprintf(stderr, "%s\ninput (%zu bytes):", what, size);
  for (std::size_t i = 0; i < size; ++i) std::fprintf(stderr, " %02x", data[i]);
  std::fprintf(stderr, "\n");
  std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  surreal::Value v;
  try {
    v = surreal::cbor::decode(std::span<const std::uint8_t>(data, size));
  } catch (const surreal::ProtocolError&) {
    return 0;
  }
  std::vector<std::uint8_t> again = surreal::cbor::encode(v);
  surreal::Value back;
  try {
    back = surreal::cbor::decode(again);
  } catch (const surreal::ProtocolError& e) {
    std::fprintf(stderr, "%s\n", e.what());
    fail("re-encoded value does not decode", data, size);
  }
  if (!(back == v)) fail("CBOR round trip changed the value", data, size);
  if (surreal::cbor::encode(back) != again) fail("encoding is not stable", data, size);
  (void)v.to_json();
  std::string text = v.to_surql();
  try {
    (void)surreal::from_surql(text);
  } catch (const surreal::ConversionError&) {
    // Not every value's text is readable by the literal parser (e.g. nesting beyond its depth cap).
  }
  return 0;
}

#pragma once
// JSON text <-> surreal::Value. Value::to_json() documents how SurrealDB-only values map to JSON (value.hpp).
#include <string_view>

#include <surreal/value.hpp>

namespace surreal {

/// Parses JSON text: null -> NULL, true/false, integers that fit in int64 -> int, other numbers -> float,
/// strings, arrays, objects (duplicate keys: the last wins). Throws ConversionError with the offset on
/// malformed JSON.
Value from_json(std::string_view text);

}  // namespace surreal

#pragma once
// In-place construction for decoders (private to the runtime). Decoding a 100,000-record answer builds about
// a million values; building record ids and objects in their final place, instead of building parts and
// moving them in, saves a variant move and destroy per part.
#include <string_view>
#include <utility>

#include <surreal/value.hpp>

namespace surreal::detail {

struct ValueBuilder {
  /// The kinds a record id key may have: string, int, array, object, uuid, range.
  static bool is_record_id_key_kind(Kind kind) noexcept {
    switch (kind) {
      case Kind::String:
      case Kind::Int:
      case Kind::Array:
      case Kind::Object:
      case Kind::Uuid:
      case Kind::Range:
        return true;
      default:
        return false;
    }
  }

  /// Makes `id` a record id of `table` with a NONE key and returns that key, to be decoded in place. The
  /// caller must give the key a record-id key kind (string, int, array, object, uuid, range) or discard `id`.
  static Value& record_id_key(RecordId& id, std::string_view table);

  /// Gives `o` entries the caller has checked to be in strictly increasing key order (no sort, no dedupe).
  static void adopt_sorted(Object& o, Object::container&& entries) noexcept {
    o.entries_ = std::move(entries);
  }
};

}  // namespace surreal::detail

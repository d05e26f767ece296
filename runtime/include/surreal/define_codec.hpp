#pragma once
// One line instead of a hand-written surreal::Codec for a plain struct, like nlohmann::json's
// NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE:
//
//   namespace app {
//   struct Address { std::string city; std::optional<std::string> zip; };
//   struct User {
//     surreal::RecordId id;
//     std::string name;
//     std::optional<std::int64_t> age;
//     Address address;
//   };
//   }  // namespace app
//   SURREAL_DEFINE_CODEC(app::Address, city, zip)                // at global scope, after the struct
//   SURREAL_DEFINE_CODEC(app::User, id, name, age, address)
//
// Each member becomes the object field of the same name (up to 64 members; every member type needs a Codec).
// Encoding leaves out members that encode to NONE (an empty std::optional) and a record id whose table is
// empty (not yet assigned: the server gives one on create), also inside a surreal::Link. Decoding is strict:
// a member that is absent or NONE must accept NONE (std::optional, surreal::Value), otherwise it fails with a
// ConversionError that names the field, e.g. "address.city: expected string, got none".
//
// SURREAL_DEFINE_CODEC_WITH_DEFAULT(Type, members...) decodes leniently instead: an absent or NONE field
// keeps the value the member has in a default-constructed Type (fields the server may leave out, such as
// those with a DEFAULT). Both need Type to be default-constructible.
#include <surreal/codec.hpp>
#include <surreal/value.hpp>

#include <string>
#include <string_view>
#include <utility>

namespace surreal::detail {

/// Encodes one member for SURREAL_DEFINE_CODEC: as encode_field, and an unassigned record id (or a Link to
/// one) is left out rather than sent with an empty table.
template <class T>
void encode_member(Object& object, std::string_view key, const T& member) {
  Value value = to_value(member);
  if (value.is_none() || (value.is_record_id() && value.as_record_id().table().empty())) return;
  object.insert_or_assign(std::string(key), std::move(value));
}

}  // namespace surreal::detail

// SURREAL_DETAIL_FOR_EACH(F, a, b, c) expands to F(a) F(b) F(c); up to 64 arguments.
#define SURREAL_DETAIL_EXPAND(x) x
#define SURREAL_DETAIL_PICK(_1, _2, _3, _4, _5, _6, _7, _8, _9, _10, _11, _12, _13, _14, _15, _16, _17, _18, \
                            _19, _20, _21, _22, _23, _24, _25, _26, _27, _28, _29, _30, _31, _32, _33, _34,  \
                            _35, _36, _37, _38, _39, _40, _41, _42, _43, _44, _45, _46, _47, _48, _49, _50,  \
                            _51, _52, _53, _54, _55, _56, _57, _58, _59, _60, _61, _62, _63, _64, NAME, ...) \
  NAME
#define SURREAL_DETAIL_FE_1(F, x) F(x)
#define SURREAL_DETAIL_FE_2(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_1(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_3(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_2(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_4(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_3(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_5(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_4(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_6(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_5(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_7(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_6(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_8(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_7(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_9(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_8(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_10(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_9(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_11(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_10(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_12(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_11(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_13(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_12(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_14(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_13(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_15(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_14(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_16(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_15(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_17(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_16(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_18(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_17(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_19(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_18(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_20(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_19(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_21(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_20(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_22(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_21(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_23(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_22(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_24(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_23(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_25(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_24(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_26(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_25(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_27(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_26(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_28(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_27(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_29(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_28(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_30(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_29(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_31(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_30(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_32(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_31(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_33(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_32(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_34(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_33(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_35(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_34(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_36(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_35(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_37(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_36(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_38(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_37(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_39(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_38(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_40(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_39(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_41(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_40(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_42(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_41(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_43(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_42(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_44(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_43(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_45(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_44(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_46(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_45(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_47(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_46(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_48(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_47(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_49(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_48(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_50(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_49(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_51(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_50(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_52(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_51(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_53(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_52(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_54(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_53(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_55(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_54(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_56(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_55(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_57(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_56(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_58(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_57(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_59(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_58(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_60(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_59(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_61(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_60(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_62(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_61(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_63(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_62(F, __VA_ARGS__))
#define SURREAL_DETAIL_FE_64(F, x, ...) F(x) SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_FE_63(F, __VA_ARGS__))
#define SURREAL_DETAIL_FOR_EACH(F, ...)                                                                    \
  SURREAL_DETAIL_EXPAND(SURREAL_DETAIL_PICK(                                                               \
      __VA_ARGS__, SURREAL_DETAIL_FE_64, SURREAL_DETAIL_FE_63, SURREAL_DETAIL_FE_62, SURREAL_DETAIL_FE_61, \
      SURREAL_DETAIL_FE_60, SURREAL_DETAIL_FE_59, SURREAL_DETAIL_FE_58, SURREAL_DETAIL_FE_57,              \
      SURREAL_DETAIL_FE_56, SURREAL_DETAIL_FE_55, SURREAL_DETAIL_FE_54, SURREAL_DETAIL_FE_53,              \
      SURREAL_DETAIL_FE_52, SURREAL_DETAIL_FE_51, SURREAL_DETAIL_FE_50, SURREAL_DETAIL_FE_49,              \
      SURREAL_DETAIL_FE_48, SURREAL_DETAIL_FE_47, SURREAL_DETAIL_FE_46, SURREAL_DETAIL_FE_45,              \
      SURREAL_DETAIL_FE_44, SURREAL_DETAIL_FE_43, SURREAL_DETAIL_FE_42, SURREAL_DETAIL_FE_41,              \
      SURREAL_DETAIL_FE_40, SURREAL_DETAIL_FE_39, SURREAL_DETAIL_FE_38, SURREAL_DETAIL_FE_37,              \
      SURREAL_DETAIL_FE_36, SURREAL_DETAIL_FE_35, SURREAL_DETAIL_FE_34, SURREAL_DETAIL_FE_33,              \
      SURREAL_DETAIL_FE_32, SURREAL_DETAIL_FE_31, SURREAL_DETAIL_FE_30, SURREAL_DETAIL_FE_29,              \
      SURREAL_DETAIL_FE_28, SURREAL_DETAIL_FE_27, SURREAL_DETAIL_FE_26, SURREAL_DETAIL_FE_25,              \
      SURREAL_DETAIL_FE_24, SURREAL_DETAIL_FE_23, SURREAL_DETAIL_FE_22, SURREAL_DETAIL_FE_21,              \
      SURREAL_DETAIL_FE_20, SURREAL_DETAIL_FE_19, SURREAL_DETAIL_FE_18, SURREAL_DETAIL_FE_17,              \
      SURREAL_DETAIL_FE_16, SURREAL_DETAIL_FE_15, SURREAL_DETAIL_FE_14, SURREAL_DETAIL_FE_13,              \
      SURREAL_DETAIL_FE_12, SURREAL_DETAIL_FE_11, SURREAL_DETAIL_FE_10, SURREAL_DETAIL_FE_9,               \
      SURREAL_DETAIL_FE_8, SURREAL_DETAIL_FE_7, SURREAL_DETAIL_FE_6, SURREAL_DETAIL_FE_5,                  \
      SURREAL_DETAIL_FE_4, SURREAL_DETAIL_FE_3, SURREAL_DETAIL_FE_2, SURREAL_DETAIL_FE_1)(F, __VA_ARGS__))

#define SURREAL_DETAIL_ENCODE_MEMBER(member) ::surreal::detail::encode_member(object, #member, self.member);
#define SURREAL_DETAIL_DECODE_MEMBER(member) ::surreal::decode_field(object, #member, self.member);
#define SURREAL_DETAIL_DECODE_MEMBER_OR_KEEP(member) \
  ::surreal::decode_field_or_keep(object, #member, self.member);

#define SURREAL_DETAIL_DEFINE_CODEC(Type, DECODE, ...)                          \
  template <>                                                                   \
  struct surreal::Codec<Type> {                                                 \
    static ::surreal::Value encode(const Type& self) {                          \
      ::surreal::Object object;                                                 \
      SURREAL_DETAIL_FOR_EACH(SURREAL_DETAIL_ENCODE_MEMBER, __VA_ARGS__)        \
      return ::surreal::Value(std::move(object));                               \
    }                                                                           \
    static Type decode(const ::surreal::Value& value) {                         \
      const ::surreal::Object& object = ::surreal::expect_object(value, #Type); \
      Type self{};                                                              \
      SURREAL_DETAIL_FOR_EACH(DECODE, __VA_ARGS__)                              \
      return self;                                                              \
    }                                                                           \
  };

/// A Codec for `Type` from its members (see above): strict decoding.
#define SURREAL_DEFINE_CODEC(Type, ...) \
  SURREAL_DETAIL_DEFINE_CODEC(Type, SURREAL_DETAIL_DECODE_MEMBER, __VA_ARGS__)
/// A Codec for `Type` from its members (see above): absent fields keep their default.
#define SURREAL_DEFINE_CODEC_WITH_DEFAULT(Type, ...) \
  SURREAL_DETAIL_DEFINE_CODEC(Type, SURREAL_DETAIL_DECODE_MEMBER_OR_KEEP, __VA_ARGS__)

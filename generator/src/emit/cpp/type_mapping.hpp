// DESIGN.md's type mapping for the field kinds that map on their own (no nested struct, enum or link to
// decide): string -> std::string, int -> std::int64_t, float -> double, number/decimal -> surreal::Decimal
// (or double), bool, datetime, duration, uuid, bytes, geometry<point> -> surreal::GeometryPoint, any ->
// surreal::Value, …. Composite kinds (option, array, set, object, literal unions, record links) are mapped by
// model_plan.cpp, which owns the nested structs and enums they create, using the helpers below.
#pragma once

#include <optional>
#include <string>

#include "emit/cpp/model_plan.hpp"
#include "surrealpp/schema/ir.hpp"

namespace surrealpp::emit::cpp {

struct LeafType {
  std::string type;  // the C++ spelling
  ColumnKind kind = ColumnKind::Any;
  ColumnKind element = ColumnKind::Any;  // for arrays
};

// The C++ type of a kind that needs no context; nullopt for Option, Either, Array, Set, Object,
// LiteralObject, Record and Literal.
std::optional<LeafType> map_leaf_type(const schema::Type& type, bool decimal_as_double);

// `none` or `null`: the alternatives that make an either-type optional (3.x prints option<T> as `none | T`).
bool is_nullish(const schema::Type& type);

// A string literal type (`"a"`, `'a'`) and its value.
bool is_string_literal(const schema::Type& type);
std::string string_literal_value(const schema::Type& type);

}  // namespace surrealpp::emit::cpp

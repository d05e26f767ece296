#include "diff/type_change.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "render/type_text.hpp"

namespace surrealpp::schema::diff {
namespace {

using Kind = Type::Kind;

bool type_accepts_none(const Type& type) {
  switch (type.kind) {
    case Kind::Any:
    case Kind::None:
    case Kind::Option:
      return true;
    case Kind::Either:
      return std::any_of(type.parameters.begin(), type.parameters.end(), type_accepts_none);
    default:
      return false;
  }
}

// The type without its optionality: option<T> → T, none | T → T, none | T | U → T | U.
Type required_core(const Type& type) {
  if (type.kind == Kind::Option && !type.parameters.empty()) return required_core(type.parameters.front());
  if (type.kind == Kind::Either) {
    Type rest = type;
    rest.parameters.clear();
    for (const Type& alternative : type.parameters)
      if (alternative.kind != Kind::None) rest.parameters.push_back(alternative);
    if (rest.parameters.size() == 1) return required_core(rest.parameters.front());
    return rest;
  }
  return type;
}

bool is_numeric(Kind kind) {
  return kind == Kind::Int || kind == Kind::Float || kind == Kind::Decimal || kind == Kind::Number;
}

// Kinds SurrealDB can cast a scalar value to with `<kind> value`.
std::optional<std::string> cast_keyword(Kind kind) {
  switch (kind) {
    case Kind::String:
      return "string";
    case Kind::Int:
      return "int";
    case Kind::Float:
      return "float";
    case Kind::Decimal:
      return "decimal";
    case Kind::Number:
      return "number";
    case Kind::Bool:
      return "bool";
    case Kind::Datetime:
      return "datetime";
    case Kind::Duration:
      return "duration";
    case Kind::Uuid:
      return "uuid";
    default:
      return std::nullopt;
  }
}

bool is_scalar(Kind kind) { return cast_keyword(kind).has_value(); }

// Safety of casting a stored `from` value to `to`, both scalar kinds.
TypeChange scalar_cast(Kind from, Kind to, const std::string& from_text, const std::string& to_text) {
  TypeChange change;
  change.cast = "<" + *cast_keyword(to) + ">";
  if (to == Kind::String) return change;  // every scalar has a string form
  if (is_numeric(from) && is_numeric(to)) {
    bool widening =
        (from == Kind::Int) || (to == Kind::Number) || (from == Kind::Float && to == Kind::Decimal);
    if (widening) return change;
    change.safety = Safety::DataLoss;
    change.note = fmt::format("converting {} to {} loses precision of stored values", from_text, to_text);
    return change;
  }
  change.safety = Safety::Unsafe;
  change.note = fmt::format(
      "casting stored {} values to {} fails for values that do not convert, which rolls the "
      "migration back; check the data first",
      from_text, to_text);
  return change;
}

}  // namespace

bool accepts_none(const std::optional<Type>& type) { return !type || type_accepts_none(*type); }

TypeChange plan_type_change(const std::optional<Type>& from, const std::optional<Type>& to, Syntax syntax) {
  TypeChange change;
  change.casts_optional_values = accepts_none(from);
  if (!accepts_none(to) && accepts_none(from)) change.needs_value = true;
  if (!to || to->kind == Kind::Any) return change;  // every stored value is still acceptable

  Type to_core = required_core(*to);
  std::string to_text = render::render_type(to_core, syntax);
  if (!from || from->kind == Kind::Any) {
    if (auto keyword = cast_keyword(to_core.kind)) {
      change.cast = "<" + *keyword + ">";
      change.safety = Safety::Unsafe;
      change.note = fmt::format(
          "stored values of any type are cast to {}; values that do not convert fail the "
          "migration",
          to_text);
    } else {
      change.safety = Safety::Unsafe;
      change.note = fmt::format("stored values of any type may not be {}; convert them by hand", to_text);
    }
    return change;
  }

  Type from_core = required_core(*from);
  std::string from_text = render::render_type(from_core, syntax);
  if (from_text == to_text) return change;  // only the optionality changed
  if (to_core.kind == Kind::Either) {
    bool widened = std::any_of(
        to_core.parameters.begin(), to_core.parameters.end(),
        [&](const Type& alternative) { return render::render_type(alternative, syntax) == from_text; });
    if (widened) return change;  // `int` → `int | string`: every stored value is still valid
  }
  if (is_scalar(from_core.kind) && is_scalar(to_core.kind)) {
    TypeChange cast = scalar_cast(from_core.kind, to_core.kind, from_text, to_text);
    cast.casts_optional_values = change.casts_optional_values;
    cast.needs_value = change.needs_value;
    return cast;
  }
  change.safety = Safety::Unsafe;
  change.note = fmt::format(
      "stored {} values are not converted to {} automatically (SurrealDB does not recheck "
      "them either); convert them in this migration by hand",
      from_text, to_text);
  return change;
}

}  // namespace surrealpp::schema::diff

// What changing a field's type means for the values already stored: SurrealDB does not recheck rows when a
// field's type changes, so a migration converts them itself where a cast can, and says so where it cannot.
#pragma once

#include <optional>
#include <string>

#include "diff/operation.hpp"
#include "surrealpp/schema/ir.hpp"
#include "surrealpp/schema/parse.hpp"

namespace surrealpp::schema::diff {

// True when the field accepts NONE, i.e. existing rows may lack it: no type, `any`, `option<T>`, `none | T`.
bool accepts_none(const std::optional<Type>& type);

struct TypeChange {
  Safety safety = Safety::Safe;
  std::optional<std::string> cast;     // the SurrealQL cast to apply to stored values, e.g. "<string>"
  bool casts_optional_values = false;  // the old type allowed NONE: convert only rows that have a value
  bool needs_value = false;            // the field became required: rows without a value need the DEFAULT
  std::string note;                    // why it is not SAFE, for the reviewer
};

// How stored values of a field typed `from` become values of type `to`.
TypeChange plan_type_change(const std::optional<Type>& from, const std::optional<Type>& to, Syntax syntax);

}  // namespace surrealpp::schema::diff

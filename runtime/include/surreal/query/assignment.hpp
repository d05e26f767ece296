#pragma once
// One SET clause of an UPDATE / UPSERT: `app::user.age = 40`, `app::user.score += 5`, `app::user.tags -=
// "old"`. Column assignment operators are const and return one of these instead of changing the descriptor.
#include <string_view>
#include <utility>

#include <surreal/query/surql.hpp>
#include <surreal/value.hpp>

namespace surreal {

namespace query_detail {
/// `path op $p` (update_spec.cpp).
void write_assignment(SurqlWriter& out, std::string_view path, std::string_view op, const Value& value);
}  // namespace query_detail

template <class Table>
struct Assignment {
  std::string_view path;
  std::string_view op;  // "=", "+=", "-="
  Value value;

  void write(SurqlWriter& out) const { query_detail::write_assignment(out, path, op, value); }
};

}  // namespace surreal

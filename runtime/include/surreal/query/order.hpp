#pragma once
// One ORDER BY term: `app::user.name.desc()`, `app::user.name.asc().collate()`,
// `app::user.code.asc().numeric()`.
#include <string_view>

#include <surreal/query/surql.hpp>

namespace surreal {

namespace query_detail {
/// `path [COLLATE] [NUMERIC] ASC|DESC` (select_spec.cpp: one definition for every table's terms).
void write_order_term(SurqlWriter& out, std::string_view path, bool descending, bool collate, bool numeric);
}  // namespace query_detail

template <class Table>
struct OrderTerm {
  std::string_view path;
  bool descending = false;
  bool collate = false;  // COLLATE: Unicode collation order for strings
  bool numeric = false;  // NUMERIC: numbers inside strings sort by value ("item2" before "item10")

  constexpr OrderTerm with_collate() const noexcept {
    OrderTerm t = *this;
    t.collate = true;
    return t;
  }
  constexpr OrderTerm with_numeric() const noexcept {
    OrderTerm t = *this;
    t.numeric = true;
    return t;
  }
  void write(SurqlWriter& out) const {
    query_detail::write_order_term(out, path, descending, collate, numeric);
  }
};

}  // namespace surreal

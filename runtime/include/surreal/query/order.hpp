#pragma once
// One ORDER BY term: `app::user.name.desc()`, `app::user.name.asc().collate()`,
// `app::user.code.asc().numeric()`.
#include <string_view>

#include <surreal/query/surql.hpp>

namespace surreal {

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
    out.field(path);
    if (collate) out.append(" COLLATE");
    if (numeric) out.append(" NUMERIC");
    out.append(descending ? " DESC" : " ASC");
  }
};

}  // namespace surreal

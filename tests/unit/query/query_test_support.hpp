#pragma once
// Helpers for the query builder's unit tests.
#include <string>

#include <surreal/query.hpp>

#include "app_model.hpp"

namespace query_test {

/// The bound variables as SurrealQL text, e.g. "{ p0: 18, p1: 'A' }": one string shows names, kinds and
/// values.
inline std::string vars(const surreal::SurrealQL& q) { return surreal::Value(q.vars).to_surql(); }

template <class Table>
inline std::string text(const surreal::Condition<Table>& c) {
  return c.to_surql().text;
}
template <class Table>
inline std::string vars(const surreal::Condition<Table>& c) {
  return vars(c.to_surql());
}

}  // namespace query_test

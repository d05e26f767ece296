// The mustache data the generators build for the templates, and how to build it without copies: kainjow's
// basic_data takes lists, objects and list items by const reference only and copies them deeply, and a
// 1,000-table schema makes hundreds of thousands of entries (copying them was a third of generation time).
// Build a list with list() and append(), an object with `data["key"] = std::move(value)` (its move
// assignment does not copy).
#pragma once

#include <kainjow/mustache.hpp>
#include <utility>

namespace surrealpp::emit::cpp {

using Data = kainjow::mustache::data;
using DataList = kainjow::mustache::list;
using DataObject = kainjow::mustache::object;

// mustache sections take booleans as data.
inline Data flag(bool value) { return value ? Data(Data::type::bool_true) : Data(Data::type::bool_false); }

// An empty list, to append() to.
inline Data list() { return Data(Data::type::list); }

// Moves `item` to the end of `list` (a list(), else nothing happens, as kainjow's push_back). kainjow only
// has a copying push_back: push a placeholder that owns nothing, then move the item into it (the list's
// elements are not const objects, so writing through list_value() is well defined).
inline void append(Data& list, Data item) {
  if (!list.is_list()) return;
  list.push_back(flag(false));
  const_cast<Data&>(list.list_value().back()) = std::move(item);
}

}  // namespace surrealpp::emit::cpp

// The mustache data the generators build for the templates, and how to build it without copies: kainjow's
// basic_data takes lists, objects and list items by const reference only and copies them deeply, and a
// 1,000-table schema makes hundreds of thousands of entries (copying them cost more than rendering them).
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
// has a copying push_back, and its list is a std::vector of basic_data, whose move constructor is not
// noexcept: the vector would copy every element deeply each time it grows. So the vector is grown here,
// moving the elements (a list's elements are not const objects: writing through list_value() is well
// defined).
inline void append(Data& list, Data item) {
  if (!list.is_list()) return;
  auto& items = const_cast<DataList&>(list.list_value());
  if (items.size() == items.capacity()) {
    DataList bigger;
    bigger.reserve(items.empty() ? 4 : items.size() * 2);
    for (auto& existing : items) bigger.emplace_back(std::move(existing));
    items.swap(bigger);
  }
  items.emplace_back(std::move(item));
}

}  // namespace surrealpp::emit::cpp

// The fields of one table as a tree: `DEFINE FIELD address.city` puts `city` under `address`, `tags[*]` /
// `tags.*` is the element of `tags`. Nested structs and array element types are read off this tree.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "surrealpp/schema/ir.hpp"

namespace surrealpp::emit::cpp {

// The element marker in a split idiom (`tags[*]` -> {"tags", "*"}).
inline constexpr std::string_view kElementSegment = "*";

// Splits a field idiom into keys: `address.city` -> {address, city}; `` `first name`.x `` -> {first name, x};
// `tags[*]` and `tags.*` -> {tags, *}. Other index forms (`[0]`, `[$]`) are not field definitions and yield
// {}.
std::vector<std::string> split_field_idiom(std::string_view idiom);

struct FieldNode {
  std::string key;
  const schema::FieldDefinition* definition = nullptr;
  std::vector<std::unique_ptr<FieldNode>>
      children;                        // in the order the schema first names them, until sort_by_key
  std::unique_ptr<FieldNode> element;  // the `[*]` node

  FieldNode* child(const std::string& key);  // nullptr when absent
  FieldNode& child_or_add(const std::string& key);
  FieldNode& element_or_add();
  bool empty() const { return children.empty() && !element; }
};

// Adds a definition at its idiom (a later definition of the same idiom replaces the earlier one;
// `keep_existing` keeps it instead, for IF NOT EXISTS). Returns false when the idiom is not a field path.
bool add_field(FieldNode& root, const schema::FieldDefinition& field, bool keep_existing);

// Orders the children of every node by key (the generator's member order; see collect_tables).
void sort_by_key(FieldNode& root);

// Removes the node of an idiom and everything under it (REMOVE FIELD).
void remove_field(FieldNode& root, std::string_view idiom);

}  // namespace surrealpp::emit::cpp

#include "emit/cpp/field_tree.hpp"

#include <algorithm>

namespace surrealpp::emit::cpp {

std::vector<std::string> split_field_idiom(std::string_view idiom) {
  std::vector<std::string> keys;
  std::string key;
  bool have_key = false;
  auto flush = [&] {
    if (have_key) keys.push_back(key);
    key.clear();
    have_key = false;
  };
  for (std::size_t i = 0; i < idiom.size(); ++i) {
    char c = idiom[i];
    if (c == '`') {  // `escaped key`, backslash escapes inside
      for (++i; i < idiom.size() && idiom[i] != '`'; ++i) {
        if (idiom[i] == '\\' && i + 1 < idiom.size()) ++i;
        key += idiom[i];
      }
      have_key = true;
    } else if (idiom.compare(i, 3, "\u27e8") == 0) {  // ⟨escaped key⟩
      for (i += 3; i < idiom.size() && idiom.compare(i, 3, "\u27e9") != 0; ++i) key += idiom[i];
      i += 2;
      have_key = true;
    } else if (c == '.') {
      flush();
    } else if (c == '[') {
      flush();
      auto close = idiom.find(']', i);
      if (close == std::string_view::npos || idiom.substr(i, close - i + 1) != "[*]") return {};
      keys.emplace_back(kElementSegment);
      i = close;
    } else if (c == '*') {
      flush();
      keys.emplace_back(kElementSegment);
    } else if (c != ' ') {
      key += c;
      have_key = true;
    }
  }
  flush();
  return keys;
}

FieldNode* FieldNode::child(const std::string& wanted) {
  auto it = std::find_if(children.begin(), children.end(), [&](const auto& c) { return c->key == wanted; });
  return it == children.end() ? nullptr : it->get();
}

FieldNode& FieldNode::child_or_add(const std::string& wanted) {
  if (FieldNode* existing = child(wanted)) return *existing;
  children.push_back(std::make_unique<FieldNode>());
  children.back()->key = wanted;
  return *children.back();
}

FieldNode& FieldNode::element_or_add() {
  if (!element) {
    element = std::make_unique<FieldNode>();
    element->key = std::string(kElementSegment);
  }
  return *element;
}

bool add_field(FieldNode& root, const schema::FieldDefinition& field, bool keep_existing) {
  auto keys = split_field_idiom(field.name.text.empty() ? field.name.value : field.name.text);
  if (keys.empty()) return false;
  FieldNode* node = &root;
  for (const auto& key : keys)
    node = key == kElementSegment ? &node->element_or_add() : &node->child_or_add(key);
  if (!node->definition || !keep_existing) node->definition = &field;
  return true;
}

void remove_field(FieldNode& root, std::string_view idiom) {
  auto keys = split_field_idiom(idiom);
  if (keys.empty()) return;
  FieldNode* parent = &root;
  for (std::size_t i = 0; i + 1 < keys.size(); ++i) {
    parent = keys[i] == kElementSegment ? parent->element.get() : parent->child(keys[i]);
    if (!parent) return;
  }
  if (keys.back() == kElementSegment) {
    parent->element.reset();
    return;
  }
  auto& cs = parent->children;
  cs.erase(std::remove_if(cs.begin(), cs.end(), [&](const auto& c) { return c->key == keys.back(); }),
           cs.end());
}

void sort_by_key(FieldNode& root) {
  std::sort(root.children.begin(), root.children.end(),
            [](const std::unique_ptr<FieldNode>& a, const std::unique_ptr<FieldNode>& b) {
              return a->key < b->key;
            });
  for (auto& child : root.children) sort_by_key(*child);
  if (root.element) sort_by_key(*root.element);
}

}  // namespace surrealpp::emit::cpp

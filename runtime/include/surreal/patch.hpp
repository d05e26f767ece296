#pragma once
// JSON Patch operations (RFC 6902) for Client::patch, and what DIFF live queries deliver.
#include <string>

#include <surreal/value.hpp>

namespace surreal {

struct PatchOp {
  std::string op;    // "add", "remove", "replace", "move", "copy", "test" (SurrealDB also sends "change")
  std::string path;  // JSON pointer, e.g. "/name"
  Value value;       // for add/replace/test/change
  std::string from;  // for move/copy

  static PatchOp add(std::string path, Value value) { return {"add", std::move(path), std::move(value), {}}; }
  static PatchOp remove(std::string path) { return {"remove", std::move(path), Value::none(), {}}; }
  static PatchOp replace(std::string path, Value value) {
    return {"replace", std::move(path), std::move(value), {}};
  }

  /// {op, path[, value][, from]} as the server expects it.
  Value to_value() const {
    Object object{{"op", op}, {"path", path}};
    if (!value.is_none()) object.insert_or_assign("value", value);
    if (!from.empty()) object.insert_or_assign("from", from);
    return object;
  }
  /// Reads an operation the server sent (DIFF live queries, patch with diff).
  static PatchOp from_value(const Value& v) {
    PatchOp patch;
    if (const Value* o = v.find("op"); o && o->is_string()) patch.op = o->as_string();
    if (const Value* p = v.find("path"); p && p->is_string()) patch.path = p->as_string();
    if (const Value* x = v.find("value")) patch.value = *x;
    if (const Value* f = v.find("from"); f && f->is_string()) patch.from = f->as_string();
    return patch;
  }
  friend bool operator==(const PatchOp&, const PatchOp&) = default;
};

}  // namespace surreal

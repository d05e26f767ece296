// The fields SurrealDB defines by itself, so the renderer never emits a definition that would fail with
// "already exists":
// - `in` and `out` on a relation table (TYPE record<…> of its IN / OUT tables),
// - `x.*` for a field whose type holds array<T> or set<T> (TYPE T; recursively `x.*.*`). 2.x names them
// `x[*]`. INFO lists them like any other field, so an IR read back from INFO holds them.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>

#include "surrealpp/schema/ir.hpp"

namespace surrealpp::schema::render {

class ImpliedFields {
 public:
  enum class Disposition {
    Render,     // not implied (or defined explicitly already): render as it is
    Skip,       // identical to what SurrealDB already defined: nothing to emit
    Overwrite,  // implied, but this definition differs: emit it with OVERWRITE so it replaces the implied one
  };

  // What to do with `field`, given the statements observed so far.
  Disposition classify(const FieldDefinition& field) const;

  // Records the effect of a statement that has been rendered (tables, fields, REMOVE TABLE/FIELD).
  void observe(const StatementNode& node);

  // The definition SurrealDB makes for `field_key` (a V3 idiom such as `tags.*`) on `table`, if it makes one.
  std::optional<Type> implied_type(const std::string& table, const std::string& field_key) const;

  // The element type of a field type that holds arrays or sets (`none | array<int>` → int), if it has one.
  static std::optional<Type> element_type(const Type& type);

  // The idiom key the engine uses for a field name: 3.x spelling, no escapes of plain words.
  static std::string field_key(const Name& name);

 private:
  struct TableFields {
    std::map<std::string, Type> implied;  // field key → type SurrealDB gave it
    std::set<std::string> explicit_fields;
  };
  void imply_elements(TableFields& fields, const std::string& key, const Type& type);

  std::map<std::string, TableFields> tables_;
};

}  // namespace surrealpp::schema::render

// The generator-side model: what C++ the schema turns into, decided once, before any text is rendered.
// Templates only spell out what this plan says; every naming and typing decision is made here (names through
// names.hpp, field types through type_mapping.hpp).
#pragma once

#include <string>
#include <vector>

#include "surrealpp/emit/cpp_generator.hpp"
#include "surrealpp/schema/ir.hpp"

namespace surrealpp::emit::cpp {

// What a column holds; mirrors surreal::ColumnKind (<surreal/query/table.hpp>) name for name.
enum class ColumnKind {
  Any,
  Bool,
  Int,
  Float,
  Decimal,
  String,
  Enum,
  Datetime,
  Duration,
  Uuid,
  Bytes,
  Array,
  Object,
  Record,
  Geometry
};

// The enumerator's name, as generated code spells it after `surreal::ColumnKind::`.
const char* column_kind_name(ColumnKind kind);

struct EnumeratorPlan {
  std::string name;     // C++ enumerator: InProgress
  std::string literal;  // the SurrealDB string: "in-progress"
};

// `"a" | "b"` literal unions become enum class with surreal::EnumNames.
struct EnumPlan {
  std::string name;  // UserStatus
  std::string path;  // the field it types: `status`
  std::vector<EnumeratorPlan> values;
};

struct MemberPlan {
  std::string key;         // the object key in SurrealDB: `city`
  std::string path;        // the idiom from the record's root, as a column names it: `address.city`
  std::string name;        // the C++ member: `city`
  std::string type;        // the C++ type: `std::optional<std::string>`
  std::string value_type;  // `type` without an outer std::optional
  std::string
      surreal_type;  // the SurrealQL type as written, for the comment (`option<string>`), may be empty
  ColumnKind kind = ColumnKind::Any;
  ColumnKind element = ColumnKind::Any;  // for Array columns: the kind of the elements
  bool optional = false;                 // `type` is std::optional<…>
  bool server_provided = false;          // DEFAULT / VALUE / COMPUTED / READONLY: the server fills it
  bool record_id = false;  // `id`, and `in` / `out` of a relation: written only when set, kept when absent
  std::string unset_test;  // for record_id members: what makes the member "not set" (`.table().empty()`)
  int nested_struct = -1;  // index into TablePlan::structs when the value (not an array of it) is a struct
};

struct StructPlan {
  std::string name;    // UserAddress
  std::string column;  // UserAddressColumn: the descriptor of a member whose value is this struct
  std::string path;    // `address` (empty for the table's own struct)
  std::vector<MemberPlan> members;
};

struct TablePlan {
  std::string table;       // SurrealDB name: user
  std::string descriptor;  // UserTable
  std::string variable;    // user (inline constexpr UserTable user{})
  std::string file_stem;   // user -> user.hpp
  std::string comment;     // the table's COMMENT text, if any
  bool relation = false;
  std::string in_model;  // the model `in` links to (empty: any record)
  std::string out_model;
  std::vector<EnumPlan> enums;
  // structs[0] is the table's model; nested structs follow, each after the structs it contains (render in
  // reverse).
  std::vector<StructPlan> structs;
  std::vector<std::string> linked_tables;  // tables (by file stem) whose models this one links to, sorted

  const StructPlan& model() const { return structs.front(); }
};

struct FunctionParameterPlan {
  std::string name;          // C++ parameter
  std::string type;          // C++ type (passed by const reference)
  std::string surreal_type;  // as written
};

struct FunctionPlan {
  std::string surreal_name;             // fn::game::cast_vote
  std::vector<std::string> namespaces;  // {fn, game}
  std::string name;                     // cast_vote
  std::vector<FunctionParameterPlan> parameters;
  std::string result_type;     // the default result type of the typed call
  std::string surreal_result;  // the RETURNS type as written (empty when absent)
};

struct ModelPlan {
  std::vector<std::string> namespace_parts;  // {app}
  std::string cpp_namespace;                 // app
  std::vector<TablePlan> tables;             // in schema order
  std::vector<FunctionPlan> functions;       // in schema order
};

// Builds the plan. Throws GenerateError for a namespace that is not a C++ namespace name.
ModelPlan plan_models(const schema::Schema& schema, const GenerateOptions& options);

}  // namespace surrealpp::emit::cpp

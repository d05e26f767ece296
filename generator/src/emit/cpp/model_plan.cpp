#include "emit/cpp/model_plan.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>

#include "emit/cpp/field_tree.hpp"
#include "emit/cpp/names.hpp"
#include "emit/cpp/surreal_type_text.hpp"
#include "emit/cpp/type_mapping.hpp"

namespace surrealpp::emit::cpp {
namespace {

using schema::Type;
using Kind = schema::Type::Kind;

// Namespace-scope names the generated code itself uses (support.hpp, functions.hpp, free functions).
const std::set<std::string> kReservedNamespaceNames = {"detail",    "fn",      "to_string", "to_json",
                                                       "from_json", "surreal", "std",       "models"};
// File stems the generator writes besides the table headers.
const std::set<std::string> kReservedFileStems = {"models", "fwd", "support", "functions"};

// One table as the schema leaves it after every DEFINE / REMOVE in order.
struct TableSource {
  std::string name;
  const schema::TableDefinition* definition = nullptr;
  std::unique_ptr<FieldNode> fields = std::make_unique<FieldNode>();
};

struct SchemaTables {
  std::vector<TableSource> tables;  // in order of first appearance
  std::vector<const schema::FunctionDefinition*> functions;
  // Position of each table in `tables`: every DEFINE FIELD looks its table up (a linear search made a
  // 1,000-table schema quadratic).
  std::unordered_map<std::string, std::size_t> positions;

  TableSource& table(const std::string& name) {
    auto [it, added] = positions.try_emplace(name, tables.size());
    if (added) tables.push_back(TableSource{name});
    return tables[it->second];
  }

  void remove_table(const std::string& name) {
    auto it = positions.find(name);
    if (it == positions.end()) return;
    tables.erase(tables.begin() + static_cast<std::ptrdiff_t>(it->second));
    positions.clear();
    for (std::size_t i = 0; i < tables.size(); ++i) positions.emplace(tables[i].name, i);
  }
};

bool is_identifier_name(const schema::Name& name) { return name.form == schema::Name::Form::Identifier; }

SchemaTables collect_tables(const schema::Schema& schema) {
  SchemaTables out;
  for (const auto& statement : schema.statements) {
    if (const auto* table = std::get_if<schema::TableDefinition>(&statement.node)) {
      if (!is_identifier_name(table->name)) continue;
      auto& source = out.table(table->name.value);
      if (!source.definition || table->mode != schema::DefineMode::IfNotExists) source.definition = table;
    } else if (const auto* field = std::get_if<schema::FieldDefinition>(&statement.node)) {
      if (!is_identifier_name(field->table)) continue;
      add_field(*out.table(field->table.value).fields, *field,
                field->mode == schema::DefineMode::IfNotExists);
    } else if (const auto* function = std::get_if<schema::FunctionDefinition>(&statement.node)) {
      auto same = [&](const auto* f) { return f->name.value == function->name.value; };
      auto it = std::find_if(out.functions.begin(), out.functions.end(), same);
      if (it == out.functions.end())
        out.functions.push_back(function);
      else if (function->mode != schema::DefineMode::IfNotExists)
        *it = function;
    } else if (const auto* removal = std::get_if<schema::RemoveStatement>(&statement.node)) {
      if (removal->kind == schema::DefinitionKind::Table) {
        out.remove_table(removal->name.value);
      } else if (removal->kind == schema::DefinitionKind::Field && removal->on) {
        if (auto it = out.positions.find(removal->on->value); it != out.positions.end())
          remove_field(*out.tables[it->second].fields, removal->name.value);
      } else if (removal->kind == schema::DefinitionKind::Function) {
        auto& fs = out.functions;
        fs.erase(std::remove_if(fs.begin(), fs.end(),
                                [&](const auto* f) { return f->name.value == removal->name.value; }),
                 fs.end());
      }
    }
  }
  // SurrealDB keeps a schema's definitions by name, not the order of the file that made them (INFO lists them
  // by name). Generating in name order makes the C++ a function of the schema alone: moving a DEFINE in the
  // file changes nothing, and code generated from `surrealpp introspect` of a database equals code generated
  // from the schema that was loaded into it.
  std::sort(out.tables.begin(), out.tables.end(),
            [](const TableSource& a, const TableSource& b) { return a.name < b.name; });
  std::stable_sort(out.functions.begin(), out.functions.end(),
                   [](const auto* a, const auto* b) { return a->name.value < b->name.value; });
  for (auto& table : out.tables) sort_by_key(*table.fields);
  out.positions.clear();  // the sort moved the tables
  return out;
}

std::vector<std::string> split_namespace(const std::string& ns) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    auto sep = ns.find("::", start);
    parts.push_back(ns.substr(start, sep == std::string::npos ? std::string::npos : sep - start));
    if (sep == std::string::npos) break;
    start = sep + 2;
  }
  for (const auto& part : parts)
    if (part.empty() || identifier(part) != part)
      throw GenerateError("--namespace `" + ns + "` is not a C++ namespace name (`" + part +
                          "` is not an identifier)");
  return parts;
}

bool server_provided(const schema::FieldDefinition* field) {
  return field && (field->default_value || field->value || field->computed || field->readonly);
}

struct MappedType {
  std::string type;
  ColumnKind kind = ColumnKind::Any;
  bool optional = false;
  int nested_struct = -1;
  ColumnKind element = ColumnKind::Any;
};

MappedType make_optional(MappedType mapped) {
  if (mapped.optional || mapped.type == "surreal::Value") return mapped;
  mapped.type = "std::optional<" + mapped.type + ">";
  mapped.optional = true;
  return mapped;
}

// The value type a column compares with: the type without its outer std::optional.
std::string strip_optional(const MappedType& mapped) {
  if (!mapped.optional) return mapped.type;
  return mapped.type.substr(14, mapped.type.size() - 15);
}

// Builds one table's structs and enums; names come from the namespace scope shared by all tables.
class TablePlanner {
 public:
  TablePlanner(TablePlan& plan, NameScope& types, const std::map<std::string, const TablePlan*>& models,
               const GenerateOptions& options)
      : plan_(plan), types_(types), models_(models), options_(options) {}

  void plan_model(const TableSource& source, const std::string& model_name) {
    plan_.structs.push_back(StructPlan{model_name, "", "", {}});
    NameScope members;
    StructPlan model;
    model.name = model_name;
    MemberPlan id;
    id.key = id.path = "id";
    id.name = members.claim("id");
    id.type = id.value_type = "surreal::RecordId";
    id.kind = ColumnKind::Record;
    id.record_id = true;
    id.unset_test = ".table().empty()";
    model.members.push_back(id);
    if (plan_.relation) {
      for (const char* side : {"in", "out"}) {
        FieldNode* defined = source.fields->child(side);
        const auto& tables =
            std::string(side) == "in" ? source.definition->relation_in : source.definition->relation_out;
        MappedType mapped =
            defined && defined->definition && defined->definition->type
                ? map_type(&*defined->definition->type, defined, model_name + pascal_case(side))
                : map_record(tables);
        if (mapped.optional)
          mapped =
              MappedType{strip_optional(mapped), mapped.kind, false, mapped.nested_struct, mapped.element};
        MemberPlan member = make_member(side, side, members.claim(identifier(side)), mapped,
                                        defined ? defined->definition : nullptr);
        member.server_provided = false;  // the server sets them, but a relation always has both
        if (member.type == "surreal::RecordId" || member.type.rfind("surreal::Link<", 0) == 0) {
          member.record_id = true;
          member.unset_test =
              member.type == "surreal::RecordId" ? ".table().empty()" : ".id().table().empty()";
        }
        (std::string(side) == "in" ? plan_.in_model : plan_.out_model) = link_target(tables);
        model.members.push_back(member);
      }
    }
    for (const auto& child : source.fields->children) {
      if (child->key == "id" || (plan_.relation && (child->key == "in" || child->key == "out"))) continue;
      model.members.push_back(plan_member(*child, "", model_name, members));
    }
    plan_.structs[0] = std::move(model);
  }

 private:
  MemberPlan plan_member(const FieldNode& node, const std::string& parent_path, const std::string& owner,
                         NameScope& members) {
    const schema::FieldDefinition* field = node.definition;
    std::string path = parent_path.empty() ? node.key : parent_path + "." + node.key;
    MappedType mapped =
        map_type(field && field->type ? &*field->type : nullptr, &node, owner + pascal_case(node.key), path);
    if (server_provided(field)) mapped = make_optional(mapped);
    name_column(mapped);
    return make_member(node.key, path, members.claim(identifier(node.key)), mapped, field);
  }

  // A struct held directly by a member (not as an array element) gets a column descriptor struct too.
  void name_column(const MappedType& mapped) {
    if (mapped.nested_struct < 0) return;
    StructPlan& plan = plan_.structs[static_cast<std::size_t>(mapped.nested_struct)];
    plan.column = types_.claim(plan.name + "Column");
  }

  MemberPlan make_member(const std::string& key, const std::string& path, const std::string& name,
                         const MappedType& mapped, const schema::FieldDefinition* field) {
    MemberPlan member;
    member.key = key;
    member.path = path;
    member.name = name;
    member.type = mapped.type;
    member.value_type = strip_optional(mapped);
    member.kind = mapped.kind;
    member.element = mapped.element;
    member.optional = mapped.optional;
    member.nested_struct = mapped.nested_struct;
    member.server_provided = server_provided(field);
    if (field && field->type) member.surreal_type = surreal_type_text(*field->type);
    return member;
  }

  std::string link_target(const std::vector<std::string>& tables) const {
    if (tables.size() != 1) return "";
    auto it = models_.find(tables.front());
    return it == models_.end() ? "" : it->second->model().name;
  }

  MappedType map_record(const std::vector<std::string>& tables) {
    std::string model = link_target(tables);
    if (model.empty()) return MappedType{"surreal::RecordId", ColumnKind::Record};
    const TablePlan& target = *models_.at(tables.front());
    if (&target != &plan_) plan_.linked_tables.push_back(target.file_stem);
    return MappedType{"surreal::Link<" + model + ">", ColumnKind::Record};
  }

  MappedType map_enum(const std::vector<std::string>& literals, const std::string& hint,
                      const std::string& path) {
    EnumPlan plan{types_.claim(hint), path, {}};
    NameScope enumerators;
    std::set<std::string> seen;
    for (const auto& literal : literals)
      if (seen.insert(literal).second)
        plan.values.push_back({enumerators.claim(enumerator_name(literal)), literal});
    plan_.enums.push_back(plan);
    return MappedType{plan.name, ColumnKind::Enum};
  }

  // A struct for an object whose keys are known: from nested DEFINE FIELDs and/or a literal object type.
  MappedType map_struct(const FieldNode* node, const std::vector<schema::LiteralObjectField>* literal_fields,
                        const std::string& hint, const std::string& path) {
    int index = static_cast<int>(plan_.structs.size());
    std::string name = types_.claim(hint);
    plan_.structs.push_back(StructPlan{name, "", path, {}});
    // A nested struct also names a column descriptor derived from surreal::Column: its members must not hide
    // the base's own member names.
    NameScope members({"path", "table_type", "value_type"});
    std::vector<MemberPlan> planned;
    if (literal_fields) {
      for (const auto& literal : *literal_fields) {
        if (node && const_cast<FieldNode*>(node)->child(literal.name)) continue;  // a DEFINE FIELD says more
        std::string member_path = path.empty() ? literal.name : path + "." + literal.name;
        MappedType mapped =
            map_type(&literal.type.front(), nullptr, name + pascal_case(literal.name), member_path);
        name_column(mapped);
        planned.push_back(
            make_member(literal.name, member_path, members.claim(identifier(literal.name)), mapped, nullptr));
        planned.back().surreal_type = surreal_type_text(literal.type.front());
      }
    }
    if (node)
      for (const auto& child : node->children) planned.push_back(plan_member(*child, path, name, members));
    plan_.structs[static_cast<std::size_t>(index)].members = std::move(planned);
    return MappedType{name, ColumnKind::Object, false, index};
  }

  MappedType map_array(const Type* type, const FieldNode* node, const std::string& hint,
                       const std::string& path) {
    const FieldNode* element = node ? node->element.get() : nullptr;
    const Type* element_type = nullptr;
    if (element && element->definition && element->definition->type)
      element_type = &*element->definition->type;
    else if (type && !type->parameters.empty())
      element_type = &type->parameters.front();
    MappedType mapped = map_type(element_type, element, hint, path + "[*]");
    return MappedType{"std::vector<" + mapped.type + ">", ColumnKind::Array, false, -1, mapped.kind};
  }

 public:
  MappedType map_type(const Type* type, const FieldNode* node, const std::string& hint,
                      const std::string& path = "") {
    if (!type) {
      if (node && !node->children.empty()) return map_struct(node, nullptr, hint, path);
      if (node && node->element) return map_array(nullptr, node, hint, path);
      return MappedType{"surreal::Value", ColumnKind::Any};
    }
    switch (type->kind) {
      case Kind::Option:
        if (type->parameters.empty()) return MappedType{"surreal::Value", ColumnKind::Any};
        return make_optional(map_type(&type->parameters.front(), node, hint, path));
      case Kind::Either:
        return map_either(*type, node, hint, path);
      case Kind::Literal:
        if (is_string_literal(*type)) return map_enum({string_literal_value(*type)}, hint, path);
        return MappedType{"surreal::Value", ColumnKind::Any};
      case Kind::Object:
        if (node && !node->children.empty()) return map_struct(node, nullptr, hint, path);
        return MappedType{"surreal::Object", ColumnKind::Object};
      case Kind::LiteralObject:
        return map_struct(node, &type->object_fields, hint, path);
      case Kind::Array:
      case Kind::Set:
        return map_array(type, node, hint, path);
      case Kind::Record:
        return map_record(type->names);
      default: {
        auto leaf = map_leaf_type(*type, options_.decimal_as_double);
        if (!leaf) return MappedType{"surreal::Value", ColumnKind::Any};
        return MappedType{leaf->type, leaf->kind, false, -1, leaf->element};
      }
    }
  }

 private:
  MappedType map_either(const Type& type, const FieldNode* node, const std::string& hint,
                        const std::string& path) {
    std::vector<const Type*> alternatives;
    bool nullable = false;
    for (const auto& alternative : type.parameters) {
      if (is_nullish(alternative))
        nullable = true;
      else
        alternatives.push_back(&alternative);
    }
    MappedType mapped{"surreal::Value", ColumnKind::Any};
    bool all_strings =
        !alternatives.empty() && std::all_of(alternatives.begin(), alternatives.end(),
                                             [](const Type* t) { return is_string_literal(*t); });
    bool all_records =
        !alternatives.empty() && std::all_of(alternatives.begin(), alternatives.end(),
                                             [](const Type* t) { return t->kind == Kind::Record; });
    if (all_strings) {
      std::vector<std::string> literals;
      for (const Type* t : alternatives) literals.push_back(string_literal_value(*t));
      mapped = map_enum(literals, hint, path);
    } else if (alternatives.size() == 1) {
      mapped = map_type(alternatives.front(), node, hint, path);
    } else if (all_records) {
      std::vector<std::string> tables;
      for (const Type* t : alternatives)
        for (const auto& name : t->names)
          if (std::find(tables.begin(), tables.end(), name) == tables.end()) tables.push_back(name);
      mapped = map_record(alternatives.size() == tables.size() ? tables : std::vector<std::string>{});
    }
    return nullable ? make_optional(mapped) : mapped;
  }

  TablePlan& plan_;
  NameScope& types_;
  const std::map<std::string, const TablePlan*>& models_;
  const GenerateOptions& options_;
};

// Function parameters and results: no nested structs or enums are made for them, records are plain ids.
std::string function_type(const Type* type, bool decimal_as_double) {
  if (!type) return "surreal::Value";
  switch (type->kind) {
    case Kind::Option:
      if (type->parameters.empty()) return "surreal::Value";
      {
        std::string inner = function_type(&type->parameters.front(), decimal_as_double);
        return inner == "surreal::Value" ? inner : "std::optional<" + inner + ">";
      }
    case Kind::Array:
    case Kind::Set:
      return "std::vector<" +
             function_type(type->parameters.empty() ? nullptr : &type->parameters.front(),
                           decimal_as_double) +
             ">";
    case Kind::Record:
      return "surreal::RecordId";
    case Kind::Object:
    case Kind::LiteralObject:
      return "surreal::Object";
    case Kind::Literal:
      return is_string_literal(*type) ? "std::string" : "surreal::Value";
    case Kind::Either: {
      bool strings = std::all_of(type->parameters.begin(), type->parameters.end(),
                                 [](const Type& t) { return is_string_literal(t); });
      return strings ? "std::string" : "surreal::Value";
    }
    default: {
      auto leaf = map_leaf_type(*type, decimal_as_double);
      return leaf ? leaf->type : "surreal::Value";
    }
  }
}

FunctionPlan plan_function(const schema::FunctionDefinition& function, bool decimal_as_double) {
  FunctionPlan plan;
  plan.surreal_name = function.name.value;
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    auto sep = plan.surreal_name.find("::", start);
    parts.push_back(
        plan.surreal_name.substr(start, sep == std::string::npos ? std::string::npos : sep - start));
    if (sep == std::string::npos) break;
    start = sep + 2;
  }
  plan.name = identifier(parts.back());
  parts.pop_back();
  for (const auto& part : parts) plan.namespaces.push_back(identifier(part));
  if (plan.namespaces.empty()) plan.namespaces.push_back("fn");
  NameScope parameters({"db", "Result", plan.name});
  for (const auto& parameter : function.parameters)
    plan.parameters.push_back({parameters.claim(identifier(parameter.name)),
                               function_type(&parameter.type, decimal_as_double),
                               surreal_type_text(parameter.type)});
  plan.result_type = function_type(function.returns ? &*function.returns : nullptr, decimal_as_double);
  if (function.returns) plan.surreal_result = surreal_type_text(*function.returns);
  return plan;
}

}  // namespace

ModelPlan plan_models(const schema::Schema& schema, const GenerateOptions& options) {
  ModelPlan plan;
  plan.cpp_namespace = options.cpp_namespace;
  plan.namespace_parts = split_namespace(options.cpp_namespace);

  SchemaTables sources = collect_tables(schema);
  NameScope types(kReservedNamespaceNames);
  NameScope files(kReservedFileStems);

  // Names in a fixed order, so that a clash always resolves the same way: models first (they are what users
  // type most), then descriptors and their variables, then nested structs and enums table by table.
  plan.tables.resize(sources.tables.size());
  std::vector<std::string> model_names;
  for (std::size_t i = 0; i < sources.tables.size(); ++i) {
    const TableSource& source = sources.tables[i];
    TablePlan& table = plan.tables[i];
    table.table = source.name;
    model_names.push_back(types.claim(pascal_case(source.name)));
    table.structs.push_back(StructPlan{model_names.back(), "", "", {}});
    table.file_stem = files.claim(file_stem(source.name));
    const auto* definition = source.definition;
    table.relation = definition && definition->type == schema::TableDefinition::Type::Relation;
    if (definition && definition->comment) table.comment = definition->comment->text;
  }
  for (auto& table : plan.tables) {
    table.descriptor = types.claim(table.model().name + "Table");
    table.variable = types.claim(identifier(table.table));
  }

  std::map<std::string, const TablePlan*> models;
  for (const auto& table : plan.tables) models.emplace(table.table, &table);
  for (std::size_t i = 0; i < sources.tables.size(); ++i) {
    TablePlan& table = plan.tables[i];
    TablePlanner planner(table, types, models, options);
    std::string model_name = table.model().name;
    table.structs.clear();
    planner.plan_model(sources.tables[i], model_name);
    std::sort(table.linked_tables.begin(), table.linked_tables.end());
    table.linked_tables.erase(std::unique(table.linked_tables.begin(), table.linked_tables.end()),
                              table.linked_tables.end());
  }

  for (const auto* function : sources.functions)
    plan.functions.push_back(plan_function(*function, options.decimal_as_double));
  return plan;
}

}  // namespace surrealpp::emit::cpp

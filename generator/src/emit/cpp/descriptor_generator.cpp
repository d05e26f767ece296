#include "emit/cpp/descriptor_generator.hpp"

#include <utility>

#include "emit/cpp/string_literal.hpp"

namespace surrealpp::emit::cpp {
namespace {

std::string column_type(const TablePlan& table, const MemberPlan& member) {
  return "surreal::Column<" + table.descriptor + ", " + member.type + ">";
}

// A plain column is a static member declared here and defined in models.cpp: a declaration does not need the
// Column type complete, so a translation unit instantiates Column<Table, T> only for the columns it uses (not
// for every field of every table it includes). A nested object's column struct stays a member: it holds the
// sub-columns.
std::string column_declaration(const TablePlan& table, const MemberPlan& member) {
  if (member.nested_struct >= 0)
    return table.structs.at(static_cast<std::size_t>(member.nested_struct)).column + " " + member.name +
           "{};";
  return "static const " + column_type(table, member) + " " + member.name + ";";
}

Data column_declarations(const TablePlan& table, const StructPlan& plan) {
  Data columns = list();
  for (const auto& member : plan.members) {
    Data entry;
    entry["column_declaration"] = column_declaration(table, member);
    append(columns, std::move(entry));
  }
  return columns;
}

// `const surreal::Column<UserTable, std::string> UserTable::name{"name"};` for each plain column of `plan`,
// whose columns are members of `scope`.
void add_column_definitions(const TablePlan& table, const StructPlan& plan, const std::string& scope,
                            Data& definitions) {
  for (const auto& member : plan.members) {
    if (member.nested_struct >= 0) continue;
    Data entry;
    entry["column_definition"] = "const " + column_type(table, member) + " " + scope + "::" + member.name +
                                 "{" + cpp_string_literal(member.path) + "};";
    append(definitions, std::move(entry));
  }
}

// Every path a dynamic filter may name: the members, and the members of nested objects under their full path.
void add_column_infos(const TablePlan& table, const StructPlan& plan, Data& infos, std::size_t& count) {
  for (const auto& member : plan.members) {
    Data info;
    info["path"] = cpp_string_literal(member.path);
    info["kind"] = column_kind_name(member.kind);
    info["optional"] = member.optional ? "true" : "false";
    info["element"] = column_kind_name(member.element);
    append(infos, std::move(info));
    ++count;
    if (member.nested_struct >= 0)
      add_column_infos(table, table.structs.at(static_cast<std::size_t>(member.nested_struct)), infos, count);
  }
}

// The type of the member that holds nested struct `index` (std::optional<UserAddress> or UserAddress).
const MemberPlan* holder_of(const TablePlan& table, std::size_t index) {
  for (const auto& plan : table.structs)
    for (const auto& member : plan.members)
      if (member.nested_struct == static_cast<int>(index)) return &member;
  return nullptr;
}

}  // namespace

Data column_definitions(const TablePlan& table) {
  Data definitions = list();
  add_column_definitions(table, table.model(), table.descriptor, definitions);
  for (std::size_t i = 1; i < table.structs.size(); ++i) {
    const StructPlan& plan = table.structs[i];
    if (holder_of(table, i) == nullptr || plan.column.empty()) continue;  // as add_descriptor_data: no column
    add_column_definitions(table, plan, plan.column, definitions);
  }
  return definitions;
}

void add_descriptor_data(const TablePlan& table, const std::string& cpp_namespace, Data& data) {
  Data nested = list();
  // Inner objects first: an outer column struct holds the inner one as a member.
  for (std::size_t i = table.structs.size(); i-- > 1;) {
    const StructPlan& plan = table.structs[i];
    const MemberPlan* holder = holder_of(table, i);
    if (!holder || plan.column.empty()) continue;  // an array element: no column of its own
    Data entry;
    entry["column"] = plan.column;
    entry["type"] = holder->type;
    entry["path"] = comment_text(holder->path);
    entry["path_literal"] = cpp_string_literal(holder->path);
    entry["members"] = column_declarations(table, plan);
    append(nested, std::move(entry));
  }
  Data infos = list();
  std::size_t info_count = 0;
  add_column_infos(table, table.model(), infos, info_count);
  auto side = [&](const std::string& model) {
    return model.empty() ? std::string("void") : cpp_namespace + "::" + model;
  };

  data["descriptor"] = table.descriptor;
  data["table_literal"] = cpp_string_literal(table.table);
  data["is_relation"] = table.relation ? "true" : "false";
  data["in_model"] = side(table.relation ? table.in_model : "");
  data["out_model"] = side(table.relation ? table.out_model : "");
  data["nested_columns"] = std::move(nested);
  data["columns"] = column_declarations(table, table.model());
  data["column_infos"] = std::move(infos);
  data["column_count"] = std::to_string(info_count);
}

}  // namespace surrealpp::emit::cpp

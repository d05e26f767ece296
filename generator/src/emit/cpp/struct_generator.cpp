#include "emit/cpp/struct_generator.hpp"

#include <utility>

#include "emit/cpp/string_literal.hpp"

namespace surrealpp::emit::cpp {

std::string member_note(const MemberPlan& member) {
  std::string note = comment_text(member.surreal_type);
  if (member.server_provided)
    note += note.empty() ? "set by the server when absent" : "; set by the server when absent";
  return note;
}

Data struct_data(const TablePlan& table, std::size_t index) {
  const StructPlan& plan = table.structs.at(index);
  Data members = list();
  for (const auto& member : plan.members) {
    Data entry;
    entry["name"] = member.name;
    entry["type"] = member.type;
    entry["key"] = cpp_string_literal(member.key);
    entry["record_id"] = flag(member.record_id);
    entry["unset_test"] = member.unset_test;
    std::string note = member_note(member);
    if (!note.empty()) entry["note"] = std::move(note);
    append(members, std::move(entry));
  }
  Data data;
  data["name"] = plan.name;
  data["is_model"] = flag(index == 0);
  data["table"] = comment_text(table.table);
  data["table_literal"] = cpp_string_literal(table.table);
  data["path"] = comment_text(plan.path);
  if (!table.comment.empty()) data["comment"] = comment_text(table.comment);
  data["members"] = std::move(members);
  return data;
}

}  // namespace surrealpp::emit::cpp

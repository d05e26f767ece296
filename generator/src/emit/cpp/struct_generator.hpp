// A model struct (the table's record, or a nested object): the mustache data shared by templates
// struct_definition, codec_declaration, codec_definition and json_reviver, which all walk the same members.
#pragma once

#include <string>

#include "emit/cpp/model_plan.hpp"
#include "emit/cpp/render.hpp"

namespace surrealpp::emit::cpp {

// `index` is the struct's position in table.structs (0 = the table's own model).
Data struct_data(const TablePlan& table, std::size_t index);

// The comment after a member: its SurrealQL type, and who fills it.
std::string member_note(const MemberPlan& member);

}  // namespace surrealpp::emit::cpp

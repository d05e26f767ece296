// Tables in an order SurrealDB can define them in: relation tables after their IN/OUT tables, views after the
// tables they select from, otherwise in source order.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diff/schema_state.hpp"

namespace surrealpp::schema::diff {

// The tables a view's `SELECT … FROM a, b WHERE …` reads from (the text after AS).
std::vector<std::string> view_sources(std::string_view select_text);

// Every table of the state (defined, or only named by a field, index or event), dependencies first.
std::vector<std::string> table_order(const SchemaState& state);

}  // namespace surrealpp::schema::diff

// Table descriptors for the typed query builder (<surreal/query/table.hpp> fixes their shape): one
// surreal::Column per field, a column struct per nested object, the constexpr instance, and TableTraits with
// every column path for dynamic filters. The mustache data of template table_descriptor, and the column
// definitions of template models_source.
#pragma once

#include <string>

#include "emit/cpp/model_plan.hpp"
#include "emit/cpp/render.hpp"

namespace surrealpp::emit::cpp {

// Adds what template table_descriptor needs to `data` (a table header's data, which names the table, model
// and variable itself).
void add_descriptor_data(const TablePlan& table, const std::string& cpp_namespace, Data& data);

// The definitions (for models.cpp, inside the namespace) of the static columns add_descriptor_data declares.
Data column_definitions(const TablePlan& table);

}  // namespace surrealpp::emit::cpp

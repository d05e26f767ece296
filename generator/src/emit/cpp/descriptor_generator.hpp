// Table descriptors for the typed query builder (<surreal/query/table.hpp> fixes their shape): one
// surreal::Column per field, a column struct per nested object, the constexpr instance, and TableTraits with
// every column path for dynamic filters. The mustache data of template table_descriptor.
#pragma once

#include <string>

#include "emit/cpp/model_plan.hpp"
#include "emit/cpp/render.hpp"

namespace surrealpp::emit::cpp {

Data descriptor_data(const TablePlan& table, const std::string& cpp_namespace);

}  // namespace surrealpp::emit::cpp

// Literal unions (`"a" | "b"`) as enum class: the mustache data of templates enum_definition and enum_names.
#pragma once

#include <string>

#include "emit/cpp/model_plan.hpp"
#include "emit/cpp/render.hpp"

namespace surrealpp::emit::cpp {

Data enum_data(const EnumPlan& plan, const std::string& cpp_namespace);

}  // namespace surrealpp::emit::cpp

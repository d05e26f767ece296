// The schema's functions (`DEFINE FUNCTION fn::cast_vote(...)`) as typed calls: the mustache data of template
// functions.
#pragma once

#include "emit/cpp/model_plan.hpp"
#include "emit/cpp/render.hpp"

namespace surrealpp::emit::cpp {

Data functions_data(const ModelPlan& plan);

}  // namespace surrealpp::emit::cpp

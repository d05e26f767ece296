// One function per generated file kind: a table's header, and the namespace-wide fwd.hpp, support.hpp,
// models.hpp (the umbrella) and functions.hpp.
#pragma once

#include <string>

#include "emit/cpp/model_plan.hpp"
#include "emit/cpp/template_set.hpp"
#include "surrealpp/emit/cpp_generator.hpp"

namespace surrealpp::emit::cpp {

// What every file's header line names: the schema files it was generated from.
struct FileContext {
  const ModelPlan& plan;
  const TemplateSet& templates;
  std::string sources;    // "game.surql, extra.surql"
  std::string directory;  // "app/" (the namespace as folders)
};

GeneratedFile table_header_file(const FileContext& context, const TablePlan& table);
GeneratedFile fwd_file(const FileContext& context);
GeneratedFile support_file(const FileContext& context);
GeneratedFile models_file(const FileContext& context);
GeneratedFile functions_file(const FileContext& context);

}  // namespace surrealpp::emit::cpp

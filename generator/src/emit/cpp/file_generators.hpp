// One function per generated file kind: a table's header (with its part of models.cpp), and the
// namespace-wide fwd.hpp, support.hpp, models.hpp (the umbrella), models.cpp (what the headers declare) and
// functions.hpp.
#pragma once

#include <string>
#include <vector>

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

// A table's header, and its part of models.cpp (its codecs, JSON revivers and static columns): both rendered
// from the same data, built once.
struct TableFiles {
  GeneratedFile header;
  std::string source;
};

TableFiles table_files(const FileContext& context, const TablePlan& table);
GeneratedFile fwd_file(const FileContext& context);
GeneratedFile support_file(const FileContext& context);
GeneratedFile models_file(const FileContext& context);
// The definitions of every table (`table_sources`, in plan order) split into `count` files: models.cpp, then
// models_1.cpp … (see GenerateOptions::source_files). Each is the frame of template models_source followed by
// the parts of the tables placed in it, in plan order.
std::vector<GeneratedFile> models_source_files(const FileContext& context,
                                               const std::vector<std::string>& table_sources,
                                               std::size_t count);
GeneratedFile functions_file(const FileContext& context);

}  // namespace surrealpp::emit::cpp

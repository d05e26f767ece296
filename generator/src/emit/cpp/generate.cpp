#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "emit/cpp/file_generators.hpp"
#include "emit/cpp/model_plan.hpp"
#include "emit/cpp/template_set.hpp"
#include "surrealpp/emit/cpp_generator.hpp"

namespace surrealpp::emit::cpp {

std::vector<GeneratedFile> generate_cpp(const schema::Schema& schema, const GenerateOptions& options) {
  ModelPlan plan = plan_models(schema, options);
  TemplateSet templates = TemplateSet::load(options.templates_dir);

  std::string sources;
  for (const auto& source : options.sources) {
    if (!sources.empty()) sources += ", ";
    // The file name only: the output must not depend on where the build tree is.
    sources += std::filesystem::path(source).filename().string();
  }
  if (sources.empty()) sources = "a schema";
  std::string directory;
  for (const auto& part : plan.namespace_parts) directory += part + "/";

  FileContext context{plan, templates, sources, directory};
  std::vector<GeneratedFile> files;
  files.push_back(fwd_file(context));
  files.push_back(support_file(context));
  std::vector<std::string> table_sources;
  table_sources.reserve(plan.tables.size());
  for (const auto& table : plan.tables) {
    TableFiles table_output = table_files(context, table);
    files.push_back(std::move(table_output.header));
    table_sources.push_back(std::move(table_output.source));
  }
  if (!plan.functions.empty()) files.push_back(functions_file(context));
  files.push_back(models_file(context));
  for (auto& source : models_source_files(context, table_sources, options.source_files))
    files.push_back(std::move(source));
  return files;
}

}  // namespace surrealpp::emit::cpp

#include "yaml/schema_files.hpp"

#include <algorithm>
#include <cctype>

#include "yaml/yaml_schema.hpp"

namespace surrealpp::schema {

bool is_yaml_schema_file(const std::filesystem::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension == ".yaml" || extension == ".yml";
}

ParseResult parse_schema_file(const std::filesystem::path& path, const ParseOptions& surql_options) {
  return is_yaml_schema_file(path) ? parse_yaml_file(path) : parse_surql_file(path, surql_options);
}

ParseResult parse_schema_files(const std::vector<std::filesystem::path>& paths,
                               const ParseOptions& surql_options) {
  ParseResult combined;
  for (const auto& path : paths) {
    ParseResult result = parse_schema_file(path, surql_options);
    for (auto& statement : result.schema.statements)
      combined.schema.statements.push_back(std::move(statement));
    for (auto& diagnostic : result.diagnostics) combined.diagnostics.push_back(std::move(diagnostic));
  }
  return combined;
}

}  // namespace surrealpp::schema

#include "migrate/schema_source.hpp"

#include <algorithm>
#include <stdexcept>

#include "diff/schema_state.hpp"
#include "yaml/schema_files.hpp"

namespace surrealpp::migrate {

namespace fs = std::filesystem;

schema::ParseResult load_schema(const std::vector<fs::path>& paths, schema::Syntax syntax) {
  std::vector<fs::path> files;
  for (const fs::path& path : paths) {
    if (fs::is_directory(path)) {
      std::vector<fs::path> found;
      for (const auto& entry : fs::recursive_directory_iterator(path))
        if (entry.is_regular_file() &&
            (entry.path().extension() == ".surql" || schema::is_yaml_schema_file(entry.path())))
          found.push_back(entry.path());
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::exists(path)) {
      files.push_back(path);
    } else {
      throw std::runtime_error("schema path " + path.string() + " does not exist");
    }
  }
  if (files.empty()) throw std::runtime_error("no schema files (.surql, .yaml) found");
  schema::ParseOptions options;
  options.syntax = syntax;
  schema::ParseResult combined;
  for (const fs::path& file : files) {
    schema::ParseResult result = schema::parse_schema_file(file, options);
    for (auto& diagnostic : result.diagnostics) combined.diagnostics.push_back(std::move(diagnostic));
    for (auto& statement : result.schema.statements)
      combined.schema.statements.push_back(std::move(statement));
  }
  return combined;
}

schema::Schema resolved_schema(const schema::Schema& schema) {
  schema::Schema resolved;
  for (const auto& definition : schema::diff::resolve_schema(schema).definitions)
    resolved.statements.push_back(definition.statement);
  return resolved;
}

}  // namespace surrealpp::migrate

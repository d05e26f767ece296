// The templates one generator run renders with: the embedded ones, each replaced by `<dir>/<name>.mustache`
// when `--templates DIR` has such a file.
#pragma once

#include <filesystem>
#include <kainjow/mustache.hpp>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace surrealpp::emit::cpp {

class TemplateSet {
 public:
  // Throws GenerateError when the override folder does not exist or a file in it cannot be read.
  static TemplateSet load(const std::optional<std::filesystem::path>& override_dir);

  // Throws GenerateError naming the template when there is none of that name.
  const std::string& get(const std::string& name) const;
  const std::map<std::string, std::string>& all() const { return templates_; }

  // Template `name` with every `{{> partial}}` tag replaced by the text of the template of that name
  // (recursively), parsed once per run and reused for every file: a generator run renders the same few
  // templates thousands of times, and kainjow would otherwise parse a partial again at each use. Throws
  // GenerateError for an unknown partial, a partial that includes itself, or a template that does not parse.
  kainjow::mustache::mustache& compiled(const std::string& name) const;

  // The text `compiled(name)` parses.
  std::string expanded(const std::string& name) const;

 private:
  std::string expand(const std::string& name, int depth) const;

  std::map<std::string, std::string> templates_;
  mutable std::map<std::string, std::unique_ptr<kainjow::mustache::mustache>> compiled_;
};

}  // namespace surrealpp::emit::cpp

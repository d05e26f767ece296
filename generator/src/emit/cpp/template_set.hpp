// The templates one generator run renders with: the embedded ones, each replaced by `<dir>/<name>.mustache`
// when
// `--templates DIR` has such a file.
#pragma once

#include <filesystem>
#include <map>
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

 private:
  std::map<std::string, std::string> templates_;
};

}  // namespace surrealpp::emit::cpp

#include "emit/cpp/template_set.hpp"

#include <fstream>
#include <iterator>

#include "emit/cpp/embedded_templates.hpp"
#include "surrealpp/emit/cpp_generator.hpp"

namespace surrealpp::emit::cpp {

TemplateSet TemplateSet::load(const std::optional<std::filesystem::path>& override_dir) {
  TemplateSet set;
  for (const auto& embedded : embedded_templates())
    set.templates_.emplace(std::string(embedded.name), std::string(embedded.text));
  if (!override_dir) return set;
  if (!std::filesystem::is_directory(*override_dir))
    throw GenerateError("--templates " + override_dir->string() + " is not a folder");
  for (const auto& entry : std::filesystem::directory_iterator(*override_dir)) {
    if (entry.path().extension() != ".mustache") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    if (!in) throw GenerateError("cannot read template " + entry.path().string());
    set.templates_[entry.path().stem().string()] =
        std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  }
  return set;
}

const std::string& TemplateSet::get(const std::string& name) const {
  auto it = templates_.find(name);
  if (it == templates_.end()) throw GenerateError("no template named `" + name + "`");
  return it->second;
}

}  // namespace surrealpp::emit::cpp

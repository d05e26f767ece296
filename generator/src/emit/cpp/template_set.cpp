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

std::string TemplateSet::expanded(const std::string& name) const { return expand(name, 0); }

std::string TemplateSet::expand(const std::string& name, int depth) const {
  // Deeper than any real nesting (table_header > codec_definition is two levels): a cycle.
  constexpr int kMaxDepth = 16;
  if (depth > kMaxDepth) throw GenerateError("template " + name + ": partials nest too deeply (a cycle?)");
  const std::string& text = get(name);
  std::string out;
  out.reserve(text.size());
  std::size_t at = 0;
  while (true) {
    std::size_t open = text.find("{{>", at);
    if (open == std::string::npos) break;
    std::size_t close = text.find("}}", open);
    if (close == std::string::npos) break;  // left for the parser to report
    std::size_t begin = open + 3;
    std::size_t end = close;
    while (begin < end && text[begin] == ' ') ++begin;
    while (end > begin && text[end - 1] == ' ') --end;
    out.append(text, at, open - at);
    out += expand(text.substr(begin, end - begin), depth + 1);
    at = close + 2;
  }
  out.append(text, at, std::string::npos);
  return out;
}

kainjow::mustache::mustache& TemplateSet::compiled(const std::string& name) const {
  auto it = compiled_.find(name);
  if (it != compiled_.end()) return *it->second;
  auto view = std::make_unique<kainjow::mustache::mustache>(expanded(name));
  if (!view->is_valid()) throw GenerateError("template " + name + ": " + view->error_message());
  // The output is C++: nothing is HTML-escaped.
  view->set_custom_escape([](const std::string& text) { return text; });
  return *compiled_.emplace(name, std::move(view)).first->second;
}

const std::string& TemplateSet::get(const std::string& name) const {
  auto it = templates_.find(name);
  if (it == templates_.end()) throw GenerateError("no template named `" + name + "`");
  return it->second;
}

}  // namespace surrealpp::emit::cpp

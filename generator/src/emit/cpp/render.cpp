#include "emit/cpp/render.hpp"

#include "surrealpp/emit/cpp_generator.hpp"

namespace surrealpp::emit::cpp {

std::string render(const TemplateSet& templates, const std::string& name, const Data& context) {
  kainjow::mustache::mustache& view = templates.compiled(name);
  std::string out;
  view.render(context, [&out](const std::string& text) { out += text; });
  if (!view.is_valid()) throw GenerateError("template " + name + ": " + view.error_message());
  return tidy_blank_lines(out);
}

std::string tidy_blank_lines(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t blank_run = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
    start = end + 1;
    if (line.empty()) {
      ++blank_run;
      continue;
    }
    bool opens = !out.empty() && out.size() >= 2 && out[out.size() - 2] == '{';
    bool closes = line.front() == '}';
    if (blank_run > 0 && !out.empty() && !opens && !closes) out += '\n';
    blank_run = 0;
    out += line;
    out += '\n';
  }
  return out;
}

}  // namespace surrealpp::emit::cpp

// scan_code(): splits SurrealQL text into code and quoted stretches (strings, escaped identifiers, comments),
// so rewrites touch only code. Header-only because it is a template over the two callbacks.
#pragma once

#include <cstddef>
#include <string_view>

namespace surrealpp::schema::render {

namespace detail {

// The end of the quoted stretch that starts at `pos` (one past its closing delimiter), or npos when `pos`
// does not start one.
inline std::size_t quoted_end(std::string_view text, std::size_t pos) {
  const char c = text[pos];
  auto until = [&](std::string_view close, bool escapes) -> std::size_t {
    std::size_t i = pos + 1;
    while (i < text.size()) {
      if (escapes && text[i] == '\\') {
        i += 2;
        continue;
      }
      if (text.compare(i, close.size(), close) == 0) return i + close.size();
      ++i;
    }
    return text.size();
  };
  if (c == '\'' || c == '"' || c == '`') return until(std::string_view(&text[pos], 1), true);
  if (text.compare(pos, 3, "\xE2\x9F\xA8") == 0) {  // ⟨ … ⟩
    std::size_t end = until("\xE2\x9F\xA9", true);
    return end;
  }
  if (text.compare(pos, 2, "--") == 0 || text.compare(pos, 2, "//") == 0 || c == '#') {
    std::size_t end = text.find('\n', pos);
    return end == std::string_view::npos ? text.size() : end;
  }
  if (text.compare(pos, 2, "/*") == 0) {
    std::size_t end = text.find("*/", pos + 2);
    return end == std::string_view::npos ? text.size() : end + 2;
  }
  return std::string_view::npos;
}

}  // namespace detail

template <typename Code, typename Other>
void scan_code(std::string_view text, Code&& code, Other&& other) {
  std::size_t start = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t end = detail::quoted_end(text, i);
    if (end == std::string_view::npos) {
      ++i;
      continue;
    }
    if (i > start) code(start, i);
    other(i, end);
    start = i = end;
  }
  if (start < text.size()) code(start, text.size());
}

}  // namespace surrealpp::schema::render

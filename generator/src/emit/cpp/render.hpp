// Renders one template of a TemplateSet with kainjow mustache. Every other template of the set is available
// to it as a partial (`{{> struct_definition}}`, expanded when the template is first compiled: see
// TemplateSet::compiled), and nothing is HTML-escaped: the output is C++.
#pragma once

#include <string>
#include <string_view>

#include "emit/cpp/mustache_data.hpp"
#include "emit/cpp/template_set.hpp"

namespace surrealpp::emit::cpp {

// Throws GenerateError naming the template when it does not parse or fails to render.
std::string render(const TemplateSet& templates, const std::string& name, const Data& context);

// Templates stay readable with section tags on lines of their own; this removes what that leaves behind:
// trailing spaces, runs of blank lines (one is kept), and blank lines right after an opening `{` or before a
// closing `}`.
std::string tidy_blank_lines(std::string_view text);

}  // namespace surrealpp::emit::cpp

// The templates of templates/cpp/, compiled into the generator (embed_templates.cmake writes the definition
// at build time), so that the installed `surrealpp` binary needs no template files.
#pragma once

#include <span>
#include <string_view>

namespace surrealpp::emit::cpp {

struct EmbeddedTemplate {
  std::string_view name;  // file name without `.mustache`
  std::string_view text;
};

std::span<const EmbeddedTemplate> embedded_templates();

}  // namespace surrealpp::emit::cpp

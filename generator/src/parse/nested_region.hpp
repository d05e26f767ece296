// Parsing a region of a file (the inside of a `{ … }` block) with exact file positions: the rest of the text
// is blanked out (newlines kept), so lines, columns and byte offsets need no translation.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "surrealpp/schema/parse.hpp"

namespace surrealpp::schema::parse {

ParseResult parse_region(std::string_view text, const std::string& file_name, std::size_t begin,
                         std::size_t end, const ParseOptions& options);

}  // namespace surrealpp::schema::parse

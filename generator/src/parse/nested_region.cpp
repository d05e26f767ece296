#include "parse/nested_region.hpp"

namespace surrealpp::schema::parse {

ParseResult parse_region(std::string_view text, const std::string& file_name, std::size_t begin,
                         std::size_t end, const ParseOptions& options) {
  std::string blanked(text.size(), ' ');
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' || (i >= begin && i < end)) blanked[i] = text[i];
  }
  return parse_surql(blanked, file_name, options);
}

}  // namespace surrealpp::schema::parse

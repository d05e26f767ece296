// The text being parsed and the translation from ANTLR positions to IR locations. ANTLR counts code points
// (it decodes UTF-8 into UTF-32), the IR counts bytes, so a table maps one to the other when the text is not
// ASCII.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "surrealpp/schema/ir.hpp"

namespace antlr4 {
class Token;
class ParserRuleContext;
}  // namespace antlr4

namespace surrealpp::schema::parse {

class SourceText {
 public:
  SourceText(std::string_view text, std::string file_name);

  const std::string& file_name() const { return file_name_; }
  std::string_view text() const { return text_; }

  // Byte offset of the code point with the given index (index == size gives the end).
  std::size_t byte_offset(std::size_t code_point_index) const;

  SourceLocation location_of(antlr4::Token* token) const;
  SourceLocation location_of(antlr4::Token* start, antlr4::Token* stop) const;
  SourceLocation location_of(antlr4::ParserRuleContext* context) const;

  // The exact text a token or rule spans (comments between its tokens included).
  std::string text_of(antlr4::ParserRuleContext* context) const;
  std::string text_of(antlr4::Token* token) const;
  Expression expression_of(antlr4::ParserRuleContext* context) const;

 private:
  std::string_view text_;
  std::string file_name_;
  std::vector<std::size_t> byte_offsets_;  // empty for pure ASCII text
};

}  // namespace surrealpp::schema::parse

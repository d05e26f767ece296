#include "parse/source_text.hpp"

#include <antlr4-runtime.h>

namespace surrealpp::schema::parse {

namespace {

bool is_ascii(std::string_view text) {
  for (unsigned char c : text) {
    if (c >= 0x80) return false;
  }
  return true;
}

// Length of the UTF-8 sequence that starts with this byte (invalid bytes count as one, like a replacement
// char).
std::size_t utf8_sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 1;
}

}  // namespace

SourceText::SourceText(std::string_view text, std::string file_name)
    : text_(text), file_name_(std::move(file_name)) {
  if (is_ascii(text_)) return;
  byte_offsets_.reserve(text_.size() + 1);
  std::size_t offset = 0;
  while (offset < text_.size()) {
    byte_offsets_.push_back(offset);
    offset += utf8_sequence_length(static_cast<unsigned char>(text_[offset]));
  }
  byte_offsets_.push_back(text_.size());
}

std::size_t SourceText::byte_offset(std::size_t code_point_index) const {
  if (byte_offsets_.empty()) return std::min(code_point_index, text_.size());
  if (code_point_index >= byte_offsets_.size()) return text_.size();
  return byte_offsets_[code_point_index];
}

SourceLocation SourceText::location_of(antlr4::Token* token) const { return location_of(token, token); }

SourceLocation SourceText::location_of(antlr4::Token* start, antlr4::Token* stop) const {
  SourceLocation location;
  location.file = file_name_;
  if (start == nullptr) return location;
  location.line = static_cast<std::uint32_t>(start->getLine());
  location.column = static_cast<std::uint32_t>(start->getCharPositionInLine()) + 1;
  if (start->getType() == antlr4::Token::EOF) {
    location.offset = text_.size();
    return location;
  }
  location.offset = byte_offset(start->getStartIndex());
  if (stop == nullptr || stop->getType() == antlr4::Token::EOF ||
      stop->getStopIndex() + 1 < start->getStartIndex()) {
    stop = start;
  }
  std::size_t end = byte_offset(stop->getStopIndex() + 1);
  location.length = end > location.offset ? end - location.offset : 0;
  return location;
}

SourceLocation SourceText::location_of(antlr4::ParserRuleContext* context) const {
  return location_of(context->getStart(), context->getStop());
}

std::string SourceText::text_of(antlr4::ParserRuleContext* context) const {
  SourceLocation location = location_of(context);
  return std::string(text_.substr(location.offset, location.length));
}

std::string SourceText::text_of(antlr4::Token* token) const {
  SourceLocation location = location_of(token);
  return std::string(text_.substr(location.offset, location.length));
}

Expression SourceText::expression_of(antlr4::ParserRuleContext* context) const {
  Expression expression;
  expression.location = location_of(context);
  expression.text = std::string(text_.substr(expression.location.offset, expression.location.length));
  return expression;
}

}  // namespace surrealpp::schema::parse

// Turns ANTLR's syntax errors into readable diagnostics: "unexpected `;`, expected `THEN`, `WHEN` or
// `COMMENT`". Every error is collected (ANTLR recovers and continues), not only the first.
#pragma once

#include <antlr4-runtime.h>

#include <vector>

#include "parse/source_text.hpp"
#include "surrealpp/schema/diagnostic.hpp"

namespace surrealpp::schema::parse {

class SyntaxErrorListener : public antlr4::BaseErrorListener {
 public:
  SyntaxErrorListener(const SourceText& source, std::vector<Diagnostic>& diagnostics)
      : source_(source), diagnostics_(diagnostics) {}

  void syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offending_symbol, size_t line,
                   size_t char_position_in_line, const std::string& message,
                   std::exception_ptr error) override;

 private:
  const SourceText& source_;
  std::vector<Diagnostic>& diagnostics_;
};

// How a token type reads in a message: `THEN`, `;`, an identifier, a string, end of file.
std::string describe_token_type(const antlr4::dfa::Vocabulary& vocabulary, size_t token_type);

}  // namespace surrealpp::schema::parse

#include "parse/syntax_error_listener.hpp"

#include <SurrealQLLexer.h>
#include <SurrealQLParser.h>

#include <algorithm>

namespace surrealpp::schema::parse {

namespace {

using surrealql::SurrealQLParser;

// The tokens `identifier` stands for: when an identifier is expected, listing every keyword helps nobody.
bool is_keyword_token(size_t type) {
  return type >= SurrealQLParser::DEFINE && type <= SurrealQLParser::QUERY_TIMEOUT;
}

std::string format_expected(const antlr4::dfa::Vocabulary& vocabulary,
                            const antlr4::misc::IntervalSet& expected) {
  std::vector<size_t> types;
  for (ssize_t t : expected.toList()) types.push_back(static_cast<size_t>(t));
  bool identifier_expected =
      std::find(types.begin(), types.end(), static_cast<size_t>(SurrealQLParser::IDENT)) != types.end();
  auto expects = [&](size_t type) { return std::find(types.begin(), types.end(), type) != types.end(); };
  // An expression may start with almost any token: listing them all says less than the word itself.
  if (identifier_expected && expects(SurrealQLParser::STRING) && expects(SurrealQLParser::NUMBER) &&
      expects(SurrealQLParser::VARIABLE) && expects(SurrealQLParser::LPAREN)) {
    return "an expression";
  }
  // Definition names: an identifier, a parameter or (3.x) an expression.
  if (identifier_expected && expects(SurrealQLParser::VARIABLE) && !expects(SurrealQLParser::NUMBER) &&
      !expects(SurrealQLParser::SEMI)) {
    return "a name";
  }
  std::vector<std::string> names;
  for (size_t type : types) {
    if (identifier_expected && is_keyword_token(type)) continue;
    if (type == SurrealQLParser::ESCAPED_IDENT && identifier_expected) continue;
    std::string name = describe_token_type(vocabulary, type);
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  }
  constexpr std::size_t kMaxListed = 10;
  bool truncated = names.size() > kMaxListed;
  if (truncated) names.resize(kMaxListed);
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += (i + 1 == names.size() && !truncated) ? " or " : ", ";
    out += names[i];
  }
  if (truncated) out += ", …";
  return out;
}

std::string describe_token(antlr4::Token* token) {
  if (token == nullptr || token->getType() == antlr4::Token::EOF) return "end of file";
  std::string text = token->getText();
  if (text.size() > 40) text = text.substr(0, 37) + "...";
  return "`" + text + "`";
}

}  // namespace

std::string describe_token_type(const antlr4::dfa::Vocabulary& vocabulary, size_t token_type) {
  switch (token_type) {
    case antlr4::Token::EOF:
      return "end of file";
    case SurrealQLParser::IDENT:
      return "an identifier";
    case SurrealQLParser::ESCAPED_IDENT:
      return "an escaped identifier";
    case SurrealQLParser::VARIABLE:
      return "a parameter";
    case SurrealQLParser::STRING:
      return "a string";
    case SurrealQLParser::NUMBER:
      return "a number";
    case SurrealQLParser::PATH:
      return "a path such as fn::name";
    default:
      break;
  }
  std::string literal = vocabulary.getLiteralName(token_type);
  if (literal.size() >= 2 && literal.front() == '\'')
    return "`" + literal.substr(1, literal.size() - 2) + "`";
  std::string symbolic = vocabulary.getSymbolicName(token_type);
  if (symbolic == "NULL_KW") symbolic = "NULL";
  return "`" + symbolic + "`";
}

void SyntaxErrorListener::syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offending_symbol,
                                      size_t line, size_t char_position_in_line, const std::string& message,
                                      std::exception_ptr error) {
  Diagnostic diagnostic;
  diagnostic.location =
      offending_symbol != nullptr ? source_.location_of(offending_symbol) : SourceLocation{};
  diagnostic.location.file = source_.file_name();
  diagnostic.location.line = static_cast<std::uint32_t>(line);
  diagnostic.location.column = static_cast<std::uint32_t>(char_position_in_line) + 1;

  auto* parser = dynamic_cast<antlr4::Parser*>(recognizer);
  if (parser == nullptr) {
    diagnostic.message = message;  // the lexer never fails (OTHER catches everything), kept for completeness
    diagnostics_.push_back(std::move(diagnostic));
    return;
  }
  antlr4::misc::IntervalSet expected;
  try {
    if (error) std::rethrow_exception(error);
    expected = parser->getExpectedTokens();
  } catch (const antlr4::RecognitionException& recognition) {
    expected = recognition.getExpectedTokens();
  } catch (...) {
    expected = parser->getExpectedTokens();
  }
  diagnostic.message = "unexpected " + describe_token(offending_symbol);
  std::string expected_text = format_expected(parser->getVocabulary(), expected);
  if (!expected_text.empty()) diagnostic.message += ", expected " + expected_text;
  diagnostics_.push_back(std::move(diagnostic));
}

}  // namespace surrealpp::schema::parse

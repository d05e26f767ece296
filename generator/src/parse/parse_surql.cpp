// The SurrealQL front end's entry points: lex, parse (fast SLL first, full LL with error recovery when that fails),
// then build the IR statement by statement.
#include <SurrealQLLexer.h>
#include <SurrealQLParser.h>
#include <antlr4-runtime.h>

#include <fstream>
#include <memory>
#include <sstream>

#include "parse/source_text.hpp"
#include "parse/statement_builder.hpp"
#include "parse/syntax_error_listener.hpp"
#include "surrealpp/schema/parse.hpp"

namespace surrealpp::schema {

namespace {

using surrealql::SurrealQLLexer;
using surrealql::SurrealQLParser;

// Lexer, token stream and parser live together: the parse tree points into all three.
struct ParsePipeline {
  explicit ParsePipeline(std::string_view text)
      : input(text.data(), text.size()), lexer(&input), tokens(&lexer), parser(&tokens) {
    lexer.removeErrorListeners();
    parser.removeErrorListeners();
  }
  antlr4::ANTLRInputStream input;
  SurrealQLLexer lexer;
  antlr4::CommonTokenStream tokens;
  SurrealQLParser parser;
};

// True when error recovery touched this subtree: such statements are reported, not built.
bool has_syntax_error(antlr4::tree::ParseTree* tree) {
  if (dynamic_cast<antlr4::tree::ErrorNode*>(tree) != nullptr) return true;
  if (auto* rule = dynamic_cast<antlr4::ParserRuleContext*>(tree); rule != nullptr && rule->exception != nullptr) {
    return true;
  }
  for (auto* child : tree->children) {
    if (has_syntax_error(child)) return true;
  }
  return false;
}

}  // namespace

ParseResult parse_surql(std::string_view text, const std::string& file_name, const ParseOptions& options) {
  ParseResult result;
  parse::SourceText source(text, file_name);

  // Most files are valid: SLL prediction with bail-out is several times faster than full LL.
  auto pipeline = std::make_unique<ParsePipeline>(text);
  pipeline->parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(
      antlr4::atn::PredictionMode::SLL);
  pipeline->parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
  SurrealQLParser::ScriptContext* script = nullptr;
  try {
    script = pipeline->parser.script();
  } catch (const antlr4::ParseCancellationException&) {
    script = nullptr;
  }
  if (script == nullptr) {
    pipeline = std::make_unique<ParsePipeline>(text);
    pipeline->parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(
        antlr4::atn::PredictionMode::LL);
    parse::SyntaxErrorListener listener(source, result.diagnostics);
    pipeline->parser.addErrorListener(&listener);
    script = pipeline->parser.script();
    pipeline->parser.removeErrorListeners();
  }

  parse::StatementBuilder builder(source, options, result.diagnostics);
  for (auto* statement : script->statement()) {
    if (has_syntax_error(statement)) continue;
    result.schema.statements.push_back(builder.build(statement));
  }
  // Syntax errors come from the parser, rule errors from the builder: report both in source order.
  std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return a.location.line != b.location.line ? a.location.line < b.location.line : a.location.column < b.location.column;
  });
  return result;
}

ParseResult parse_surql_file(const std::filesystem::path& path, const ParseOptions& options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ParseResult result;
    Diagnostic diagnostic;
    diagnostic.location.file = path.string();
    diagnostic.message = "cannot read file";
    result.diagnostics.push_back(std::move(diagnostic));
    return result;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  std::string text = buffer.str();
  return parse_surql(text, path.string(), options);
}

}  // namespace surrealpp::schema

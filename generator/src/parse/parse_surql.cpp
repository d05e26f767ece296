// The SurrealQL front end's entry points: lex, parse (fast SLL first, full LL with error recovery when that
// fails), then build the IR statement by statement.
#include <SurrealQLLexer.h>
#include <SurrealQLParser.h>
#include <antlr4-runtime.h>

#include <algorithm>
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

// The end-of-input token for a statement that `last` ends and only whitespace follows. Whitespace makes no
// token (the grammar skips it: half of all tokens otherwise), so without this ListTokenSource would place the
// end of input at the start of `last`; messages such as "unexpected end of file" point where the whitespace
// starts, just past `last`, as when the whitespace was a token. Lines and columns count code points, as
// ANTLR's lexer does.
std::unique_ptr<antlr4::Token> end_after(antlr4::Token* last, antlr4::Token* eof) {
  auto end = std::make_unique<antlr4::CommonToken>(eof);
  std::size_t line = last->getLine();
  std::size_t column = last->getCharPositionInLine();
  for (unsigned char c : last->getText()) {
    if (c == '\n') {
      ++line;
      column = 0;
    } else if ((c & 0xC0) != 0x80) {
      ++column;
    }
  }
  end->setLine(line);
  end->setCharPositionInLine(column);
  return end;
}

// True when error recovery touched this subtree: such statements are reported, not built.
bool has_syntax_error(antlr4::tree::ParseTree* tree) {
  if (dynamic_cast<antlr4::tree::ErrorNode*>(tree) != nullptr) return true;
  if (auto* rule = dynamic_cast<antlr4::ParserRuleContext*>(tree);
      rule != nullptr && rule->exception != nullptr) {
    return true;
  }
  for (auto* child : tree->children) {
    if (has_syntax_error(child)) return true;
  }
  return false;
}

// Splits a token stream into statements: each chunk ends with a `;` at bracket depth 0 (included) or at EOF.
// Inside an opaque statement the legacy `IF … THEN …; ELSE …; END` form nests `;` between THEN and END.
std::vector<std::vector<antlr4::Token*>> split_statements(const std::vector<antlr4::Token*>& tokens) {
  std::vector<std::vector<antlr4::Token*>> chunks(1);
  int depth = 0;
  int legacy_depth = 0;
  bool ddl = false;
  bool at_start = true;
  for (antlr4::Token* token : tokens) {
    if (token->getType() == antlr4::Token::EOF) break;
    chunks.back().push_back(token);
    if (token->getChannel() != antlr4::Token::DEFAULT_CHANNEL) continue;
    size_t type = token->getType();
    if (at_start) {
      ddl = type == SurrealQLParser::DEFINE || type == SurrealQLParser::REMOVE ||
            type == SurrealQLParser::ALTER || type == SurrealQLParser::INFO || type == SurrealQLParser::USE;
      at_start = false;
    }
    switch (type) {
      case SurrealQLParser::LPAREN:
      case SurrealQLParser::LBRACE:
      case SurrealQLParser::LBRACK:
        ++depth;
        break;
      case SurrealQLParser::RPAREN:
      case SurrealQLParser::RBRACE:
      case SurrealQLParser::RBRACK:
        depth = std::max(0, depth - 1);
        break;
      case SurrealQLParser::THEN:
        if (!ddl && depth == 0) ++legacy_depth;
        break;
      case SurrealQLParser::END:
        if (!ddl && depth == 0 && legacy_depth > 0) --legacy_depth;
        break;
      case SurrealQLParser::SEMI:
        if (depth == 0 && legacy_depth == 0) {
          chunks.emplace_back();
          at_start = true;
        }
        break;
      default:
        break;
    }
  }
  return chunks;
}

// The grammar's `script : statement? (SEMI statement?)* EOF`, one statement at a time: each statement's tree
// is built into IR and freed before the next is parsed, so the allocator reuses the same memory instead of
// holding the tree of a whole file (a 20,000-statement file made millions of nodes; freeing them at once
// left malloc millions of chunks to consolidate, a fifth of the generator's CPU time). `statement` is used by
// `script` alone, so SLL prediction sees the same follow set (`;` or EOF) as when `script` is the start rule.
// False at the first syntax error (the statements built until then are left in `out`).
bool parse_statements(ParsePipeline& pipeline, parse::StatementBuilder& builder,
                      std::vector<Statement>& out) {
  auto& tokens = pipeline.tokens;
  // At most one statement per `;`, plus one: the vector grows once (statements are large to move).
  std::size_t semicolons = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i)
    semicolons += tokens.get(i)->getType() == SurrealQLParser::SEMI;
  out.reserve(out.size() + semicolons + 1);
  try {
    while (true) {
      std::size_t next = tokens.LA(1);
      if (next == antlr4::Token::EOF) return true;
      if (next == SurrealQLParser::SEMI) {  // an empty statement
        tokens.consume();
        continue;
      }
      SurrealQLParser::StatementContext* statement = pipeline.parser.statement();
      next = tokens.LA(1);
      if (next != SurrealQLParser::SEMI && next != antlr4::Token::EOF) return false;
      out.push_back(builder.build(statement));
      pipeline.parser.getTreeTracker().reset();
    }
  } catch (const antlr4::ParseCancellationException&) {
    return false;
  }
}

}  // namespace

ParseResult parse_surql(std::string_view text, const std::string& file_name, const ParseOptions& options) {
  ParseResult result;
  parse::SourceText source(text, file_name);
  parse::StatementBuilder builder(source, options, result.diagnostics);

  // Most files are valid: SLL prediction with bail-out is several times faster than full LL.
  ParsePipeline pipeline(text);
  pipeline.parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(
      antlr4::atn::PredictionMode::SLL);
  pipeline.parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
  // Lexing the whole text first puts the tokens side by side in memory, apart from the IR: freed together at
  // the end, they leave one large hole instead of holes between every statement's IR, which made each later
  // allocation search the heap (bench/generate: a third more CPU without it).
  pipeline.tokens.fill();
  if (!parse_statements(pipeline, builder, result.schema.statements)) {
    // What the builder made of the statements before the error is made again below, diagnostics included.
    result.schema.statements.clear();
    result.diagnostics.clear();
    // Some statement is wrong. Parse statement by statement (full LL, ANTLR's recovery inside a statement) so
    // that one error cannot swallow the statements after it, and every wrong statement gets its own message.
    std::vector<antlr4::Token*> all = pipeline.tokens.getTokens();  // filled above: ends with EOF
    auto chunks = split_statements(all);
    for (std::size_t i = 0; i < chunks.size(); ++i) {
      const auto& chunk = chunks[i];
      if (chunk.empty()) continue;
      std::vector<std::unique_ptr<antlr4::Token>> copies;
      for (antlr4::Token* token : chunk) copies.push_back(std::make_unique<antlr4::CommonToken>(token));
      // The last statement, cut short by the end of the text: see end_after().
      if (i + 1 == chunks.size() && all.back()->getStartIndex() > chunk.back()->getStopIndex() + 1)
        copies.push_back(end_after(chunk.back(), all.back()));
      antlr4::ListTokenSource token_source(std::move(copies));
      antlr4::CommonTokenStream tokens(&token_source);
      SurrealQLParser parser(&tokens);
      parser.removeErrorListeners();
      parse::SyntaxErrorListener listener(source, result.diagnostics);
      parser.addErrorListener(&listener);
      parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(
          antlr4::atn::PredictionMode::LL);
      auto* chunk_script = parser.script();
      for (auto* statement : chunk_script->statement()) {
        if (has_syntax_error(statement)) continue;
        result.schema.statements.push_back(builder.build(statement));
      }
    }
  }
  // Syntax errors come from the parser, rule errors from the builder: report both in source order.
  std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return a.location.line != b.location.line ? a.location.line < b.location.line
                                                               : a.location.column < b.location.column;
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

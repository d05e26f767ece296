// Parse tree → IR. One StatementBuilder walks the statements of one script; its methods are split by
// statement family over several files (define_data_builder.cpp, define_security_builder.cpp,
// define_misc_builder.cpp, statement_builder.cpp, type_builder.cpp). The order rules SurrealDB's parser
// enforces but the grammar leaves free (FLEXIBLE after TYPE, RETRY after ASYNC, index column counts, …) are
// reported here, where clause order is visible.
#pragma once

#include <SurrealQLParser.h>

#include <string>
#include <vector>

#include "parse/source_text.hpp"
#include "surrealpp/schema/diagnostic.hpp"
#include "surrealpp/schema/ir.hpp"
#include "surrealpp/schema/parse.hpp"

namespace surrealpp::schema::parse {

using P = surrealql::SurrealQLParser;

class StatementBuilder {
 public:
  StatementBuilder(const SourceText& source, const ParseOptions& options,
                   std::vector<Diagnostic>& diagnostics)
      : source_(source), options_(options), diagnostics_(diagnostics) {}

  Statement build(P::StatementContext* context);

  // Shared pieces, public for the free helpers of the builder files.
  Name name(P::NameContext* context) const;
  Name identifier_name(P::IdentifierContext* context) const;
  Expression expression(antlr4::ParserRuleContext* context) const { return source_.expression_of(context); }
  Type type(P::KindContext* context);
  Permissions permissions(P::PermissionsClauseContext* context);
  Durations durations(P::DurationClauseContext* context) const;
  Changefeed changefeed(P::ChangefeedClauseContext* context) const;
  DefineMode mode(P::DefineModeContext* context) const;
  Base base(P::BaseLevelContext* context) const;
  std::string text(antlr4::ParserRuleContext* context) const { return source_.text_of(context); }
  std::string text(antlr4::tree::TerminalNode* node) const { return source_.text_of(node->getSymbol()); }
  std::string text(antlr4::Token* token) const { return source_.text_of(token); }
  SourceLocation location(antlr4::ParserRuleContext* context) const { return source_.location_of(context); }
  SourceLocation location(antlr4::Token* token) const { return source_.location_of(token); }
  SourceLocation location(antlr4::tree::TerminalNode* node) const {
    return source_.location_of(node->getSymbol());
  }
  // The location just past a statement, where SurrealDB reports what is missing from it.
  SourceLocation end_of(antlr4::ParserRuleContext* context) const;
  bool v3() const { return options_.syntax == Syntax::V3; }

  void error(const SourceLocation& location, std::string message);

  // Parses the DDL inside the `{ … }` groups directly below `context` (block statements, IF bodies, function
  // bodies): the statements found there, diagnostics added to this builder's.
  std::vector<Statement> nested_statements(antlr4::ParserRuleContext* context);

 private:
  StatementNode build_define(P::DefineStatementContext* context);
  NamespaceDefinition build(P::DefineNamespaceContext* context);
  DatabaseDefinition build(P::DefineDatabaseContext* context);
  TableDefinition build(P::DefineTableContext* context);
  FieldDefinition build(P::DefineFieldContext* context);
  IndexDefinition build(P::DefineIndexContext* context);
  EventDefinition build(P::DefineEventContext* context);
  AnalyzerDefinition build(P::DefineAnalyzerContext* context);
  AccessDefinition build(P::DefineAccessContext* context);
  FunctionDefinition build(P::DefineFunctionContext* context);
  ParamDefinition build(P::DefineParamContext* context);
  UserDefinition build(P::DefineUserContext* context);
  SequenceDefinition build(P::DefineSequenceContext* context);
  ConfigDefinition build(P::DefineConfigContext* context);
  ApiDefinition build(P::DefineApiContext* context);
  BucketDefinition build(P::DefineBucketContext* context);
  ModuleDefinition build(P::DefineModuleContext* context);
  ScopeDefinition build(P::DefineScopeContext* context);
  TokenDefinition build(P::DefineTokenContext* context);
  RemoveStatement build(P::RemoveStatementContext* context);
  AlterStatement build(P::AlterStatementContext* context);
  InfoStatement build(P::InfoStatementContext* context);
  UseStatement build(P::UseStatementContext* context);

  Type single_type(P::KindSingleContext* context);
  std::optional<Expression> rest(P::RestContext* context) const;
  std::vector<AlterClause> alter_clauses(P::RestContext* context) const;

  const SourceText& source_;
  const ParseOptions& options_;
  std::vector<Diagnostic>& diagnostics_;
};

// DEFINE/REMOVE/ALTER kind keyword (definitionKind or alterKind rule) → DefinitionKind.
DefinitionKind definition_kind(antlr4::ParserRuleContext* context);

}  // namespace surrealpp::schema::parse

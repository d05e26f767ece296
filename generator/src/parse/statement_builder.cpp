#include "parse/statement_builder.hpp"

#include <algorithm>
#include <cctype>

#include "parse/identifiers.hpp"
#include "parse/nested_region.hpp"

namespace surrealpp::schema::parse {

namespace {

std::string upper(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::toupper(c); });
  return text;
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

// Words that open a new clause inside the free-form tail of an ALTER statement.
bool opens_alter_clause(size_t type) {
  switch (type) {
    case P::COMMENT:
    case P::DROP:
    case P::TYPE:
    case P::PERMISSIONS:
    case P::VALUE:
    case P::DEFAULT:
    case P::ASSERT:
    case P::READONLY:
    case P::COMPUTED:
    case P::REFERENCE:
    case P::FLEXIBLE:
    case P::FLEX:
    case P::FLEXI:
    case P::SCHEMAFULL:
    case P::SCHEMAFUL:
    case P::SCHEMALESS:
    case P::CHANGEFEED:
    case P::COMPACT:
    case P::PREPARE:
    case P::TIMEOUT:
    case P::BATCH:
    case P::START:
    case P::BACKEND:
    case P::WHEN:
    case P::THEN:
    case P::ASYNC:
    case P::RETRY:
    case P::MAXDEPTH:
    case P::TOKENIZERS:
    case P::FILTERS:
    case P::FUNCTION:
    case P::PASSWORD:
    case P::PASSHASH:
    case P::ROLES:
    case P::DURATION:
    case P::AUTHENTICATE:
    case P::FOR:
    case P::ON:
    case P::QUERY_TIMEOUT:
    case P::STRICT:
    case P::NAMESPACE:
    case P::DATABASE:
      return true;
    default:
      return false;
  }
}

}  // namespace

namespace {

bool contains_ddl(antlr4::tree::ParseTree* tree) {
  if (auto* terminal = dynamic_cast<antlr4::tree::TerminalNode*>(tree)) {
    size_t type = terminal->getSymbol()->getType();
    return type == P::DEFINE || type == P::REMOVE || type == P::ALTER;
  }
  for (auto* child : tree->children) {
    if (contains_ddl(child)) return true;
  }
  return false;
}

// The `{ … }` groups of an opaque statement (its head and items) or a function's body block.
void collect_brace_groups(antlr4::tree::ParseTree* tree, std::vector<antlr4::ParserRuleContext*>& groups) {
  if (auto* group = dynamic_cast<P::GroupContext*>(tree)) {
    if (group->LBRACE() != nullptr) groups.push_back(group);
    return;
  }
  if (auto* block = dynamic_cast<P::BlockContext*>(tree)) {
    groups.push_back(block);
    return;
  }
  if (dynamic_cast<P::OpaqueStatementContext*>(tree) != nullptr ||
      dynamic_cast<P::OpaqueHeadContext*>(tree) != nullptr ||
      dynamic_cast<P::OpaqueItemContext*>(tree) != nullptr) {
    for (auto* child : tree->children) collect_brace_groups(child, groups);
  }
}

}  // namespace

std::vector<Statement> StatementBuilder::nested_statements(antlr4::ParserRuleContext* context) {
  std::vector<Statement> statements;
  if (context == nullptr) return statements;
  std::vector<antlr4::ParserRuleContext*> groups;
  collect_brace_groups(context, groups);
  for (auto* group : groups) {
    if (!contains_ddl(group)) continue;
    std::size_t begin = source_.byte_offset(group->getStart()->getStopIndex() + 1);
    std::size_t end = source_.byte_offset(group->getStop()->getStartIndex());
    ParseResult inner = parse_region(source_.text(), source_.file_name(), begin, end, options_);
    for (auto& diagnostic : inner.diagnostics) diagnostics_.push_back(std::move(diagnostic));
    for (auto& statement : inner.schema.statements) statements.push_back(std::move(statement));
  }
  return statements;
}

void StatementBuilder::error(const SourceLocation& location, std::string message) {
  diagnostics_.push_back(Diagnostic{Diagnostic::Severity::Error, location, std::move(message)});
}

SourceLocation StatementBuilder::end_of(antlr4::ParserRuleContext* context) const {
  SourceLocation last = source_.location_of(context->getStop());
  // SurrealDB points at the token after the statement (usually `;`); one column past the last token is where
  // that token starts when nothing separates them, and close enough otherwise.
  SourceLocation end = last;
  end.offset = last.offset + last.length;
  end.length = 0;
  std::string_view text = source_.text().substr(last.offset, last.length);
  std::size_t newline = text.rfind('\n');
  if (newline == std::string_view::npos) {
    std::size_t code_points = 0;
    for (unsigned char c : text) code_points += (c & 0xC0) != 0x80;
    end.column = last.column + static_cast<std::uint32_t>(code_points);
  } else {
    end.line = last.line + static_cast<std::uint32_t>(std::count(text.begin(), text.end(), '\n'));
    end.column = static_cast<std::uint32_t>(text.size() - newline);
  }
  return end;
}

Name StatementBuilder::identifier_name(P::IdentifierContext* context) const {
  Name result;
  result.location = location(context);
  result.text = text(context);
  result.form = Name::Form::Identifier;
  result.value = identifier_value(result.text, v3() ? EscapeRules::V3 : EscapeRules::V2);
  return result;
}

Name StatementBuilder::name(P::NameContext* context) const {
  if (context->identifier() != nullptr) return identifier_name(context->identifier());
  Name result;
  result.location = location(context);
  result.text = text(context);
  if (context->VARIABLE() != nullptr) {
    result.form = Name::Form::Parameter;
    result.value = identifier_value(result.text.substr(1));
  } else if (context->STRING() != nullptr) {
    result.form = Name::Form::Identifier;
    result.value = string_value(result.text);
  } else if (context->PATH() != nullptr) {
    result.form = Name::Form::Identifier;
    result.value = result.text;
  } else {
    result.form = Name::Form::Expression;
    result.value = result.text;
  }
  return result;
}

DefineMode StatementBuilder::mode(P::DefineModeContext* context) const {
  if (context == nullptr) return DefineMode::Create;
  return context->OVERWRITE() != nullptr ? DefineMode::Overwrite : DefineMode::IfNotExists;
}

Base StatementBuilder::base(P::BaseLevelContext* context) const {
  switch (context->getStart()->getType()) {
    case P::ROOT:
    case P::KV:
      return Base::Root;
    case P::NAMESPACE:
    case P::NS:
      return Base::Namespace;
    default:
      return Base::Database;
  }
}

Changefeed StatementBuilder::changefeed(P::ChangefeedClauseContext* context) const {
  Changefeed result;
  result.duration = text(context->expr());
  result.include_original = context->ORIGINAL() != nullptr;
  result.location = location(context);
  return result;
}

Durations StatementBuilder::durations(P::DurationClauseContext* context) const {
  Durations result;
  result.location = location(context);
  for (auto* item : context->durationItem()) {
    Expression value = expression(item->expr());
    if (item->GRANT() != nullptr)
      result.grant = value;
    else if (item->TOKEN() != nullptr)
      result.token = value;
    else
      result.session = value;
  }
  return result;
}

Permissions StatementBuilder::permissions(P::PermissionsClauseContext* context) {
  Permissions result;
  result.location = location(context);
  auto rule_kind = [](antlr4::tree::TerminalNode* none, antlr4::tree::TerminalNode* where) {
    if (none != nullptr) return PermissionRule::Kind::None;
    return where != nullptr ? PermissionRule::Kind::Where : PermissionRule::Kind::Full;
  };
  if (context->permissionRule().empty()) {
    PermissionRule rule;
    rule.location = result.location;
    rule.kind = rule_kind(context->NONE(), context->WHERE());
    if (context->expr() != nullptr) rule.condition = expression(context->expr());
    result.rules.push_back(std::move(rule));
    return result;
  }
  for (auto* rule_context : context->permissionRule()) {
    PermissionRule rule;
    rule.location = location(rule_context);
    rule.kind = rule_kind(rule_context->NONE(), rule_context->WHERE());
    if (rule_context->expr() != nullptr) rule.condition = expression(rule_context->expr());
    for (auto* action : rule_context->identifier()) {
      std::string word = lower(identifier_value(text(action)));
      if (word == "select")
        rule.actions.push_back(PermissionAction::Select);
      else if (word == "create")
        rule.actions.push_back(PermissionAction::Create);
      else if (word == "update")
        rule.actions.push_back(PermissionAction::Update);
      else if (word == "delete")
        rule.actions.push_back(PermissionAction::Delete);
      else
        error(location(action),
              "unexpected `" + text(action) + "`, expected `select`, `create`, `update` or `delete`");
    }
    result.rules.push_back(std::move(rule));
  }
  return result;
}

std::optional<Expression> StatementBuilder::rest(P::RestContext* context) const {
  if (context == nullptr || context->children.empty()) return std::nullopt;
  return expression(context);
}

DefinitionKind definition_kind(antlr4::ParserRuleContext* context) {
  switch (context->getStart()->getType()) {
    case P::NAMESPACE:
    case P::NS:
      return DefinitionKind::Namespace;
    case P::DATABASE:
    case P::DB:
      return DefinitionKind::Database;
    case P::TABLE:
    case P::TB:
      return DefinitionKind::Table;
    case P::FIELD:
      return DefinitionKind::Field;
    case P::INDEX:
      return DefinitionKind::Index;
    case P::EVENT:
      return DefinitionKind::Event;
    case P::ANALYZER:
      return DefinitionKind::Analyzer;
    case P::ACCESS:
      return DefinitionKind::Access;
    case P::FUNCTION:
      return DefinitionKind::Function;
    case P::PARAM:
      return DefinitionKind::Param;
    case P::USER:
      return DefinitionKind::User;
    case P::SEQUENCE:
      return DefinitionKind::Sequence;
    case P::CONFIG:
      return DefinitionKind::Config;
    case P::API:
      return DefinitionKind::Api;
    case P::BUCKET:
      return DefinitionKind::Bucket;
    case P::MODULE:
      return DefinitionKind::Module;
    case P::MODEL:
      return DefinitionKind::Model;
    case P::SCOPE:
      return DefinitionKind::Scope;
    default:
      return DefinitionKind::Token;
  }
}

Statement StatementBuilder::build(P::StatementContext* context) {
  Statement statement;
  statement.location = location(context);
  statement.text = text(context);
  if (auto* define = context->defineStatement()) {
    statement.node = build_define(define);
  } else if (auto* remove = context->removeStatement()) {
    statement.node = build(remove);
  } else if (auto* alter = context->alterStatement()) {
    statement.node = build(alter);
  } else if (auto* info = context->infoStatement()) {
    statement.node = build(info);
  } else if (auto* use = context->useStatement()) {
    statement.node = build(use);
  } else {
    OpaqueStatement opaque{expression(context), statement.location, {}};
    opaque.nested = nested_statements(context->opaqueStatement());
    statement.node = std::move(opaque);
  }
  // A node's location is its whole statement (the sub-rules start after DEFINE/REMOVE/ALTER).
  std::visit([&](auto& node) { node.location = statement.location; }, statement.node);
  return statement;
}

StatementNode StatementBuilder::build_define(P::DefineStatementContext* context) {
  if (auto* c = context->defineNamespace()) return build(c);
  if (auto* c = context->defineDatabase()) return build(c);
  if (auto* c = context->defineTable()) return build(c);
  if (auto* c = context->defineField()) return build(c);
  if (auto* c = context->defineIndex()) return build(c);
  if (auto* c = context->defineEvent()) return build(c);
  if (auto* c = context->defineAnalyzer()) return build(c);
  if (auto* c = context->defineAccess()) return build(c);
  if (auto* c = context->defineFunction()) return build(c);
  if (auto* c = context->defineParam()) return build(c);
  if (auto* c = context->defineUser()) return build(c);
  if (auto* c = context->defineSequence()) return build(c);
  if (auto* c = context->defineConfig()) return build(c);
  if (auto* c = context->defineApi()) return build(c);
  if (auto* c = context->defineBucket()) return build(c);
  if (auto* c = context->defineModule()) return build(c);
  if (auto* c = context->defineScope()) return build(c);
  return build(context->defineToken());
}

RemoveStatement StatementBuilder::build(P::RemoveStatementContext* context) {
  RemoveStatement result;
  result.location = location(context);
  result.kind = definition_kind(context->definitionKind());
  result.if_exists = context->EXISTS() != nullptr;
  if (auto* target = context->removeTarget()) {
    if (target->name() != nullptr) {
      result.name = name(target->name());
    } else {
      // fn::name() or a field idiom: the text without the call parentheses.
      antlr4::ParserRuleContext* named = target->fieldPath();
      result.name.location = named != nullptr ? location(named) : location(target->PATH());
      result.name.text = named != nullptr ? text(named) : text(target->PATH());
      result.name.value = result.name.text;
    }
  }
  auto* owner = context->name();
  if (context->SCOPE() != nullptr) {
    result.base = Base::Scope;
    if (owner != nullptr) result.on = name(owner);
  } else if (auto* level = context->baseLevel()) {
    bool table_child = result.kind == DefinitionKind::Field || result.kind == DefinitionKind::Index ||
                       result.kind == DefinitionKind::Event;
    if (table_child) {
      // `REMOVE FIELD f ON db`: a table that happens to be called like a base keyword.
      Name table;
      table.location = location(level);
      table.text = text(level);
      table.value = table.text;
      result.on = table;
    } else {
      result.base = base(level);
    }
  } else if (owner != nullptr) {
    result.on = name(owner);
  }
  return result;
}

std::vector<AlterClause> StatementBuilder::alter_clauses(P::RestContext* context) const {
  std::vector<AlterClause> clauses;
  if (context == nullptr) return clauses;
  antlr4::Token* argument_start = nullptr;
  antlr4::Token* argument_stop = nullptr;
  auto close_argument = [&]() {
    if (!clauses.empty() && argument_start != nullptr) {
      Expression argument;
      argument.location = source_.location_of(argument_start, argument_stop);
      argument.text = std::string(source_.text().substr(argument.location.offset, argument.location.length));
      clauses.back().argument = std::move(argument);
    }
    argument_start = argument_stop = nullptr;
  };
  bool pending_drop = false;
  for (auto* child : context->children) {
    auto* terminal = dynamic_cast<antlr4::tree::TerminalNode*>(child);
    if (terminal != nullptr && opens_alter_clause(terminal->getSymbol()->getType()) &&
        !(pending_drop && terminal->getSymbol()->getType() == P::DROP)) {
      if (terminal->getSymbol()->getType() == P::DROP) {
        close_argument();
        pending_drop = true;
        continue;
      }
      close_argument();
      AlterClause clause;
      clause.keyword = upper(text(terminal));
      clause.drop = pending_drop;
      clause.location = location(terminal);
      clauses.push_back(std::move(clause));
      pending_drop = false;
      continue;
    }
    if (pending_drop && terminal != nullptr) {
      // DROP followed by a word that does not open a clause (DROP READONLY, DROP THEN): that word is the
      // clause.
      AlterClause clause;
      clause.keyword = upper(text(terminal));
      clause.drop = true;
      clause.location = location(terminal);
      clauses.push_back(std::move(clause));
      pending_drop = false;
      continue;
    }
    if (clauses.empty()) {
      AlterClause clause;  // leading text before any keyword, e.g. a function signature
      clause.location = terminal != nullptr ? location(terminal)
                                            : location(dynamic_cast<antlr4::ParserRuleContext*>(child));
      clauses.push_back(std::move(clause));
    }
    auto* rule = dynamic_cast<antlr4::ParserRuleContext*>(child);
    antlr4::Token* start = terminal != nullptr ? terminal->getSymbol() : rule->getStart();
    antlr4::Token* stop = terminal != nullptr ? terminal->getSymbol() : rule->getStop();
    if (argument_start == nullptr) argument_start = start;
    argument_stop = stop;
  }
  close_argument();
  if (pending_drop) {
    AlterClause clause;
    clause.keyword = "DROP";
    clauses.push_back(std::move(clause));
  }
  return clauses;
}

AlterStatement StatementBuilder::build(P::AlterStatementContext* context) {
  AlterStatement result;
  result.location = location(context);
  if (auto* index = dynamic_cast<P::AlterIndexContext*>(context)) {
    result.kind = DefinitionKind::Index;
    result.if_exists = index->EXISTS() != nullptr;
    result.name = name(index->name(0));
    result.on = name(index->name(1));
    for (auto* clause_context : index->alterIndexClause()) {
      AlterClause clause;
      clause.location = location(clause_context);
      if (clause_context->PREPARE() != nullptr) {
        clause.keyword = "PREPARE REMOVE";
      } else if (clause_context->DROP() != nullptr) {
        clause.keyword = "COMMENT";
        clause.drop = true;
      } else {
        clause.keyword = "COMMENT";
        clause.argument = expression(clause_context->commentClause()->expr());
      }
      result.clauses.push_back(std::move(clause));
    }
    return result;
  }
  if (auto* system = dynamic_cast<P::AlterSystemContext*>(context)) {
    result.kind = DefinitionKind::System;
    for (auto* clause_context : system->alterSystemClause()) {
      AlterClause clause;
      clause.location = location(clause_context);
      clause.keyword = clause_context->COMPACT() != nullptr ? "COMPACT" : "QUERY_TIMEOUT";
      clause.drop = clause_context->DROP() != nullptr;
      if (clause_context->expr() != nullptr) clause.argument = expression(clause_context->expr());
      result.clauses.push_back(std::move(clause));
    }
    return result;
  }
  auto* other = dynamic_cast<P::AlterOtherContext*>(context);
  result.kind = definition_kind(other->alterKind());
  result.if_exists = other->EXISTS() != nullptr;
  if (auto* target = other->alterTarget()) {
    Name target_name;
    if (target->name() != nullptr) {
      target_name = name(target->name());
    } else {
      auto* module = target->moduleName();
      target_name = module->name() != nullptr ? name(module->name()) : Name{};
      if (module->name() == nullptr) {
        target_name.location = location(module);
        target_name.text = text(module);
        target_name.value = target_name.text;
      }
    }
    result.name = std::move(target_name);
  }
  result.clauses = alter_clauses(other->rest());
  // `ALTER FIELD f ON t …`, `ALTER USER u ON DATABASE …`: the ON clause names the owner, not a change.
  if (!result.clauses.empty() && result.clauses.front().keyword == "ON") {
    AlterClause on = std::move(result.clauses.front());
    result.clauses.erase(result.clauses.begin());
    if (on.argument) {
      std::string word = upper(on.argument->text);
      bool child = result.kind == DefinitionKind::Field || result.kind == DefinitionKind::Index ||
                   result.kind == DefinitionKind::Event;
      if (!child && (word == "ROOT" || word == "KV"))
        result.base = Base::Root;
      else if (!child && (word == "NAMESPACE" || word == "NS"))
        result.base = Base::Namespace;
      else if (!child && (word == "DATABASE" || word == "DB"))
        result.base = Base::Database;
      else {
        Name owner;
        owner.location = on.argument->location;
        owner.text = on.argument->text;
        std::string_view owner_text = owner.text;
        if (upper(std::string(owner_text.substr(0, 6))) == "TABLE ") owner_text.remove_prefix(6);
        owner.value = identifier_value(owner_text);
        result.on = std::move(owner);
      }
    } else if (!result.clauses.empty()) {
      // ON NAMESPACE / ON DATABASE open clauses of their own in the keyword scan.
      std::string word = result.clauses.front().keyword;
      if (word == "NAMESPACE" || word == "DATABASE") {
        result.base = word == "NAMESPACE" ? Base::Namespace : Base::Database;
        result.clauses.erase(result.clauses.begin());
      }
    }
  }
  return result;
}

InfoStatement StatementBuilder::build(P::InfoStatementContext* context) {
  InfoStatement result;
  result.location = location(context);
  auto* target = context->infoTarget();
  if (dynamic_cast<P::InfoRootContext*>(target) != nullptr) {
    result.target = InfoStatement::Target::Root;
  } else if (dynamic_cast<P::InfoNamespaceContext*>(target) != nullptr) {
    result.target = InfoStatement::Target::Namespace;
  } else if (dynamic_cast<P::InfoDatabaseContext*>(target) != nullptr) {
    result.target = InfoStatement::Target::Database;
  } else if (auto* table = dynamic_cast<P::InfoTableContext*>(target)) {
    result.target = InfoStatement::Target::Table;
    result.name = name(table->name());
  } else if (auto* user = dynamic_cast<P::InfoUserContext*>(target)) {
    result.target = InfoStatement::Target::User;
    result.name = name(user->name());
    if (user->baseLevel() != nullptr) result.base = base(user->baseLevel());
  } else if (auto* index = dynamic_cast<P::InfoIndexContext*>(target)) {
    result.target = InfoStatement::Target::Index;
    result.name = name(index->name(0));
    result.on = name(index->name(1));
  }
  for (auto* option : context->infoOption()) {
    if (option->STRUCTURE() != nullptr)
      result.structure = true;
    else
      result.version = expression(option->expr());
  }
  return result;
}

UseStatement StatementBuilder::build(P::UseStatementContext* context) {
  UseStatement result;
  result.location = location(context);
  // The names follow their keywords in order: walk the children to pair them.
  bool next_is_namespace = true;
  for (auto* child : context->children) {
    if (auto* terminal = dynamic_cast<antlr4::tree::TerminalNode*>(child)) {
      size_t type = terminal->getSymbol()->getType();
      if (type == P::NAMESPACE || type == P::NS) next_is_namespace = true;
      if (type == P::DATABASE || type == P::DB) next_is_namespace = false;
    } else if (auto* name_context = dynamic_cast<P::NameContext*>(child)) {
      (next_is_namespace ? result.namespace_name : result.database_name) = name(name_context);
    }
  }
  return result;
}

}  // namespace surrealpp::schema::parse

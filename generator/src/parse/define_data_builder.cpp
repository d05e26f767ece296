// DEFINE NAMESPACE / DATABASE / TABLE / FIELD / INDEX / EVENT, with the clause-order rules SurrealDB's parser
// applies.
#include <algorithm>
#include <cctype>

#include "parse/identifiers.hpp"
#include "parse/statement_builder.hpp"

namespace surrealpp::schema::parse {

namespace {

bool contains_object(const Type& type) {
  if (type.kind == Type::Kind::Object || type.kind == Type::Kind::LiteralObject) return true;
  return std::any_of(type.parameters.begin(), type.parameters.end(), contains_object);
}

std::vector<std::string> table_names(const StatementBuilder& builder, P::TableNameListContext* context) {
  std::vector<std::string> names;
  for (auto* identifier : context->identifier()) names.push_back(builder.identifier_name(identifier).value);
  return names;
}

}  // namespace

NamespaceDefinition StatementBuilder::build(P::DefineNamespaceContext* context) {
  NamespaceDefinition result;
  result.location = location(context);
  result.mode = mode(context->defineMode());
  result.name = name(context->name());
  for (auto* comment : context->commentClause()) result.comment = expression(comment->expr());
  return result;
}

DatabaseDefinition StatementBuilder::build(P::DefineDatabaseContext* context) {
  DatabaseDefinition result;
  result.location = location(context);
  result.mode = mode(context->defineMode());
  result.name = name(context->name());
  for (auto* clause : context->databaseClause()) {
    if (clause->STRICT() != nullptr)
      result.strict = true;
    else if (clause->changefeedClause() != nullptr)
      result.changefeed = changefeed(clause->changefeedClause());
    else
      result.comment = expression(clause->commentClause()->expr());
  }
  return result;
}

TableDefinition StatementBuilder::build(P::DefineTableContext* context) {
  TableDefinition result;
  result.location = location(context);
  result.mode = mode(context->defineMode());
  result.name = name(context->name());
  for (auto* clause : context->tableClause()) {
    if (dynamic_cast<P::TableDropContext*>(clause) != nullptr) {
      result.drop = true;
    } else if (dynamic_cast<P::TableSchemafullContext*>(clause) != nullptr) {
      result.schema = TableDefinition::Schemafulness::Schemafull;
    } else if (dynamic_cast<P::TableSchemalessContext*>(clause) != nullptr) {
      result.schema = TableDefinition::Schemafulness::Schemaless;
    } else if (auto* type_clause = dynamic_cast<P::TableTypeContext*>(clause)) {
      if (type_clause->NORMAL() != nullptr)
        result.type = TableDefinition::Type::Normal;
      else if (type_clause->ANY() != nullptr)
        result.type = TableDefinition::Type::Any;
      else
        result.type = TableDefinition::Type::Relation;
      for (auto* relation : type_clause->relationClause()) {
        if (auto* in = dynamic_cast<P::RelationInContext*>(relation)) {
          result.relation_in = table_names(*this, in->tableNameList());
        } else if (auto* out = dynamic_cast<P::RelationOutContext*>(relation)) {
          result.relation_out = table_names(*this, out->tableNameList());
        } else {
          result.enforced = true;
        }
      }
    } else if (auto* feed = dynamic_cast<P::TableChangefeedContext*>(clause)) {
      result.changefeed = changefeed(feed->changefeedClause());
    } else if (auto* view = dynamic_cast<P::TableViewContext*>(clause)) {
      result.view = expression(view->viewExpr());
    } else if (auto* permissions_clause = dynamic_cast<P::TablePermissionsContext*>(clause)) {
      result.permissions = permissions(permissions_clause->permissionsClause());
    } else if (auto* comment = dynamic_cast<P::TableCommentContext*>(clause)) {
      result.comment = expression(comment->commentClause()->expr());
    }
  }
  return result;
}

FieldDefinition StatementBuilder::build(P::DefineFieldContext* context) {
  FieldDefinition result;
  result.location = location(context);
  result.mode = mode(context->defineMode());
  {
    auto* path = context->fieldPath();
    result.name.location = location(path);
    result.name.text = text(path);
    if (path->VARIABLE() != nullptr && path->children.size() == 1) {
      result.name.form = Name::Form::Parameter;
      result.name.value = identifier_value(result.name.text.substr(1));
    } else if (path->group() != nullptr) {
      result.name.form = Name::Form::Expression;
      result.name.value = result.name.text;
    } else {
      // An idiom: resolve escapes part by part (`a`.`b c` → a.b c) so lookups compare values.
      std::string value;
      for (auto* child : path->children) {
        if (auto* identifier = dynamic_cast<P::IdentifierContext*>(child)) {
          value += identifier_value(text(identifier));
        } else if (auto* terminal = dynamic_cast<antlr4::tree::TerminalNode*>(child)) {
          // INFO prints the flatten operator `...` as `…`: both are the same idiom.
          value += terminal->getSymbol()->getType() == P::ELLIPSIS ? std::string("...") : text(terminal);
        } else if (auto* balanced = dynamic_cast<P::BalancedContext*>(child)) {
          value += text(balanced);
        }
      }
      result.name.value = value;
    }
  }
  result.table = name(context->name());

  std::optional<SourceLocation> flexible_at;
  for (auto* clause : context->fieldClause()) {
    if (auto* flexible = dynamic_cast<P::FieldFlexibleContext*>(clause)) {
      result.flexible = true;
      flexible_at = location(flexible);
      if (v3() && !result.type) error(location(flexible), "FLEXIBLE must be specified after TYPE");
    } else if (auto* type_clause = dynamic_cast<P::FieldTypeContext*>(clause)) {
      result.type = type(type_clause->kind());
    } else if (auto* default_clause = dynamic_cast<P::FieldDefaultContext*>(clause)) {
      result.default_value = expression(default_clause->expr());
      result.default_always = default_clause->ALWAYS() != nullptr;
    } else if (auto* value = dynamic_cast<P::FieldValueContext*>(clause)) {
      result.value = expression(value->expr());
    } else if (auto* assertion = dynamic_cast<P::FieldAssertContext*>(clause)) {
      result.assertion = expression(assertion->expr());
    } else if (dynamic_cast<P::FieldReadonlyContext*>(clause) != nullptr) {
      result.readonly = true;
    } else if (auto* computed = dynamic_cast<P::FieldComputedContext*>(clause)) {
      result.computed = expression(computed->expr());
      if (!v3())
        error(location(computed), "COMPUTED fields are SurrealDB 3.x syntax (2.x uses VALUE <future> { … })");
    } else if (auto* reference = dynamic_cast<P::FieldReferenceContext*>(clause)) {
      Reference ref;
      ref.location = location(reference);
      if (auto* action = reference->referenceAction()) {
        if (action->REJECT() != nullptr)
          ref.on_delete = Reference::OnDelete::Reject;
        else if (action->CASCADE() != nullptr)
          ref.on_delete = Reference::OnDelete::Cascade;
        else if (action->IGNORE() != nullptr)
          ref.on_delete = Reference::OnDelete::Ignore;
        else if (action->UNSET() != nullptr)
          ref.on_delete = Reference::OnDelete::Unset;
        else {
          ref.on_delete = Reference::OnDelete::Then;
          ref.then = expression(action->expr());
        }
      }
      result.reference = std::move(ref);
    } else if (auto* permissions_clause = dynamic_cast<P::FieldPermissionsContext*>(clause)) {
      result.permissions = permissions(permissions_clause->permissionsClause());
      if (v3()) {
        // Point at the `delete` word itself, as SurrealDB does.
        for (auto* rule : permissions_clause->permissionsClause()->permissionRule()) {
          for (auto* action : rule->identifier()) {
            std::string word = identifier_name(action).value;
            std::transform(word.begin(), word.end(), word.begin(),
                           [](unsigned char c) { return std::tolower(c); });
            if (word == "delete") {
              error(location(action), "Can't define permission DELETE for fields");
            }
          }
        }
      }
    } else if (auto* comment = dynamic_cast<P::FieldCommentContext*>(clause)) {
      result.comment = expression(comment->commentClause()->expr());
    }
  }
  const bool flexible_misplaced = v3() && result.flexible && flexible_at && result.type &&
                                  flexible_at->offset < result.type->location.offset;
  if (v3() && result.flexible && result.type && !flexible_misplaced && !contains_object(*result.type)) {
    error(*flexible_at, "FLEXIBLE can only be used with types containing object");
  }
  return result;
}

IndexDefinition StatementBuilder::build(P::DefineIndexContext* context) {
  IndexDefinition result;
  result.location = location(context);
  result.mode = mode(context->defineMode());
  result.name = name(context->name(0));
  result.table = name(context->name(1));
  for (auto* clause : context->indexClause()) {
    if (auto* fields = dynamic_cast<P::IndexFieldsContext*>(clause)) {
      for (auto* field : fields->indexField()) result.fields.push_back(expression(field));
    } else if (dynamic_cast<P::IndexUniqueContext*>(clause) != nullptr) {
      result.kind = IndexDefinition::Kind::Unique;
    } else if (auto* count = dynamic_cast<P::IndexCountContext*>(clause)) {
      result.kind = IndexDefinition::Kind::Count;
      if (count->expr() != nullptr) result.count_condition = expression(count->expr());
      if (!v3()) error(location(count), "COUNT indexes are SurrealDB 3.x syntax");
    } else if (auto* fulltext = dynamic_cast<P::IndexFullTextContext*>(clause)) {
      result.kind = IndexDefinition::Kind::FullText;
      FullTextIndex options;
      options.legacy_search = fulltext->SEARCH() != nullptr;
      if (v3() && options.legacy_search) {
        error(location(fulltext->SEARCH()),
              "SEARCH ANALYZER is SurrealDB 2.x syntax; 3.x uses FULLTEXT ANALYZER");
      } else if (!v3() && !options.legacy_search) {
        error(location(fulltext->FULLTEXT()), "FULLTEXT is SurrealDB 3.x syntax; 2.x uses SEARCH ANALYZER");
      }
      for (auto* option : fulltext->fullTextOption()) {
        if (auto* analyzer = dynamic_cast<P::FullTextAnalyzerContext*>(option)) {
          options.analyzer = identifier_name(analyzer->identifier()).value;
        } else if (auto* bm25 = dynamic_cast<P::FullTextBm25Context*>(option)) {
          options.bm25 = true;
          if (!bm25->number().empty()) {
            options.bm25_k1 = text(bm25->number(0));
            options.bm25_b = text(bm25->number(1));
          }
        } else if (dynamic_cast<P::FullTextHighlightsContext*>(option) != nullptr) {
          options.highlights = true;
        } else if (auto* tuning = dynamic_cast<P::FullTextTuningContext*>(option)) {
          options.extra_options.emplace_back(text(tuning->getStart()), text(tuning->number()));
        }
      }
      result.fulltext = std::move(options);
    } else if (auto* vector = dynamic_cast<P::IndexVectorContext*>(clause)) {
      result.kind = vector->HNSW() != nullptr ? IndexDefinition::Kind::Hnsw : IndexDefinition::Kind::MTree;
      if (v3() && vector->MTREE() != nullptr) {
        error(location(vector->MTREE()), "MTREE indexes were removed in SurrealDB 3.x; use HNSW");
      }
      VectorIndex options;
      for (auto* option : vector->vectorOption()) {
        if (auto* dimension = dynamic_cast<P::VectorDimensionContext*>(option)) {
          std::string value = text(dimension->number());
          try {
            options.dimension = std::stoull(value);
          } catch (const std::exception&) {
            error(location(dimension->number()), "unexpected `" + value + "`, expected a positive dimension");
          }
        } else if (auto* distance = dynamic_cast<P::VectorDistanceContext*>(option)) {
          std::string value = text(distance->identifier());
          if (distance->number() != nullptr) value += " " + text(distance->number());
          options.distance = value;
        } else if (auto* vector_type = dynamic_cast<P::VectorTypeContext*>(option)) {
          options.vector_type = text(vector_type->identifier());
        } else if (auto* number = dynamic_cast<P::VectorNumberContext*>(option)) {
          std::string keyword = text(number->getStart());
          std::string value = text(number->number());
          switch (number->getStart()->getType()) {
            case P::CAPACITY:
              options.capacity = value;
              break;
            case P::EFC:
              options.efc = value;
              break;
            case P::M:
              options.m = value;
              break;
            case P::M0:
              options.m0 = value;
              break;
            case P::LM:
              options.lm = value;
              break;
            default:
              options.extra_options.emplace_back(keyword, value);
              break;
          }
        } else if (auto* flag = dynamic_cast<P::VectorFlagContext*>(option)) {
          if (flag->EXTEND_CANDIDATES() != nullptr)
            options.extend_candidates = true;
          else if (flag->KEEP_PRUNED_CONNECTIONS() != nullptr)
            options.keep_pruned_connections = true;
          else
            options.extra_options.emplace_back(text(flag), "");
        }
      }
      result.vector = std::move(options);
    } else if (dynamic_cast<P::IndexConcurrentlyContext*>(clause) != nullptr) {
      result.concurrently = true;
    } else if (dynamic_cast<P::IndexDeferContext*>(clause) != nullptr) {
      result.defer = true;
    } else if (auto* comment = dynamic_cast<P::IndexCommentContext*>(clause)) {
      result.comment = expression(comment->commentClause()->expr());
    }
  }

  // Column-count rules of SurrealDB's parser, with its wording.
  using Kind = IndexDefinition::Kind;
  const std::size_t columns = result.fields.size();
  SourceLocation at = end_of(context);
  if (result.kind == Kind::Count && columns > 0) {
    error(result.fields.front().location, "Cannot create a count index with fields");
  } else if ((result.kind == Kind::FullText || result.kind == Kind::Hnsw || result.kind == Kind::MTree) &&
             columns != 1) {
    error(columns == 0 ? at : result.fields[1].location,
          columns == 0 ? "Expected one column, found none"
                       : "Expected one column, found " + std::to_string(columns));
  } else if ((result.kind == Kind::Plain || result.kind == Kind::Unique) && columns == 0) {
    error(at, "Expected at least one column - Use FIELDS to define columns");
  }
  return result;
}

EventDefinition StatementBuilder::build(P::DefineEventContext* context) {
  EventDefinition result;
  result.location = location(context);
  result.mode = mode(context->defineMode());
  result.name = name(context->name(0));
  result.table = name(context->name(1));
  for (auto* clause : context->eventClause()) {
    if (dynamic_cast<P::EventAsyncContext*>(clause) != nullptr) {
      result.async = true;
    } else if (auto* retry = dynamic_cast<P::EventRetryContext*>(clause)) {
      if (!result.async)
        error(location(retry->RETRY()), "unexpected `RETRY` (RETRY must be set after ASYNC)");
      result.retry = text(retry->number());
    } else if (auto* depth = dynamic_cast<P::EventMaxDepthContext*>(clause)) {
      if (!result.async) {
        error(location(depth->MAXDEPTH()), "unexpected `MAXDEPTH` (MAXDEPTH must be set after ASYNC)");
      }
      result.max_depth = text(depth->number());
    } else if (auto* when = dynamic_cast<P::EventWhenContext*>(clause)) {
      result.when = expression(when->expr());
    } else if (auto* then = dynamic_cast<P::EventThenContext*>(clause)) {
      for (auto* action : then->expr()) result.then.push_back(expression(action));
    } else if (auto* comment = dynamic_cast<P::EventCommentContext*>(clause)) {
      result.comment = expression(comment->commentClause()->expr());
    }
  }
  if (result.then.empty()) error(end_of(context), "Expected at least one `THEN` statement");
  return result;
}

}  // namespace surrealpp::schema::parse

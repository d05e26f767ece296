// DEFINE ANALYZER / FUNCTION / PARAM / SEQUENCE / CONFIG / API / BUCKET / MODULE / MODEL.
#include <algorithm>
#include <cctype>

#include "parse/identifiers.hpp"
#include "parse/statement_builder.hpp"

namespace surrealpp::schema::parse {

AnalyzerDefinition StatementBuilder::build(P::DefineAnalyzerContext* context) {
  AnalyzerDefinition result;
  result.location = location(context);
  result.mode = mode(context->defineMode());
  result.name = name(context->name());
  for (auto* clause : context->analyzerClause()) {
    if (auto* function = dynamic_cast<P::AnalyzerFunctionContext*>(clause)) {
      result.function = text(function->PATH());
    } else if (auto* tokenizers = dynamic_cast<P::AnalyzerTokenizersContext*>(clause)) {
      for (auto* tokenizer : tokenizers->identifier())
        result.tokenizers.push_back(identifier_name(tokenizer).value);
    } else if (auto* filters = dynamic_cast<P::AnalyzerFiltersContext*>(clause)) {
      for (auto* filter : filters->analyzerFilter()) result.filters.push_back(expression(filter));
    } else if (auto* comment = dynamic_cast<P::AnalyzerCommentContext*>(clause)) {
      result.comment = expression(comment->commentClause()->expr());
    }
  }
  return result;
}

FunctionDefinition StatementBuilder::build(P::DefineFunctionContext* context) {
  FunctionDefinition result;
  result.location = location(context);
  result.mode = mode(context->defineMode());
  result.name.location = location(context->PATH());
  result.name.text = text(context->PATH());
  result.name.value = result.name.text;
  for (auto* parameter_context : context->functionParameter()) {
    FunctionParameter parameter;
    parameter.location = location(parameter_context);
    parameter.name = identifier_value(text(parameter_context->VARIABLE()).substr(1));
    if (parameter_context->kind() != nullptr) parameter.type = type(parameter_context->kind());
    result.parameters.push_back(std::move(parameter));
  }
  if (context->kind() != nullptr) result.returns = type(context->kind());
  result.body = expression(context->block());
  result.nested = nested_statements(context->block());
  for (auto* clause : context->functionClause()) {
    if (clause->permissionsClause() != nullptr)
      result.permissions = permissions(clause->permissionsClause());
    else
      result.comment = expression(clause->commentClause()->expr());
  }
  return result;
}

ParamDefinition StatementBuilder::build(P::DefineParamContext* context) {
  ParamDefinition result;
  result.location = location(context);
  result.mode = mode(context->defineMode());
  result.name.form = Name::Form::Parameter;
  result.name.location = location(context->VARIABLE());
  result.name.text = text(context->VARIABLE());
  result.name.value = identifier_value(result.name.text.substr(1));
  for (auto* clause : context->paramClause()) {
    if (auto* value = dynamic_cast<P::ParamValueContext*>(clause)) {
      result.value = expression(value->expr());
    } else if (auto* permissions_clause = dynamic_cast<P::ParamPermissionsContext*>(clause)) {
      result.permissions = permissions(permissions_clause->permissionsClause());
    } else if (auto* comment = dynamic_cast<P::ParamCommentContext*>(clause)) {
      result.comment = expression(comment->commentClause()->expr());
    }
  }
  return result;
}

SequenceDefinition StatementBuilder::build(P::DefineSequenceContext* context) {
  SequenceDefinition result;
  result.location = location(context);
  result.mode = mode(context->defineMode());
  result.name = name(context->name());
  for (auto* clause : context->sequenceClause()) {
    if (auto* batch = dynamic_cast<P::SequenceBatchContext*>(clause)) {
      result.batch = text(batch->expr());
    } else if (auto* start = dynamic_cast<P::SequenceStartContext*>(clause)) {
      result.start = text(start->expr());
    } else if (auto* timeout = dynamic_cast<P::SequenceTimeoutContext*>(clause)) {
      result.timeout = expression(timeout->expr());
    } else if (auto* comment = dynamic_cast<P::SequenceCommentContext*>(clause)) {
      result.comment = expression(comment->commentClause()->expr());
    }
  }
  return result;
}

ConfigDefinition StatementBuilder::build(P::DefineConfigContext* context) {
  ConfigDefinition result;
  result.location = location(context);
  result.mode = mode(context->defineMode());
  result.kind = identifier_name(context->identifier()).value;
  std::transform(result.kind.begin(), result.kind.end(), result.kind.begin(),
                 [](unsigned char c) { return std::toupper(c); });
  result.body = rest(context->rest());
  return result;
}

ApiDefinition StatementBuilder::build(P::DefineApiContext* context) {
  ApiDefinition result;
  result.location = location(context);
  result.mode = mode(context->defineMode());
  result.path = name(context->name());
  result.body = rest(context->rest());
  return result;
}

BucketDefinition StatementBuilder::build(P::DefineBucketContext* context) {
  BucketDefinition result;
  result.location = location(context);
  result.mode = mode(context->defineMode());
  result.name = name(context->name());
  for (auto* clause : context->bucketClause()) {
    if (auto* backend = dynamic_cast<P::BucketBackendContext*>(clause)) {
      result.backend = expression(backend->expr());
    } else if (dynamic_cast<P::BucketReadonlyContext*>(clause) != nullptr) {
      result.readonly = true;
    } else if (auto* permissions_clause = dynamic_cast<P::BucketPermissionsContext*>(clause)) {
      result.permissions = permissions(permissions_clause->permissionsClause());
    } else if (auto* comment = dynamic_cast<P::BucketCommentContext*>(clause)) {
      result.comment = expression(comment->commentClause()->expr());
    }
  }
  return result;
}

ModuleDefinition StatementBuilder::build(P::DefineModuleContext* context) {
  ModuleDefinition result;
  result.location = location(context);
  result.kind = context->MODEL() != nullptr ? ModuleDefinition::Kind::Model : ModuleDefinition::Kind::Module;
  result.mode = mode(context->defineMode());
  auto* module = context->moduleName();
  if (module->name() != nullptr) {
    result.name = name(module->name());
  } else {
    result.name.location = location(module);
    result.name.text = text(module);
    result.name.value = result.name.text;
  }
  result.body = rest(context->rest());
  return result;
}

}  // namespace surrealpp::schema::parse

// DEFINE ACCESS / USER and the 2.x DEFINE SCOPE / TOKEN.
#include <algorithm>
#include <cctype>

#include "parse/identifiers.hpp"
#include "parse/statement_builder.hpp"

namespace surrealpp::schema::parse {

AccessDefinition StatementBuilder::build(P::DefineAccessContext* context) {
  AccessDefinition result;
  result.location = location(context);
  result.mode = mode(context->defineMode());
  result.name = name(context->name());
  result.base = base(context->baseLevel());
  // ALGORITHM and KEY after WITH ISSUER describe the issuer, before it the verifier.
  bool issuer_clauses = false;
  auto jwt = [&]() -> JwtSettings& {
    if (!result.jwt) result.jwt.emplace();
    return *result.jwt;
  };
  for (auto* clause : context->accessClause()) {
    if (auto* type_clause = dynamic_cast<P::AccessTypeContext*>(clause)) {
      if (type_clause->RECORD() != nullptr) {
        result.type = AccessDefinition::Type::Record;
      } else if (type_clause->JWT() != nullptr) {
        result.type = AccessDefinition::Type::Jwt;
        jwt();
      } else {
        result.type = AccessDefinition::Type::Bearer;
        if (type_clause->identifier() != nullptr) {
          std::string subject = identifier_name(type_clause->identifier()).value;
          std::transform(subject.begin(), subject.end(), subject.begin(),
                         [](unsigned char c) { return std::toupper(c); });
          result.bearer_subject = subject;
        }
      }
    } else if (auto* signup = dynamic_cast<P::AccessSignupContext*>(clause)) {
      result.signup = expression(signup->expr());
    } else if (auto* signin = dynamic_cast<P::AccessSigninContext*>(clause)) {
      result.signin = expression(signin->expr());
    } else if (dynamic_cast<P::AccessWithJwtContext*>(clause) != nullptr) {
      jwt();
      issuer_clauses = false;
    } else if (dynamic_cast<P::AccessWithIssuerContext*>(clause) != nullptr) {
      jwt().with_issuer = true;
      issuer_clauses = true;
    } else if (dynamic_cast<P::AccessWithRefreshContext*>(clause) != nullptr) {
      result.with_refresh = true;
    } else if (auto* algorithm = dynamic_cast<P::AccessAlgorithmContext*>(clause)) {
      (issuer_clauses ? jwt().issuer_algorithm : jwt().algorithm) = text(algorithm->identifier());
    } else if (auto* key = dynamic_cast<P::AccessKeyContext*>(clause)) {
      (issuer_clauses ? jwt().issuer_key : jwt().key) = expression(key->expr());
    } else if (auto* url = dynamic_cast<P::AccessUrlContext*>(clause)) {
      jwt().url = expression(url->expr());
    } else if (auto* authenticate = dynamic_cast<P::AccessAuthenticateContext*>(clause)) {
      result.authenticate = expression(authenticate->expr());
    } else if (auto* duration = dynamic_cast<P::AccessDurationContext*>(clause)) {
      result.durations = durations(duration->durationClause());
    } else if (auto* comment = dynamic_cast<P::AccessCommentContext*>(clause)) {
      result.comment = expression(comment->commentClause()->expr());
    }
  }
  return result;
}

UserDefinition StatementBuilder::build(P::DefineUserContext* context) {
  UserDefinition result;
  result.location = location(context);
  result.mode = mode(context->defineMode());
  result.name = name(context->name());
  result.base = base(context->baseLevel());
  for (auto* clause : context->userClause()) {
    if (auto* password = dynamic_cast<P::UserPasswordContext*>(clause)) {
      result.password = expression(password->expr());
    } else if (auto* passhash = dynamic_cast<P::UserPasshashContext*>(clause)) {
      result.passhash = expression(passhash->expr());
    } else if (auto* roles = dynamic_cast<P::UserRolesContext*>(clause)) {
      for (auto* role : roles->identifier()) result.roles.push_back(identifier_name(role).value);
    } else if (auto* duration = dynamic_cast<P::UserDurationContext*>(clause)) {
      result.durations = durations(duration->durationClause());
    } else if (auto* comment = dynamic_cast<P::UserCommentContext*>(clause)) {
      result.comment = expression(comment->commentClause()->expr());
    }
  }
  return result;
}

ScopeDefinition StatementBuilder::build(P::DefineScopeContext* context) {
  ScopeDefinition result;
  result.location = location(context);
  result.mode = mode(context->defineMode());
  result.name = name(context->name());
  if (v3()) {
    error(location(context->SCOPE()),
          "DEFINE SCOPE is SurrealDB 2.x syntax; 3.x uses DEFINE ACCESS … ON DATABASE TYPE RECORD");
  }
  for (auto* clause : context->scopeClause()) {
    if (auto* session = dynamic_cast<P::ScopeSessionContext*>(clause)) {
      result.session = text(session->expr());
    } else if (auto* signup = dynamic_cast<P::ScopeSignupContext*>(clause)) {
      result.signup = expression(signup->expr());
    } else if (auto* signin = dynamic_cast<P::ScopeSigninContext*>(clause)) {
      result.signin = expression(signin->expr());
    } else if (auto* comment = dynamic_cast<P::ScopeCommentContext*>(clause)) {
      result.comment = expression(comment->commentClause()->expr());
    }
  }
  return result;
}

TokenDefinition StatementBuilder::build(P::DefineTokenContext* context) {
  TokenDefinition result;
  result.location = location(context);
  result.mode = mode(context->defineMode());
  result.name = name(context->name(0));
  if (v3()) {
    error(location(context->TOKEN()),
          "DEFINE TOKEN is SurrealDB 2.x syntax; 3.x uses DEFINE ACCESS … TYPE JWT");
  }
  if (context->SCOPE() != nullptr) {
    result.base = Base::Scope;
    result.scope = name(context->name(1));
  } else {
    result.base = base(context->baseLevel());
  }
  for (auto* clause : context->tokenClause()) {
    if (auto* type_clause = dynamic_cast<P::TokenTypeContext*>(clause)) {
      result.algorithm = text(type_clause->identifier());
    } else if (auto* value = dynamic_cast<P::TokenValueContext*>(clause)) {
      result.value = expression(value->expr());
    } else if (auto* comment = dynamic_cast<P::TokenCommentContext*>(clause)) {
      result.comment = expression(comment->commentClause()->expr());
    }
  }
  return result;
}

}  // namespace surrealpp::schema::parse

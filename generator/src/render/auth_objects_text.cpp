// DEFINE ACCESS and USER, and the 2.x DEFINE SCOPE and TOKEN (which 3.x spells as DEFINE ACCESS).
#include <cctype>

#include "render/definition_text.hpp"
#include "render/render_error.hpp"
#include "render/surql_text.hpp"
#include "surrealpp/schema/names.hpp"

namespace surrealpp::schema::render {
namespace {

std::string upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

std::string base_text(Base base) { return " ON " + std::string(keyword_of(base)); }

// `ALGORITHM a KEY k` or `URL u`, then `WITH ISSUER …`.
std::string jwt_text(const JwtSettings& jwt, Syntax syntax) {
  std::string out;
  if (jwt.url) {
    out += " URL " + expression_text(*jwt.url, syntax);
  } else {
    if (jwt.algorithm) out += " ALGORITHM " + upper(*jwt.algorithm);
    if (jwt.key) out += " KEY " + expression_text(*jwt.key, syntax);
  }
  if (jwt.with_issuer || jwt.issuer_key || jwt.issuer_algorithm) {
    out += " WITH ISSUER";
    if (jwt.issuer_algorithm) out += " ALGORITHM " + upper(*jwt.issuer_algorithm);
    if (jwt.issuer_key) out += " KEY " + expression_text(*jwt.issuer_key, syntax);
  }
  return out;
}

}  // namespace

std::string render_definition(const AccessDefinition& access, Syntax syntax) {
  std::string out = "DEFINE ACCESS" + mode_text(access.mode) + ' ' + render_name(access.name) +
                    base_text(access.base) + " TYPE";
  switch (access.type) {
    case AccessDefinition::Type::Record:
      out += " RECORD";
      if (access.signup) out += " SIGNUP " + expression_text(*access.signup, syntax);
      if (access.signin) out += " SIGNIN " + expression_text(*access.signin, syntax);
      if (access.with_refresh) {
        if (syntax == Syntax::V2) throw RenderError("WITH REFRESH", syntax, access.location);
        out += " WITH REFRESH";
      }
      if (access.jwt) out += " WITH JWT" + jwt_text(*access.jwt, syntax);
      break;
    case AccessDefinition::Type::Jwt:
      out += " JWT";
      if (access.jwt) out += jwt_text(*access.jwt, syntax);
      break;
    case AccessDefinition::Type::Bearer:
      out += " BEARER";
      if (access.bearer_subject) out += " FOR " + upper(*access.bearer_subject);
      break;
  }
  if (access.authenticate) out += " AUTHENTICATE " + expression_text(*access.authenticate, syntax);
  out += durations_text(access.durations, syntax);
  return out + comment_text(access.comment, syntax);
}

std::string render_definition(const UserDefinition& user, Syntax syntax) {
  std::string out =
      "DEFINE USER" + mode_text(user.mode) + ' ' + render_name(user.name) + base_text(user.base);
  if (user.password) out += " PASSWORD " + expression_text(*user.password, syntax);
  if (user.passhash) out += " PASSHASH " + expression_text(*user.passhash, syntax);
  for (std::size_t i = 0; i < user.roles.size(); ++i)
    out += (i == 0 ? " ROLES " : ", ") + escape_keyword_free_identifier(upper(user.roles[i]));
  out += durations_text(user.durations, syntax);
  return out + comment_text(user.comment, syntax);
}

std::string render_definition(const ScopeDefinition& scope, Syntax syntax) {
  if (syntax == Syntax::V2) {
    std::string out = "DEFINE SCOPE" + mode_text(scope.mode) + ' ' + render_name(scope.name);
    if (scope.session) out += " SESSION " + *scope.session;
    if (scope.signup) out += " SIGNUP " + expression_text(*scope.signup, syntax);
    if (scope.signin) out += " SIGNIN " + expression_text(*scope.signin, syntax);
    return out + comment_text(scope.comment, syntax);
  }
  // 3.x: a scope is a database record access whose session lasts SESSION (2.x upgrades it to exactly that).
  std::string out =
      "DEFINE ACCESS" + mode_text(scope.mode) + ' ' + render_name(scope.name) + " ON DATABASE TYPE RECORD";
  if (scope.signup) out += " SIGNUP " + expression_text(*scope.signup, syntax);
  if (scope.signin) out += " SIGNIN " + expression_text(*scope.signin, syntax);
  if (scope.session) out += " DURATION FOR SESSION " + *scope.session;
  return out + comment_text(scope.comment, syntax);
}

std::string render_definition(const TokenDefinition& token, Syntax syntax) {
  if (syntax == Syntax::V2) {
    std::string out =
        "DEFINE TOKEN" + mode_text(token.mode) + ' ' + render_name(token.name) + base_text(token.base);
    if (token.base == Base::Scope && token.scope) out += ' ' + render_name(*token.scope);
    out += " TYPE " + upper(token.algorithm);
    if (token.value) out += " VALUE " + expression_text(*token.value, syntax);
    return out + comment_text(token.comment, syntax);
  }
  // 3.x: a namespace or database token is a JWT access. A scope token has no 3.x statement of its own (it
  // became part of the scope's record access).
  if (token.base == Base::Scope || token.base == Base::Root)
    throw RenderError("DEFINE TOKEN … ON " + std::string(keyword_of(token.base)), syntax, token.location,
                      "3.x defines JWT verification on the record access itself");
  std::string out = "DEFINE ACCESS" + mode_text(token.mode) + ' ' + render_name(token.name) +
                    base_text(token.base) + " TYPE JWT ALGORITHM " + upper(token.algorithm);
  if (token.value) out += " KEY " + expression_text(*token.value, syntax);
  return out + comment_text(token.comment, syntax);
}

}  // namespace surrealpp::schema::render

// `accesses`, `users` and the 2.x `scopes` and `tokens`.
#include "yaml/yaml_readers.hpp"
#include "yaml/yaml_values.hpp"

namespace surrealpp::schema::yaml {
namespace {

std::optional<JwtSettings> read_jwt(Mapping& item) {
  YAML::Node node = item.get("jwt");
  if (!node.IsDefined() || node.IsNull()) return std::nullopt;
  Mapping settings(node, item.file(), "`jwt` of " + item.what());
  JwtSettings jwt;
  jwt.algorithm = settings.text("algorithm");
  jwt.key = read_text_literal(settings, "key");
  jwt.url = read_text_literal(settings, "url");
  YAML::Node issuer_node = settings.get("issuer");
  if (issuer_node.IsDefined() && !issuer_node.IsNull()) {
    Mapping issuer(issuer_node, item.file(), "`issuer` of " + item.what());
    jwt.with_issuer = true;
    jwt.issuer_algorithm = issuer.text("algorithm");
    jwt.issuer_key = read_text_literal(issuer, "key");
    std::vector<Diagnostic> unknown;
    issuer.finish(unknown);
    if (!unknown.empty()) throw YamlError(unknown.front().location, unknown.front().message);
  }
  std::vector<Diagnostic> unknown;
  settings.finish(unknown);
  if (!unknown.empty()) throw YamlError(unknown.front().location, unknown.front().message);
  return jwt;
}

}  // namespace

void read_accesses(DocumentReader& reader, const YAML::Node& list) {
  reader.each_item(list, "accesses", [&](const YAML::Node& node) {
    Mapping item(node, reader.file, "access");
    AccessDefinition access;
    access.location = item.location();
    access.name = read_name(item);
    access.mode = read_mode(item);
    access.base = read_base(item, "on", false).value_or(Base::Database);
    auto type = read_choice(item, "type", {"record", "jwt", "bearer"});
    if (!type) throw YamlError(item.location(), "access needs a `type` (record, jwt or bearer)");
    access.type = *type == "record" ? AccessDefinition::Type::Record
                  : *type == "jwt"  ? AccessDefinition::Type::Jwt
                                    : AccessDefinition::Type::Bearer;
    access.signup = item.expression("signup");
    access.signin = item.expression("signin");
    access.authenticate = item.expression("authenticate");
    access.with_refresh = item.boolean("refresh").value_or(false);
    access.jwt = read_jwt(item);
    access.bearer_subject = read_choice(item, "bearer_for", {"user", "record"});
    access.durations = read_durations(item);
    access.comment = read_text_literal(item, "comment");
    item.finish(reader.diagnostics);
    reader.add(std::move(access), item.location());
  });
}

void read_users(DocumentReader& reader, const YAML::Node& list) {
  reader.each_item(list, "users", [&](const YAML::Node& node) {
    Mapping item(node, reader.file, "user");
    UserDefinition user;
    user.location = item.location();
    user.name = read_name(item);
    user.mode = read_mode(item);
    user.base = read_base(item, "on", false).value_or(Base::Root);
    user.password = read_text_literal(item, "password");
    user.passhash = read_text_literal(item, "passhash");
    user.roles = item.text_list("roles");
    user.durations = read_durations(item);
    user.comment = read_text_literal(item, "comment");
    item.finish(reader.diagnostics);
    reader.add(std::move(user), item.location());
  });
}

void read_scopes(DocumentReader& reader, const YAML::Node& list) {
  reader.each_item(list, "scopes", [&](const YAML::Node& node) {
    Mapping item(node, reader.file, "scope");
    ScopeDefinition scope;
    scope.location = item.location();
    scope.name = read_name(item);
    scope.mode = read_mode(item);
    scope.session = item.text("session");
    scope.signup = item.expression("signup");
    scope.signin = item.expression("signin");
    scope.comment = read_text_literal(item, "comment");
    item.finish(reader.diagnostics);
    reader.add(std::move(scope), item.location());
  });
}

void read_tokens(DocumentReader& reader, const YAML::Node& list) {
  reader.each_item(list, "tokens", [&](const YAML::Node& node) {
    Mapping item(node, reader.file, "token");
    TokenDefinition token;
    token.location = item.location();
    token.name = read_name(item);
    token.mode = read_mode(item);
    token.base = read_base(item, "on", true).value_or(Base::Database);
    if (item.has("scope")) token.scope = read_name(item, "scope");
    item.get("scope");
    if (token.base == Base::Scope && !token.scope)
      throw YamlError(item.location(), "a token on scope needs `scope`");
    token.algorithm = item.required_text("type");
    token.value = read_text_literal(item, "value");
    token.comment = read_text_literal(item, "comment");
    item.finish(reader.diagnostics);
    reader.add(std::move(token), item.location());
  });
}

}  // namespace surrealpp::schema::yaml

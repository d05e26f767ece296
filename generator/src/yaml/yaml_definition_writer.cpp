// Items of the database-level sections and the auth sections (the inverse of yaml_definition_reader.cpp
// and yaml_auth_reader.cpp), and the dispatch from a statement to its section and item.
#include <cctype>
#include <type_traits>

#include "yaml/yaml_item_writers.hpp"
#include "yaml/yaml_value_writers.hpp"

namespace surrealpp::schema::yaml {
namespace {

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

YamlNode named(const Name& name, DefineMode mode) {
  YamlNode item = YamlNode::map();
  item.set("name", YamlNode::text(name_text(name)));
  set_mode(item, mode);
  return item;
}

YamlNode item(const NamespaceDefinition& ns) {
  YamlNode item = named(ns.name, ns.mode);
  set_literal(item, "comment", ns.comment);
  return item;
}

YamlNode item(const DatabaseDefinition& db) {
  YamlNode item = named(db.name, db.mode);
  set_flag(item, "strict", db.strict);
  set_changefeed(item, db.changefeed);
  set_literal(item, "comment", db.comment);
  return item;
}

YamlNode item(const ParamDefinition& param) {
  // Params are named without `$` in YAML (the reader takes either).
  YamlNode item = YamlNode::map();
  if (param.name.form == Name::Form::Expression) throw Unrepresentable("a param name that is an expression");
  item.set("name", YamlNode::text(param.name.value));
  set_mode(item, param.mode);
  set_expression(item, "value", param.value);
  set_permissions(item, param.permissions, false);
  set_literal(item, "comment", param.comment);
  return item;
}

YamlNode item(const FunctionDefinition& function) {
  if (function.name.form != Name::Form::Identifier || function.name.value.rfind("fn::", 0) != 0)
    throw Unrepresentable("a function name that is not fn::…");
  YamlNode item = named(function.name, function.mode);
  if (!function.parameters.empty()) {
    YamlNode params = YamlNode::list();
    for (const auto& parameter : function.parameters) {
      YamlNode param = YamlNode::map(true);
      param.set("name", YamlNode::text(parameter.name));
      param.set("type", YamlNode::text(type_text(parameter.type)));
      params.add(std::move(param));
    }
    item.set("params", std::move(params));
  }
  if (function.returns) item.set("returns", YamlNode::text(type_text(*function.returns)));
  item.set("body", YamlNode::text(function.body.text));
  set_permissions(item, function.permissions, false);
  set_literal(item, "comment", function.comment);
  return item;
}

YamlNode item(const AnalyzerDefinition& analyzer) {
  YamlNode item = named(analyzer.name, analyzer.mode);
  set_text(item, "function", analyzer.function);
  if (!analyzer.tokenizers.empty()) item.set("tokenizers", text_list(analyzer.tokenizers));
  if (!analyzer.filters.empty()) {
    YamlNode filters = YamlNode::list(true);
    for (const auto& filter : analyzer.filters) filters.add(YamlNode::text(filter.text));
    item.set("filters", std::move(filters));
  }
  set_literal(item, "comment", analyzer.comment);
  return item;
}

YamlNode item(const SequenceDefinition& sequence) {
  YamlNode item = named(sequence.name, sequence.mode);
  set_text(item, "batch", sequence.batch);
  set_text(item, "start", sequence.start);
  set_expression(item, "timeout", sequence.timeout);
  set_literal(item, "comment", sequence.comment);
  return item;
}

YamlNode item(const ConfigDefinition& config) {
  YamlNode item = YamlNode::map();
  item.set("kind", YamlNode::text(lower(config.kind)));
  set_mode(item, config.mode);
  set_expression(item, "body", config.body);
  return item;
}

YamlNode item(const ApiDefinition& api) {
  // The reader keeps the path as plain text (the renderer quotes it).
  if (api.path.form == Name::Form::Expression || api.path.value.empty())
    throw Unrepresentable("an API path that is an expression");
  YamlNode item = YamlNode::map();
  item.set("path", YamlNode::text(api.path.value));
  set_mode(item, api.mode);
  set_expression(item, "body", api.body);
  return item;
}

YamlNode item(const BucketDefinition& bucket) {
  YamlNode item = named(bucket.name, bucket.mode);
  set_expression(item, "backend", bucket.backend);
  set_flag(item, "readonly", bucket.readonly);
  set_permissions(item, bucket.permissions, false);
  set_literal(item, "comment", bucket.comment);
  return item;
}

YamlNode item(const ModuleDefinition& module) {
  YamlNode item = named(module.name, module.mode);
  set_expression(item, "body", module.body);
  return item;
}

YamlNode jwt_settings(const JwtSettings& jwt) {
  YamlNode map = YamlNode::map(true);
  set_text(map, "algorithm", jwt.algorithm);
  set_literal(map, "key", jwt.key);
  set_literal(map, "url", jwt.url);
  if (jwt.with_issuer || jwt.issuer_algorithm || jwt.issuer_key) {
    YamlNode issuer = YamlNode::map(true);
    set_text(issuer, "algorithm", jwt.issuer_algorithm);
    set_literal(issuer, "key", jwt.issuer_key);
    map.set("issuer", std::move(issuer));
  }
  return map;
}

YamlNode item(const AccessDefinition& access) {
  YamlNode item = named(access.name, access.mode);
  set_base(item, "on", access.base, Base::Database);
  if (access.base == Base::Scope) throw Unrepresentable("an access on a scope");
  item.set("type", YamlNode::text(access.type == AccessDefinition::Type::Record ? "record"
                                  : access.type == AccessDefinition::Type::Jwt  ? "jwt"
                                                                                : "bearer"));
  set_expression(item, "signup", access.signup);
  set_expression(item, "signin", access.signin);
  set_expression(item, "authenticate", access.authenticate);
  set_flag(item, "refresh", access.with_refresh);
  if (access.jwt) item.set("jwt", jwt_settings(*access.jwt));
  if (access.bearer_subject) {
    const std::string subject = lower(*access.bearer_subject);
    if (subject != "user" && subject != "record") throw Unrepresentable("BEARER FOR " + subject);
    item.set("bearer_for", YamlNode::text(subject));
  }
  set_durations(item, "duration", access.durations);
  set_literal(item, "comment", access.comment);
  return item;
}

YamlNode item(const UserDefinition& user) {
  YamlNode item = named(user.name, user.mode);
  if (user.base == Base::Scope) throw Unrepresentable("a user on a scope");
  set_base(item, "on", user.base, Base::Root);
  set_literal(item, "password", user.password);
  set_literal(item, "passhash", user.passhash);
  if (!user.roles.empty()) item.set("roles", text_list(user.roles));
  set_durations(item, "duration", user.durations);
  set_literal(item, "comment", user.comment);
  return item;
}

YamlNode item(const ScopeDefinition& scope) {
  YamlNode item = named(scope.name, scope.mode);
  set_text(item, "session", scope.session);
  set_expression(item, "signup", scope.signup);
  set_expression(item, "signin", scope.signin);
  set_literal(item, "comment", scope.comment);
  return item;
}

YamlNode item(const TokenDefinition& token) {
  YamlNode item = named(token.name, token.mode);
  set_base(item, "on", token.base, Base::Database);
  if (token.scope) item.set("scope", YamlNode::text(name_text(*token.scope)));
  item.set("type", YamlNode::text(token.algorithm));
  set_literal(item, "value", token.value);
  set_literal(item, "comment", token.comment);
  return item;
}

YamlNode item(const UseStatement& use) {
  YamlNode item = YamlNode::map(true);
  if (use.namespace_name) item.set("namespace", YamlNode::text(name_text(*use.namespace_name)));
  if (use.database_name) item.set("database", YamlNode::text(name_text(*use.database_name)));
  return item;
}

}  // namespace

std::optional<std::string> section_of(const StatementNode& node) {
  return std::visit(
      [](const auto& n) -> std::optional<std::string> {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, NamespaceDefinition>) return "namespaces";
        if constexpr (std::is_same_v<T, DatabaseDefinition>) return "databases";
        if constexpr (std::is_same_v<T, TableDefinition>) return "tables";
        if constexpr (std::is_same_v<T, FieldDefinition>) return "fields";
        if constexpr (std::is_same_v<T, IndexDefinition>) return "indexes";
        if constexpr (std::is_same_v<T, EventDefinition>) return "events";
        if constexpr (std::is_same_v<T, AnalyzerDefinition>) return "analyzers";
        if constexpr (std::is_same_v<T, AccessDefinition>) return "accesses";
        if constexpr (std::is_same_v<T, FunctionDefinition>) return "functions";
        if constexpr (std::is_same_v<T, ParamDefinition>) return "params";
        if constexpr (std::is_same_v<T, UserDefinition>) return "users";
        if constexpr (std::is_same_v<T, SequenceDefinition>) return "sequences";
        if constexpr (std::is_same_v<T, ConfigDefinition>) return "configs";
        if constexpr (std::is_same_v<T, ApiDefinition>) return "apis";
        if constexpr (std::is_same_v<T, BucketDefinition>) return "buckets";
        if constexpr (std::is_same_v<T, ModuleDefinition>)
          return n.kind == ModuleDefinition::Kind::Model ? "models" : "modules";
        if constexpr (std::is_same_v<T, ScopeDefinition>) return "scopes";
        if constexpr (std::is_same_v<T, TokenDefinition>) return "tokens";
        if constexpr (std::is_same_v<T, UseStatement>) return "use";
        return std::nullopt;
      },
      node);
}

YamlNode item_of(const StatementNode& node, bool nested) {
  return std::visit(
      [nested](const auto& n) -> YamlNode {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, TableDefinition>)
          return table_item(n);
        else if constexpr (std::is_same_v<T, FieldDefinition>)
          return field_item(n, nested);
        else if constexpr (std::is_same_v<T, IndexDefinition>)
          return index_item(n, nested);
        else if constexpr (std::is_same_v<T, EventDefinition>)
          return event_item(n, nested);
        else if constexpr (std::is_same_v<T, RemoveStatement> || std::is_same_v<T, AlterStatement> ||
                           std::is_same_v<T, InfoStatement> || std::is_same_v<T, OpaqueStatement>)
          throw Unrepresentable("not a definition");
        else
          return item(n);
      },
      node);
}

}  // namespace surrealpp::schema::yaml

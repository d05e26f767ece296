#include "yaml/yaml_values.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "render/surql_text.hpp"
#include "surrealpp/schema/parse.hpp"

namespace surrealpp::schema::yaml {
namespace {

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// The synthesized statement's positions mean nothing to the reader of the YAML file: every node of a type
// read from YAML is placed at the YAML value.
void relocate(Type& type, const SourceLocation& location) {
  type.location = location;
  for (auto& parameter : type.parameters) relocate(parameter, location);
  for (auto& field : type.object_fields)
    for (auto& inner : field.type) relocate(inner, location);
}

PermissionRule rule_from(const YAML::Node& node, const std::string& file, const std::string& what) {
  PermissionRule rule;
  rule.location = location_of(node, file);
  if (node.IsScalar()) {
    const std::string text = lower(node.Scalar());
    if (text == "full") return rule.kind = PermissionRule::Kind::Full, rule;
    if (text == "none") return rule.kind = PermissionRule::Kind::None, rule;
    throw YamlError(rule.location, what + " must be full, none or {where: …}, not " + describe(node));
  }
  Mapping condition(node, file, what);
  rule.kind = PermissionRule::Kind::Where;
  rule.condition = condition.expression("where");
  if (!rule.condition) throw YamlError(rule.location, what + " needs `where: <condition>`");
  std::vector<Diagnostic> unknown;
  condition.finish(unknown);
  if (!unknown.empty()) throw YamlError(unknown.front().location, unknown.front().message);
  return rule;
}

bool same_rule(const PermissionRule& a, const PermissionRule& b) {
  if (a.kind != b.kind) return false;
  if (a.kind != PermissionRule::Kind::Where) return true;
  return a.condition && b.condition && a.condition->text == b.condition->text;
}

}  // namespace

Name read_name(Mapping& item, const char* key) {
  YAML::Node node = item.get(key);
  Name name;
  std::string text = item.required_text(key);
  name.location = location_of(node, item.file());
  name.text = text;
  if (text.size() > 1 && text.front() == '$') {
    name.form = Name::Form::Parameter;
    name.value = text.substr(1);
  } else {
    name.value = text;
  }
  return name;
}

Type read_type_text(const std::string& text, const SourceLocation& location) {
  // The SurrealQL front end owns the type grammar; a DEFINE FIELD around the text lets it parse just the
  // type.
  const std::string statement = "DEFINE FIELD surrealpp_yaml_type ON surrealpp_yaml_type TYPE " + text + ";";
  ParseResult result = parse_surql(statement, location.file);
  const FieldDefinition* field = nullptr;
  if (result.ok() && result.schema.statements.size() == 1)
    field = std::get_if<FieldDefinition>(&result.schema.statements.front().node);
  if (!field || !field->type || field->flexible || field->default_value || field->value || field->assertion) {
    std::string reason;
    for (const auto& diagnostic : result.diagnostics)
      if (diagnostic.severity == Diagnostic::Severity::Error) {
        reason = diagnostic.message;
        break;
      }
    throw YamlError(location,
                    "`" + text + "` is not a SurrealQL type" + (reason.empty() ? "" : ": " + reason));
  }
  Type type = *field->type;
  relocate(type, location);
  return type;
}

std::optional<Type> read_type(Mapping& item, const char* key) {
  YAML::Node node = item.get(key);
  auto text = item.text(key);
  if (!text) return std::nullopt;
  return read_type_text(*text, location_of(node, item.file()));
}

DefineMode read_mode(Mapping& item) {
  auto mode = read_choice(item, "mode", {"create", "if_not_exists", "overwrite"});
  if (!mode || *mode == "create") return DefineMode::Create;
  return *mode == "overwrite" ? DefineMode::Overwrite : DefineMode::IfNotExists;
}

std::optional<Expression> read_text_literal(Mapping& item, const char* key) {
  auto expression = item.expression(key);
  if (expression) expression->text = render::quote_string(expression->text);
  return expression;
}

std::optional<Permissions> read_permissions(Mapping& item, bool per_action) {
  YAML::Node node = item.get("permissions");
  if (!node.IsDefined() || node.IsNull()) return std::nullopt;
  Permissions permissions;
  permissions.location = location_of(node, item.file());
  const std::string what = "`permissions` of " + item.what();
  const YAML::Node& view = node;  // const: a lookup must not insert the key
  if (node.IsScalar() || (node.IsMap() && view["where"].IsDefined())) {
    permissions.rules.push_back(rule_from(node, item.file(), what));
    return permissions;
  }
  if (!per_action)
    throw YamlError(permissions.location, what + " must be full, none or {where: …}, not " + describe(node));
  Mapping actions(node, item.file(), what);
  static constexpr std::array<std::pair<const char*, PermissionAction>, 4> kActions = {{
      {"select", PermissionAction::Select},
      {"create", PermissionAction::Create},
      {"update", PermissionAction::Update},
      {"delete", PermissionAction::Delete},
  }};
  // Actions with the same rule become one `FOR a, b …` rule, as one would write them in SurrealQL.
  for (const auto& [key, action] : kActions) {
    YAML::Node value = actions.get(key);
    if (!value.IsDefined()) continue;
    PermissionRule rule = rule_from(value, item.file(), "`" + std::string(key) + "` of " + what);
    auto same = std::find_if(permissions.rules.begin(), permissions.rules.end(),
                             [&](const PermissionRule& existing) { return same_rule(existing, rule); });
    if (same != permissions.rules.end()) {
      same->actions.push_back(action);
    } else {
      rule.actions.push_back(action);
      permissions.rules.push_back(std::move(rule));
    }
  }
  std::vector<Diagnostic> unknown;
  actions.finish(unknown);
  if (!unknown.empty()) throw YamlError(unknown.front().location, unknown.front().message);
  return permissions;
}

std::optional<Durations> read_durations(Mapping& item, const char* key) {
  YAML::Node node = item.get(key);
  if (!node.IsDefined() || node.IsNull()) return std::nullopt;
  Mapping durations(node, item.file(), "`" + std::string(key) + "` of " + item.what());
  Durations out;
  out.location = durations.location();
  out.grant = durations.expression("grant");
  out.token = durations.expression("token");
  out.session = durations.expression("session");
  std::vector<Diagnostic> unknown;
  durations.finish(unknown);
  if (!unknown.empty()) throw YamlError(unknown.front().location, unknown.front().message);
  return out;
}

std::optional<Changefeed> read_changefeed(Mapping& item) {
  YAML::Node node = item.get("changefeed");
  if (!node.IsDefined() || node.IsNull()) return std::nullopt;
  Changefeed changefeed;
  changefeed.location = location_of(node, item.file());
  if (node.IsScalar()) {
    changefeed.duration = node.Scalar();
    return changefeed;
  }
  Mapping settings(node, item.file(), "`changefeed` of " + item.what());
  changefeed.duration = settings.required_text("duration");
  changefeed.include_original = settings.boolean("include_original").value_or(false);
  std::vector<Diagnostic> unknown;
  settings.finish(unknown);
  if (!unknown.empty()) throw YamlError(unknown.front().location, unknown.front().message);
  return changefeed;
}

std::optional<Base> read_base(Mapping& item, const char* key, bool allow_scope) {
  auto base = allow_scope ? read_choice(item, key, {"root", "namespace", "database", "scope"})
                          : read_choice(item, key, {"root", "namespace", "database"});
  if (!base) return std::nullopt;
  if (*base == "root") return Base::Root;
  if (*base == "namespace") return Base::Namespace;
  if (*base == "database") return Base::Database;
  return Base::Scope;
}

std::optional<std::string> read_choice(Mapping& item, const char* key,
                                       std::initializer_list<const char*> choices) {
  YAML::Node node = item.get(key);
  auto text = item.text(key);
  if (!text) return std::nullopt;
  std::string value = lower(*text);
  std::string listed;
  for (const char* choice : choices) {
    if (value == choice) return value;
    listed += (listed.empty() ? "" : ", ") + std::string(choice);
  }
  throw YamlError(location_of(node, item.file()), "`" + std::string(key) + "` of " + item.what() +
                                                      " must be one of " + listed + ", not `" + *text + "`");
}

}  // namespace surrealpp::schema::yaml

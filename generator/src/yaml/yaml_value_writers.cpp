#include "yaml/yaml_value_writers.hpp"

#include <algorithm>
#include <array>

#include "render/surql_text.hpp"
#include "render/type_text.hpp"
#include "yaml/yaml_item_writers.hpp"

namespace surrealpp::schema::yaml {
namespace {

YamlNode rule_node(const PermissionRule& rule) {
  switch (rule.kind) {
    case PermissionRule::Kind::Full:
      return YamlNode::text("full");
    case PermissionRule::Kind::None:
      return YamlNode::text("none");
    case PermissionRule::Kind::Where:
      break;
  }
  if (!rule.condition) throw Unrepresentable("a WHERE permission without a condition");
  YamlNode where = YamlNode::map(true);
  where.set("where", YamlNode::text(rule.condition->text));
  return where;
}

// The reader's notion of equal rules (yaml_values.cpp): same kind, same condition text.
bool same_rule(const PermissionRule& a, const PermissionRule& b) {
  if (a.kind != b.kind) return false;
  if (a.kind != PermissionRule::Kind::Where) return true;
  return a.condition && b.condition && a.condition->text == b.condition->text;
}

}  // namespace

std::string name_text(const Name& name) {
  switch (name.form) {
    case Name::Form::Parameter:
      return '$' + name.value;
    case Name::Form::Identifier:
      // The reader takes a leading `$` for a parameter; an empty name is an error.
      if (name.value.empty() || name.value.front() == '$')
        throw Unrepresentable("the name `" + name.value + "` reads back differently");
      return name.value;
    case Name::Form::Expression:
      break;
  }
  throw Unrepresentable("a name that is an expression (`" + name.text + "`)");
}

std::string type_text(const Type& type) {
  return type.text.empty() ? render::render_type(type, Syntax::V3) : type.text;
}

std::string literal_text(const Expression& literal) {
  auto value = render::string_literal_value(literal.text);
  if (!value) throw Unrepresentable("`" + literal.text + "` is not a string literal");
  return *value;
}

void set_mode(YamlNode& item, DefineMode mode) {
  if (mode == DefineMode::Overwrite) item.set("mode", YamlNode::text("overwrite"));
  if (mode == DefineMode::IfNotExists) item.set("mode", YamlNode::text("if_not_exists"));
}

void set_text(YamlNode& item, const char* key, const std::optional<std::string>& value) {
  if (value) item.set(key, YamlNode::text(*value));
}

void set_expression(YamlNode& item, const char* key, const std::optional<Expression>& value) {
  if (value) item.set(key, YamlNode::text(value->text));
}

void set_literal(YamlNode& item, const char* key, const std::optional<Expression>& value) {
  if (value) item.set(key, YamlNode::text(literal_text(*value)));
}

void set_flag(YamlNode& item, const char* key, bool value) {
  if (value) item.set(key, YamlNode::boolean(true));
}

void set_permissions(YamlNode& item, const std::optional<Permissions>& permissions, bool per_action) {
  if (!permissions) return;
  const auto& rules = permissions->rules;
  if (rules.empty()) throw Unrepresentable("PERMISSIONS without a rule");
  if (rules.size() == 1 && rules.front().actions.empty()) {
    item.set("permissions", rule_node(rules.front()));
    return;
  }
  if (!per_action) throw Unrepresentable("per-action permissions where only one rule is allowed");
  // The per-action mapping: the reader groups equal rules again (in select, create, update, delete order).
  static constexpr std::array<std::pair<const char*, PermissionAction>, 4> kActions = {{
      {"select", PermissionAction::Select},
      {"create", PermissionAction::Create},
      {"update", PermissionAction::Update},
      {"delete", PermissionAction::Delete},
  }};
  YamlNode map = YamlNode::map(true);
  // What the reader makes of the mapping: one rule per distinct rule, actions in that order.
  std::vector<PermissionRule> read_back;
  for (const auto& [key, action] : kActions) {
    const PermissionRule* covering = nullptr;
    for (const auto& rule : rules) {
      if (rule.actions.empty()) throw Unrepresentable("a bare permission rule in a FOR list");
      for (auto a : rule.actions)
        if (a == action) covering = &rule;  // a later rule for the same action wins, as in SurrealDB
    }
    if (!covering) continue;
    map.set(key, rule_node(*covering));
    auto same = std::find_if(read_back.begin(), read_back.end(),
                             [&](const PermissionRule& r) { return same_rule(r, *covering); });
    if (same == read_back.end()) {
      read_back.push_back(*covering);
      read_back.back().actions = {action};
    } else {
      same->actions.push_back(action);
    }
  }
  // Rules in another order, or equal rules written apart, would not come back as they are.
  if (read_back.size() != rules.size())
    throw Unrepresentable("permission rules the per-action form groups differently");
  for (std::size_t i = 0; i < rules.size(); ++i)
    if (!same_rule(read_back[i], rules[i]) || read_back[i].actions != rules[i].actions)
      throw Unrepresentable("permission rules the per-action form orders differently");
  item.set("permissions", std::move(map));
}

void set_durations(YamlNode& item, const char* key, const std::optional<Durations>& durations) {
  if (!durations) return;
  YamlNode map = YamlNode::map(true);
  set_expression(map, "grant", durations->grant);
  set_expression(map, "token", durations->token);
  set_expression(map, "session", durations->session);
  item.set(key, std::move(map));
}

void set_changefeed(YamlNode& item, const std::optional<Changefeed>& changefeed) {
  if (!changefeed) return;
  if (!changefeed->include_original) {
    item.set("changefeed", YamlNode::text(changefeed->duration));
    return;
  }
  YamlNode map = YamlNode::map(true);
  map.set("duration", YamlNode::text(changefeed->duration));
  map.set("include_original", YamlNode::boolean(true));
  item.set("changefeed", std::move(map));
}

void set_base(YamlNode& item, const char* key, Base base, Base implied) {
  if (base == implied) return;
  switch (base) {
    case Base::Root:
      item.set(key, YamlNode::text("root"));
      break;
    case Base::Namespace:
      item.set(key, YamlNode::text("namespace"));
      break;
    case Base::Database:
      item.set(key, YamlNode::text("database"));
      break;
    case Base::Scope:
      item.set(key, YamlNode::text("scope"));
      break;
  }
}

YamlNode text_list(const std::vector<std::string>& values) {
  YamlNode list = YamlNode::list(true);
  for (const auto& value : values) list.add(YamlNode::text(value));
  return list;
}

}  // namespace surrealpp::schema::yaml

#include "render/permissions_text.hpp"

#include <array>
#include <optional>
#include <vector>

#include "render/render_error.hpp"
#include "render/surql_text.hpp"
#include "surrealpp/schema/names.hpp"

namespace surrealpp::schema::render {
namespace {

constexpr std::array<PermissionAction, 4> kAllActions = {PermissionAction::Select, PermissionAction::Create,
                                                         PermissionAction::Update, PermissionAction::Delete};

std::string rule_text(const PermissionRule& rule, Syntax syntax) {
  switch (rule.kind) {
    case PermissionRule::Kind::None:
      return "NONE";
    case PermissionRule::Kind::Full:
      return "FULL";
    case PermissionRule::Kind::Where:
      return "WHERE " +
             (rule.condition ? adapt_expression(rule.condition->text, syntax) : std::string("true"));
  }
  return "FULL";
}

std::vector<PermissionAction> actions_of(PermissionTarget target, Syntax syntax) {
  if (target == PermissionTarget::Field && syntax == Syntax::V3)
    return {PermissionAction::Select, PermissionAction::Create, PermissionAction::Update};
  return {kAllActions.begin(), kAllActions.end()};
}

}  // namespace

std::string render_permissions(const Permissions& permissions, PermissionTarget target, Syntax syntax) {
  if (permissions.rules.empty()) return {};
  if (target == PermissionTarget::Single)
    return " PERMISSIONS " + rule_text(permissions.rules.back(), syntax);

  const std::vector<PermissionAction> actions = actions_of(target, syntax);
  // The effective rule text of every action, in SurrealDB's action order.
  std::array<std::optional<std::string>, 4> effective;
  for (const auto& rule : permissions.rules) {
    const std::string text = rule_text(rule, syntax);
    if (rule.actions.empty()) {
      for (auto action : actions) effective[static_cast<std::size_t>(action)] = text;
      continue;
    }
    for (auto action : rule.actions) {
      if (target == PermissionTarget::Field && action == PermissionAction::Delete && syntax == Syntax::V3)
        throw RenderError("field PERMISSIONS FOR delete", syntax, rule.location,
                          "3.x fields have no delete permission");
      effective[static_cast<std::size_t>(action)] = text;
    }
  }

  // Every action the same: the short form. SurrealDB prints a field whose actions are all NONE as a list (its
  // delete permission stays FULL), so only FULL collapses there.
  const auto& first = effective[static_cast<std::size_t>(actions.front())];
  bool uniform = first.has_value();
  for (auto action : actions) uniform = uniform && effective[static_cast<std::size_t>(action)] == first;
  if (uniform && (target != PermissionTarget::Field || syntax == Syntax::V2 || *first == "FULL"))
    return " PERMISSIONS " + *first;

  // Otherwise group the actions by rule, groups in order of their first action.
  std::string out;
  std::array<bool, 4> done{};
  for (auto action : actions) {
    auto index = static_cast<std::size_t>(action);
    if (done[index] || !effective[index]) continue;
    std::string group;
    for (auto other : actions) {
      auto other_index = static_cast<std::size_t>(other);
      if (done[other_index] || effective[other_index] != effective[index]) continue;
      done[other_index] = true;
      group += (group.empty() ? "" : ", ") + std::string(keyword_of(other));
    }
    out += (out.empty() ? " PERMISSIONS FOR " : ", FOR ") + group + ' ' + *effective[index];
  }
  return out;
}

}  // namespace surrealpp::schema::render

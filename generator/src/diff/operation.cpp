#include "diff/operation.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "surrealpp/schema/names.hpp"

namespace surrealpp::schema::diff {

std::string_view safety_name(Safety safety) {
  switch (safety) {
    case Safety::Safe:
      return "SAFE";
    case Safety::DataLoss:
      return "DATA_LOSS";
    case Safety::Unsafe:
      return "UNSAFE";
  }
  return "UNSAFE";
}

std::optional<Safety> parse_safety(std::string_view name) {
  for (Safety safety : {Safety::Safe, Safety::DataLoss, Safety::Unsafe})
    if (safety_name(safety) == name) return safety;
  return std::nullopt;
}

std::string_view action_name(Action action) {
  switch (action) {
    case Action::Create:
      return "define";
    case Action::Remove:
      return "remove";
    case Action::Redefine:
      return "redefine";
    case Action::Backfill:
      return "backfill";
  }
  return "?";
}

std::string Operation::describe() const {
  std::string kind_word(keyword_of(kind));
  std::transform(kind_word.begin(), kind_word.end(), kind_word.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  if (action == Action::Backfill) return fmt::format("backfill {} ({})", table, name);
  if (table.empty()) return fmt::format("{} {} {}", action_name(action), kind_word, name);
  return fmt::format("{} {} {} on {}", action_name(action), kind_word, name, table);
}

Safety Plan::up_safety() const {
  Safety result = Safety::Safe;
  for (const Operation& op : operations) result = worst(result, op.up_safety);
  return result;
}

Safety Plan::down_safety() const {
  Safety result = Safety::Safe;
  for (const Operation& op : operations) result = worst(result, op.down_safety);
  return result;
}

}  // namespace surrealpp::schema::diff

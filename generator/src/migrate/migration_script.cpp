#include "migrate/migration_script.hpp"

#include <regex>
#include <sstream>

#include <fmt/format.h>

namespace surrealpp::migrate {

using schema::diff::Operation;
using schema::diff::Plan;
using schema::diff::Safety;

namespace {

void append_operation(std::string& out, const Operation& op, Direction direction) {
  const auto& statements = direction == Direction::Up ? op.up : op.down;
  if (statements.empty()) return;
  Safety safety = direction == Direction::Up ? op.up_safety : op.down_safety;
  std::string description = op.describe();
  if (direction == Direction::Down) description = "undo: " + description;
  out += fmt::format("-- [{}] {}\n", schema::diff::safety_name(safety), description);
  const char* prefix = direction == Direction::Up ? "up: " : "down: ";
  for (const std::string& note : op.notes) {
    bool other_direction = note.rfind(direction == Direction::Up ? "down: " : "up: ", 0) == 0;
    if (other_direction) continue;
    std::string text = note.rfind(prefix, 0) == 0 ? note.substr(std::string(prefix).size()) : note;
    out += fmt::format("--   note: {}\n", text);
  }
  for (const std::string& statement : statements) out += statement + ";\n";
  out += "\n";
}

}  // namespace

std::string render_migration_script(const Plan& plan, Direction direction, const std::string& label) {
  Safety overall = direction == Direction::Up ? plan.up_safety() : plan.down_safety();
  std::string out =
      fmt::format("-- surrealpp migration {} ({})\n", label, direction == Direction::Up ? "up" : "down");
  out += fmt::format("-- safety: {} — every statement below runs in one transaction\n\n",
                     schema::diff::safety_name(overall));
  if (direction == Direction::Up) {
    for (const Operation& op : plan.operations) append_operation(out, op, direction);
  } else {
    for (auto op = plan.operations.rbegin(); op != plan.operations.rend(); ++op)
      append_operation(out, *op, direction);
  }
  return out;
}

std::optional<Safety> ScriptSafety::overall() const {
  std::optional<Safety> result;
  for (const ScriptOperation& op : operations)
    result = result ? schema::diff::worst(*result, op.safety) : op.safety;
  if (has_unclassified_statements) return std::nullopt;
  return result;
}

ScriptSafety read_script_safety(const std::string& script) {
  static const std::regex annotation(R"(^--\s*\[(SAFE|DATA_LOSS|UNSAFE)\]\s*(.*)$)");
  static const std::regex note(R"(^--\s+note:\s*(.*)$)");
  ScriptSafety result;
  bool in_operation = false;
  std::istringstream lines(script);
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::smatch match;
    if (std::regex_match(line, match, annotation)) {
      result.operations.push_back({*schema::diff::parse_safety(match[1].str()), match[2].str(), {}});
      in_operation = true;
    } else if (std::regex_match(line, match, note) && in_operation) {
      result.operations.back().notes.push_back(match[1].str());
    } else if (line.find_first_not_of(" \t") == std::string::npos) {
      in_operation = false;
    } else {
      bool comment = line.compare(line.find_first_not_of(" \t"), 2, "--") == 0;
      if (!comment && !in_operation) result.has_unclassified_statements = true;
    }
  }
  return result;
}

}  // namespace surrealpp::migrate

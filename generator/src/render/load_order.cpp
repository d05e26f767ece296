#include "render/load_order.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <type_traits>

#include "parse/identifiers.hpp"
#include "render/surql_text.hpp"
#include "surrealpp/schema/names.hpp"

namespace surrealpp::schema::render {
namespace {

// Rank of a database-level definition; tables and what hangs on them are ordered per table instead.
int definition_rank(DefinitionKind kind) {
  switch (kind) {
    case DefinitionKind::Namespace:
      return 0;
    case DefinitionKind::Database:
      return 1;
    case DefinitionKind::Param:
      return 2;
    case DefinitionKind::Function:
      return 3;
    case DefinitionKind::Analyzer:
      return 4;  // after functions: FUNCTION fn::x is checked
    case DefinitionKind::Access:
    case DefinitionKind::Scope:
    case DefinitionKind::Token:
      return 5;
    case DefinitionKind::User:
      return 6;
    case DefinitionKind::Sequence:
      return 7;
    case DefinitionKind::Config:
      return 8;
    case DefinitionKind::Api:
      return 9;
    case DefinitionKind::Bucket:
      return 10;
    case DefinitionKind::Module:
    case DefinitionKind::Model:
      return 11;
    default:
      return 12;  // table-level
  }
}

// Position of a table-level statement inside its table's group.
int table_member_rank(DefinitionKind kind) {
  switch (kind) {
    case DefinitionKind::Table:
      return 0;
    case DefinitionKind::Field:
      return 1;
    case DefinitionKind::Index:
      return 2;
    default:
      return 3;  // events
  }
}

// The table a table-level definition belongs to.
std::string table_of(const StatementNode& node) {
  return std::visit(
      [](const auto& n) -> std::string {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, TableDefinition>)
          return n.name.value;
        else if constexpr (std::is_same_v<T, FieldDefinition> || std::is_same_v<T, IndexDefinition> ||
                           std::is_same_v<T, EventDefinition>)
          return n.table.value;
        else
          return {};
      },
      node);
}

bool is_word(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '\x01'; }

std::string upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// Orders one run of definitions.
void order_run(std::vector<const Statement*>& run) {
  std::vector<const Statement*> head;  // database-level definitions
  std::vector<std::string> table_order;
  std::map<std::string, std::vector<const Statement*>> groups;
  std::map<std::string, std::vector<std::string>> sources;  // view → tables it reads
  for (const Statement* statement : run) {
    auto kind = defined_kind(statement->node);
    int rank = kind ? definition_rank(*kind) : 12;
    if (rank < 12) {
      head.push_back(statement);
      continue;
    }
    std::string table = table_of(statement->node);
    if (!groups.count(table)) table_order.push_back(table);
    groups[table].push_back(statement);
    if (const auto* def = std::get_if<TableDefinition>(&statement->node); def && def->view)
      sources[table] = view_sources(def->view->text);
  }
  std::stable_sort(head.begin(), head.end(), [](const Statement* a, const Statement* b) {
    return definition_rank(*defined_kind(a->node)) < definition_rank(*defined_kind(b->node));
  });
  for (auto& [table, members] : groups)
    std::stable_sort(members.begin(), members.end(), [](const Statement* a, const Statement* b) {
      return table_member_rank(*defined_kind(a->node)) < table_member_rank(*defined_kind(b->node));
    });

  // Tables in first-mention order, each view after the tables of this run it reads from (depth-first; a cycle
  // is left in source order, SurrealDB rejects it anyway).
  std::vector<std::string> ordered;
  std::map<std::string, int> state;  // 1 visiting, 2 done
  auto visit = [&](auto&& self, const std::string& table) -> void {
    if (state[table] != 0) return;
    state[table] = 1;
    for (const auto& source : sources[table])
      if (groups.count(source) && source != table) self(self, source);
    state[table] = 2;
    ordered.push_back(table);
  };
  for (const auto& table : table_order) visit(visit, table);

  run = head;
  for (const auto& table : ordered) run.insert(run.end(), groups[table].begin(), groups[table].end());
}

}  // namespace

std::vector<std::string> view_sources(const std::string& select_text) {
  // Find the top-level FROM (outside strings and brackets), then read `a, b` up to the next keyword.
  std::string code;
  scan_code(
      select_text, [&](std::size_t begin, std::size_t end) { code.append(select_text, begin, end - begin); },
      [&](std::size_t begin, std::size_t end) {
        std::string_view quoted(select_text.data() + begin, end - begin);
        // Escaped identifiers are table names too: keep them, as a placeholder-free word.
        if (quoted.front() == '`' || quoted.front() == '\xE2') {
          // Spaces inside the name would end the word: they travel as \x01 until the name is taken.
          std::string name = parse::identifier_value(quoted);
          std::replace(name.begin(), name.end(), ' ', '\x01');
          code += name;
        } else
          code.append(end - begin, ' ');
      });
  std::vector<std::string> tables;
  // A view may be wrapped in parentheses: depth 1 is its top level then.
  const std::size_t first = code.find_first_not_of(" \t\r\n");
  const int top = first != std::string::npos && code[first] == '(' ? 1 : 0;
  int depth = 0;
  for (std::size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    if (c == '(' || c == '[' || c == '{') ++depth;
    if (c == ')' || c == ']' || c == '}') --depth;
    if (depth != top || !(i == 0 || !is_word(code[i - 1])) || upper(code.substr(i, 4)) != "FROM" ||
        (i + 4 < code.size() && is_word(code[i + 4])))
      continue;
    std::size_t j = i + 4;
    while (j < code.size()) {
      while (j < code.size() && std::isspace(static_cast<unsigned char>(code[j]))) ++j;
      std::size_t start = j;
      while (j < code.size() && (is_word(code[j]) || static_cast<unsigned char>(code[j]) >= 0x80)) ++j;
      if (start == j) break;
      std::string word = code.substr(start, j - start);
      std::replace(word.begin(), word.end(), '\x01', ' ');
      if (upper(word) == "ONLY") continue;
      tables.push_back(word);
      while (j < code.size() && std::isspace(static_cast<unsigned char>(code[j]))) ++j;
      if (j >= code.size() || code[j] != ',') break;
      ++j;
    }
    break;
  }
  return tables;
}

std::vector<const Statement*> load_order(const Schema& schema) {
  std::vector<const Statement*> out;
  std::vector<const Statement*> run;
  auto flush = [&] {
    order_run(run);
    out.insert(out.end(), run.begin(), run.end());
    run.clear();
  };
  for (const auto& statement : schema.statements) {
    if (defined_kind(statement.node)) {
      run.push_back(&statement);
    } else {
      flush();
      out.push_back(&statement);
    }
  }
  flush();
  return out;
}

}  // namespace surrealpp::schema::render

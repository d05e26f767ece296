#include "diff/table_order.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace surrealpp::schema::diff {
namespace {

std::string upper(std::string_view word) {
  std::string result(word);
  std::transform(result.begin(), result.end(), result.begin(),
                 [](unsigned char c) { return std::toupper(c); });
  return result;
}

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// Splits SurrealQL into words and single punctuation characters, skipping string literals (their contents
// never name a table) and keeping `backticked` identifiers as one word without the backticks.
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  for (std::size_t i = 0; i < text.size();) {
    char c = text[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
    } else if (c == '\'' || c == '"') {
      std::size_t end = i + 1;
      while (end < text.size() && text[end] != c) end += text[end] == '\\' ? 2 : 1;
      i = end + 1;
      words.emplace_back("'");
    } else if (c == '`') {
      std::size_t end = text.find('`', i + 1);
      if (end == std::string_view::npos) end = text.size();
      words.emplace_back(text.substr(i + 1, end - i - 1));
      i = end + 1;
    } else if (is_word_char(c)) {
      std::size_t end = i;
      while (end < text.size() && is_word_char(text[end])) ++end;
      words.emplace_back(text.substr(i, end - i));
      i = end;
    } else {
      words.emplace_back(1, c);
      ++i;
    }
  }
  return words;
}

}  // namespace

std::vector<std::string> view_sources(std::string_view select_text) {
  static const std::set<std::string> clause_ends{"WHERE", "GROUP", "ORDER",   "LIMIT",    "START",
                                                 "SPLIT", "FETCH", "TIMEOUT", "PARALLEL", "EXPLAIN",
                                                 "WITH",  "OMIT",  "ONLY"};
  std::vector<std::string> words = words_of(select_text);
  std::vector<std::string> sources;
  auto from =
      std::find_if(words.begin(), words.end(), [](const std::string& w) { return upper(w) == "FROM"; });
  if (from == words.end()) return sources;
  for (auto it = std::next(from); it != words.end(); ++it) {
    if (*it == ",") continue;
    if (*it == ")" || *it == ";" || clause_ends.contains(upper(*it))) break;
    if (!it->empty() && is_word_char(it->front()))
      sources.push_back(*it);
    else
      break;
  }
  return sources;
}

std::vector<std::string> table_order(const SchemaState& state) {
  std::vector<std::string> tables;
  std::map<std::string, std::vector<std::string>> depends_on;
  auto add = [&](const std::string& name) {
    if (std::find(tables.begin(), tables.end(), name) == tables.end()) tables.push_back(name);
  };
  for (const LiveDefinition& definition : state.definitions) {
    if (definition.key.kind == DefinitionKind::Table) {
      add(definition.key.name);
      const auto& table = std::get<TableDefinition>(definition.statement.node);
      auto& deps = depends_on[definition.key.name];
      deps.insert(deps.end(), table.relation_in.begin(), table.relation_in.end());
      deps.insert(deps.end(), table.relation_out.begin(), table.relation_out.end());
      if (table.view) {
        auto sources = view_sources(table.view->text);
        deps.insert(deps.end(), sources.begin(), sources.end());
      }
    } else if (!definition.key.table.empty() && definition.key.kind != DefinitionKind::Token) {
      add(definition.key.table);
    }
  }
  // Stable topological order: repeatedly take the first table (in source order) whose dependencies are
  // placed. A cycle (a relation from a table to itself, or mutual views) is broken by taking the first
  // remaining table.
  std::vector<std::string> ordered;
  std::set<std::string> placed;
  std::set<std::string> known(tables.begin(), tables.end());
  while (ordered.size() < tables.size()) {
    auto ready = std::find_if(tables.begin(), tables.end(), [&](const std::string& table) {
      if (placed.contains(table)) return false;
      const auto& deps = depends_on[table];
      return std::all_of(deps.begin(), deps.end(), [&](const std::string& dep) {
        return dep == table || !known.contains(dep) || placed.contains(dep);
      });
    });
    if (ready == tables.end())
      ready = std::find_if(tables.begin(), tables.end(),
                           [&](const std::string& t) { return !placed.contains(t); });
    placed.insert(*ready);
    ordered.push_back(*ready);
  }
  return ordered;
}

}  // namespace surrealpp::schema::diff

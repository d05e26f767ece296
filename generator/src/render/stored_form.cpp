#include "render/stored_form.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

#include "ir/expression_walk.hpp"
#include "render/canonical_expression.hpp"
#include "render/implied_fields.hpp"
#include "render/surql_text.hpp"

namespace surrealpp::schema::render {
namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return text;
}

bool starts_with_word(std::string_view text, std::string_view word) {
  if (text.size() < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (std::toupper(static_cast<unsigned char>(text[i])) != word[i]) return false;
  return text.size() == word.size() ||
         !(std::isalnum(static_cast<unsigned char>(text[word.size()])) || text[word.size()] == '_');
}

std::string upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// A literal a LET can bind that needs no evaluation: a string, or one number/duration/boolean-like word.
bool is_literal(std::string_view text) {
  if (string_literal_value(text)) return true;
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-';
  });
}

// `LET $name = literal` → (name, literal text).
std::optional<std::pair<std::string, std::string>> let_binding(std::string_view text) {
  text = trim(text);
  if (!starts_with_word(text, "LET")) return std::nullopt;
  text = trim(text.substr(3));
  if (text.empty() || text.front() != '$') return std::nullopt;
  std::size_t end = 1;
  while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '_'))
    ++end;
  std::string name(text.substr(1, end - 1));
  text = trim(text.substr(end));
  if (text.empty() || text.front() != '=') return std::nullopt;
  text = trim(text.substr(1));
  if (name.empty() || !is_literal(text)) return std::nullopt;
  return std::make_pair(name, std::string(text));
}

using Bindings = std::map<std::string, std::string>;  // parameter name → literal text

// Rule 2 for a name: `$p` bound to 'x' is the identifier x.
void substitute(Name& name, const Bindings& bindings) {
  std::string parameter;
  if (name.form == Name::Form::Parameter)
    parameter = name.value;
  else if (name.text.size() > 1 && name.text.front() == '$')
    parameter = name.text.substr(1);
  else
    return;
  auto found = bindings.find(parameter);
  if (found == bindings.end()) return;
  auto value = string_literal_value(found->second);
  name.form = Name::Form::Identifier;
  name.value = value ? *value : found->second;
  name.text = escape_identifier(name.value);
}
void substitute(std::optional<Name>& name, const Bindings& bindings) {
  if (name) substitute(*name, bindings);
}

// `$p` → its literal wherever it stands as a whole parameter in `text` (outside strings).
std::string replace_parameters(std::string_view text, const Bindings& bindings) {
  std::string out;
  scan_code(
      text,
      [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end;) {
          if (text[i] != '$') {
            out += text[i++];
            continue;
          }
          std::size_t stop = i + 1;
          while (stop < end && (std::isalnum(static_cast<unsigned char>(text[stop])) || text[stop] == '_'))
            ++stop;
          auto found = bindings.find(std::string(text.substr(i + 1, stop - i - 1)));
          out += found == bindings.end() ? std::string(text.substr(i, stop - i)) : found->second;
          i = stop;
        }
      },
      [&](std::size_t begin, std::size_t end) { out.append(text.substr(begin, end - begin)); });
  return out;
}

void substitute(StatementNode& node, const Bindings& bindings) {
  if (bindings.empty()) return;
  std::visit(
      [&](auto& n) {
        using T = std::decay_t<decltype(n)>;
        if constexpr (!std::is_same_v<T, ParamDefinition> && !std::is_same_v<T, FunctionDefinition>) {
          if constexpr (requires { n.name; }) substitute(n.name, bindings);
        }
        if constexpr (requires { n.table; }) substitute(n.table, bindings);
        if constexpr (requires { n.on; }) substitute(n.on, bindings);
        if constexpr (std::is_same_v<T, ConfigDefinition>)
          if (n.body) n.body->text = replace_parameters(n.body->text, bindings);
      },
      node);
  if (std::holds_alternative<OpaqueStatement>(node)) return;  // a LET or a query: its parameters are its own
  for_each_expression(node, [&](Expression& e) {
    std::string_view text = trim(e.text);
    if (text.size() < 2 || text.front() != '$') return;
    auto found = bindings.find(std::string(text.substr(1)));
    if (found != bindings.end()) e.text = found->second;
  });
}

// Rule 4.
void canonical_type(Type& type) {
  for (auto& parameter : type.parameters) canonical_type(parameter);
  for (auto& field : type.object_fields)
    for (auto& inner : field.type) canonical_type(inner);
  if ((type.kind == Type::Kind::Array || type.kind == Type::Kind::Set) && !type.max_length &&
      type.parameters.size() == 1 && type.parameters.front().kind == Type::Kind::Any)
    type.parameters.clear();
}

// The position of `word` as a whole word in `text` (case-insensitive), or npos.
std::size_t find_word(std::string_view text, std::string_view word) {
  const std::string up = upper(text);
  for (std::size_t at = up.find(word); at != std::string::npos; at = up.find(word, at + 1)) {
    const bool before =
        at == 0 || !(std::isalnum(static_cast<unsigned char>(up[at - 1])) || up[at - 1] == '_');
    const std::size_t after = at + word.size();
    const bool behind =
        after == up.size() || !(std::isalnum(static_cast<unsigned char>(up[after])) || up[after] == '_');
    if (before && behind) return at;
  }
  return std::string::npos;
}

// Rule 5.
void config_defaults(ConfigDefinition& config) {
  std::string body(config.body ? trim(config.body->text) : std::string_view());
  if (upper(config.kind) == "GRAPHQL") {
    const std::string word = upper(body);
    if (word == "AUTO" || word == "NONE") {
      body = "TABLES " + word + " FUNCTIONS " + word;
    } else {
      const std::size_t tables = find_word(body, "TABLES");
      const std::size_t functions = find_word(body, "FUNCTIONS");
      auto part = [&](std::size_t from, std::size_t other, const char* missing) {
        if (from == std::string::npos) return std::string(missing);
        const std::size_t to = other != std::string::npos && other > from ? other : body.size();
        return std::string(trim(std::string_view(body).substr(from, to - from)));
      };
      body = part(tables, functions, "TABLES NONE") + ' ' + part(functions, tables, "FUNCTIONS NONE");
    }
  } else if (upper(config.kind) == "API" && find_word(body, "PERMISSIONS") == std::string::npos) {
    body += body.empty() ? "PERMISSIONS FULL" : " PERMISSIONS FULL";
  }
  if (!body.empty()) config.body = Expression{body, config.body ? config.body->location : SourceLocation{}};
}

// Rule 6.
void api_path(ApiDefinition& api) {
  std::string& path = api.path.value;
  for (std::size_t at = 0; (at = path.find('\\', at)) != std::string::npos;)
    if (at + 1 < path.size() && (path[at + 1] == ':' || path[at + 1] == '*'))
      path.erase(at, 1);
    else
      at += 2;
}

// Rule 1: the statements of top-level blocks after their block, recursively.
void flatten_blocks(std::vector<Statement>& statements) {
  std::vector<Statement> out;
  out.reserve(statements.size());
  for (auto& statement : statements) {
    auto* opaque = std::get_if<OpaqueStatement>(&statement.node);
    std::vector<Statement> inner;
    if (opaque && !opaque->nested.empty() && trim(opaque->text.text).substr(0, 1) == "{") {
      inner = std::move(opaque->nested);
      opaque->nested.clear();
      flatten_blocks(inner);
    }
    out.push_back(std::move(statement));
    for (auto& s : inner) out.push_back(std::move(s));
  }
  statements = std::move(out);
}

// Rule 7: a field definition that says what the engine implies anyway is not there. DEFINE FIELD OVERWRITE
// in ON rel TYPE record<a> (or IF NOT EXISTS) leaves the table as the engine made it, and INFO lists its
// own implied definition either way.
void drop_implied_fields(std::vector<Statement>& statements) {
  ImpliedFields implied;
  std::vector<Statement> out;
  out.reserve(statements.size());
  for (auto& statement : statements) {
    if (const auto* field = std::get_if<FieldDefinition>(&statement.node)) {
      FieldDefinition as_created = *field;
      as_created.mode = DefineMode::Create;
      if (implied.classify(as_created) == ImpliedFields::Disposition::Skip) continue;
    }
    implied.observe(statement.node);
    out.push_back(std::move(statement));
  }
  statements = std::move(out);
}

}  // namespace

void to_stored_form(Schema& schema) {
  flatten_blocks(schema.statements);
  Bindings bindings;
  for (auto& statement : schema.statements) {
    if (auto* opaque = std::get_if<OpaqueStatement>(&statement.node)) {
      if (auto binding = let_binding(opaque->text.text)) {
        bindings[binding->first] = binding->second;
        continue;
      }
    }
    substitute(statement.node, bindings);
    std::visit(
        [](auto& n) {
          using T = std::decay_t<decltype(n)>;
          if constexpr (std::is_same_v<T, FieldDefinition>) {
            if (n.type) canonical_type(*n.type);
          } else if constexpr (std::is_same_v<T, FunctionDefinition>) {
            for (auto& parameter : n.parameters) canonical_type(parameter.type);
            if (n.returns) canonical_type(*n.returns);
          } else if constexpr (std::is_same_v<T, ConfigDefinition>) {
            config_defaults(n);
          } else if constexpr (std::is_same_v<T, ApiDefinition>) {
            api_path(n);
          } else if constexpr (std::is_same_v<T, UserDefinition>) {
            if (n.roles.empty()) n.roles.emplace_back("VIEWER");  // rule 5
          }
        },
        statement.node);
    for_each_expression(statement.node, [](Expression& e) { e.text = canonical_expression(e.text); });
  }
  drop_implied_fields(schema.statements);
}

}  // namespace surrealpp::schema::render

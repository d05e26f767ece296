#include "render/stored_form.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

#include "ir/expression_walk.hpp"
#include "render/canonical_expression.hpp"
#include "render/implied_fields.hpp"
#include "render/surql_text.hpp"
#include "render/type_text.hpp"
#include "surrealpp/schema/parse.hpp"

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
        if constexpr (std::is_same_v<T, ApiDefinition>) substitute(n.path, bindings);
        if constexpr (std::is_same_v<T, ConfigDefinition> || std::is_same_v<T, ApiDefinition>)
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
// The element type 2.x gives `x[*]` of a field typed array<T> / set<T> / option<array<T>>: T as written.
std::optional<Type> element_as_written(const Type& type) {
  if ((type.kind == Type::Kind::Array || type.kind == Type::Kind::Set) && !type.parameters.empty())
    return type.parameters.front();
  if (type.kind == Type::Kind::Option && !type.parameters.empty())
    return element_as_written(type.parameters.front());
  return std::nullopt;
}

bool only_type(const FieldDefinition& field) {
  bool full = true;
  if (field.permissions)
    for (const auto& rule : field.permissions->rules) full = full && rule.kind == PermissionRule::Kind::Full;
  return field.type && !field.default_value && !field.value && !field.assertion && !field.readonly &&
         !field.computed && !field.reference && !field.comment && full;
}

void drop_implied_fields(std::vector<Statement>& statements, Syntax engine) {
  ImpliedFields implied;
  std::map<std::pair<std::string, std::string>, const FieldDefinition*> parents;  // 2.x: (table, key)
  std::vector<Statement> out;
  out.reserve(statements.size());
  for (auto& statement : statements) {
    if (const auto* field = std::get_if<FieldDefinition>(&statement.node)) {
      FieldDefinition as_created = *field;
      as_created.mode = DefineMode::Create;
      if (implied.classify(as_created) == ImpliedFields::Disposition::Skip) continue;
      // 2.x implies `x[*]` with the element type as written (option<…> kept) and x's FLEXIBLE.
      const std::string key = ImpliedFields::field_key(field->name);
      if (engine == Syntax::V2 && key.size() > 2 && key.ends_with(".*") && only_type(*field)) {
        auto parent = parents.find({field->table.value, key.substr(0, key.size() - 2)});
        if (parent != parents.end() && parent->second->type) {
          auto element = element_as_written(*parent->second->type);
          if (element && render_type(*element, Syntax::V3) == render_type(*field->type, Syntax::V3) &&
              field->flexible == parent->second->flexible)
            continue;
        }
      }
    }
    // A removed field that is defined again as the engine implies it is the implied one too: REMOVE FIELD
    // does not count here.
    const auto* remove = std::get_if<RemoveStatement>(&statement.node);
    if (remove == nullptr || remove->kind != DefinitionKind::Field) implied.observe(statement.node);
    out.push_back(std::move(statement));
    if (const auto* kept = std::get_if<FieldDefinition>(&out.back().node))  // `out` never reallocates
      parents[{kept->table.value, ImpliedFields::field_key(kept->name)}] = kept;
  }
  statements = std::move(out);
}

// Rule 9: ALTER TABLE changes the table's definition; the result is what INFO shows. False when a clause is
// not understood (the ALTER then stays as it is).
bool apply_alter(TableDefinition& table, const AlterStatement& alter) {
  TableDefinition altered = table;
  std::string permissions;  // PERMISSIONS and the FOR clauses the ALTER reader split from it
  for (const auto& clause : alter.clauses) {
    const std::string argument(clause.argument ? trim(clause.argument->text) : std::string_view());
    if (clause.keyword == "FOR" && !permissions.empty()) {
      permissions += " FOR " + argument;
    } else if (clause.keyword == "PERMISSIONS") {
      permissions = "PERMISSIONS " + argument;
    } else if (clause.keyword == "SCHEMAFULL" || clause.keyword == "SCHEMAFUL") {
      altered.schema = TableDefinition::Schemafulness::Schemafull;
    } else if (clause.keyword == "SCHEMALESS") {
      altered.schema = TableDefinition::Schemafulness::Schemaless;
    } else if (clause.keyword == "COMMENT") {
      if (clause.drop)
        altered.comment.reset();
      else
        altered.comment = Expression{argument, {}};
    } else if (clause.keyword == "CHANGEFEED") {
      if (clause.drop) {
        altered.changefeed.reset();
      } else {
        altered.changefeed = Changefeed{};
        altered.changefeed->duration = argument;
      }
    } else if (clause.keyword == "TYPE" && (upper(argument) == "NORMAL" || upper(argument) == "ANY")) {
      altered.type = upper(argument) == "NORMAL" ? TableDefinition::Type::Normal : TableDefinition::Type::Any;
    } else {
      return false;
    }
  }
  if (!permissions.empty()) {
    ParseResult parsed = parse_surql("DEFINE TABLE t " + permissions, "ALTER");
    const auto* definition = parsed.ok() && parsed.schema.statements.size() == 1
                                 ? std::get_if<TableDefinition>(&parsed.schema.statements.front().node)
                                 : nullptr;
    if (definition == nullptr) return false;
    altered.permissions = definition->permissions;
  }
  table = std::move(altered);
  return true;
}

void apply_alters(std::vector<Statement>& statements) {
  std::vector<Statement> out;
  out.reserve(statements.size());
  for (auto& statement : statements) {
    const auto* alter = std::get_if<AlterStatement>(&statement.node);
    if (alter != nullptr && alter->kind == DefinitionKind::Table && alter->name) {
      auto table = std::find_if(out.rbegin(), out.rend(), [&](const Statement& s) {
        const auto* t = std::get_if<TableDefinition>(&s.node);
        return t != nullptr && t->name.value == alter->name->value;
      });
      if (table != out.rend() && apply_alter(std::get<TableDefinition>(table->node), *alter)) continue;
    }
    out.push_back(std::move(statement));
  }
  statements = std::move(out);
}

// Rules 10 and 11: definitions that change others as the engine runs them.
void propagate_field_types(std::vector<Statement>& statements) {
  std::map<std::string, TableDefinition*> tables;
  std::map<std::pair<std::string, std::string>, FieldDefinition*> fields;  // (table, field key)
  for (auto& statement : statements) {
    if (auto* table = std::get_if<TableDefinition>(&statement.node)) {
      tables[table->name.value] = table;
      continue;
    }
    if (auto* remove = std::get_if<RemoveStatement>(&statement.node)) {
      if (remove->kind == DefinitionKind::Table) tables.erase(remove->name.value);
      if (remove->kind == DefinitionKind::Field && remove->on)
        fields.erase({remove->on->value, ImpliedFields::field_key(remove->name)});
      continue;
    }
    auto* field = std::get_if<FieldDefinition>(&statement.node);
    if (field == nullptr) continue;
    const std::string key = ImpliedFields::field_key(field->name);
    fields[{field->table.value, key}] = field;
    if (!field->type) continue;
    // Rule 10: `in`/`out` of a relation table typed record<a | b> makes a | b the table's IN/OUT tables.
    auto table = tables.find(field->table.value);
    if (table != tables.end() && table->second->type == TableDefinition::Type::Relation &&
        (key == "in" || key == "out") && field->type->kind == Type::Kind::Record &&
        !field->type->names.empty())
      (key == "in" ? table->second->relation_in : table->second->relation_out) = field->type->names;
    // Rule 11: an array or set type gives the element fields already defined (`x.*`, `x.*.*`) its element
    // types; their other clauses stay.
    std::string child = key;
    std::optional<Type> element = ImpliedFields::element_type(*field->type);
    while (element) {
      child += ".*";
      auto existing = fields.find({field->table.value, child});
      if (existing != fields.end()) existing->second->type = *element;
      element = ImpliedFields::element_type(*element);
    }
  }
}

}  // namespace

void to_stored_form(Schema& schema, Syntax engine) {
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
            if (n.name.form == Name::Form::Identifier)
              n.name.text = n.name.value = canonical_idiom(n.name.text);  // rule 8
          } else if constexpr (std::is_same_v<T, FunctionDefinition>) {
            for (auto& parameter : n.parameters) canonical_type(parameter.type);
            if (n.returns) canonical_type(*n.returns);
          } else if constexpr (std::is_same_v<T, ConfigDefinition>) {
            config_defaults(n);
          } else if constexpr (std::is_same_v<T, ApiDefinition>) {
            api_path(n);
          } else if constexpr (std::is_same_v<T, RemoveStatement>) {
            if (n.kind == DefinitionKind::Field && n.name.form == Name::Form::Identifier)
              n.name.text = n.name.value = canonical_idiom(n.name.text);  // rule 8
          } else if constexpr (std::is_same_v<T, ParamDefinition>) {
            if (!n.value) n.value = Expression{"NONE", {}};  // rule 5
          } else if constexpr (std::is_same_v<T, UserDefinition>) {
            if (n.roles.empty()) n.roles.emplace_back("VIEWER");  // rule 5
          }
        },
        statement.node);
    for_each_expression(statement.node, [](Expression& e) { e.text = canonical_expression(e.text); });
  }
  apply_alters(schema.statements);
  propagate_field_types(schema.statements);
  drop_implied_fields(schema.statements, engine);
}

}  // namespace surrealpp::schema::render

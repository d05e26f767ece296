#include "introspect/schema_equivalence.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <type_traits>

#include "export/json_export.hpp"
#include "render/implied_fields.hpp"
#include "render/surql_text.hpp"
#include "surrealpp/schema/names.hpp"

namespace surrealpp::schema {
namespace {

std::string upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

bool is_word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == ':' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// ---- durations ----

std::optional<std::uint64_t> duration_nanoseconds(const std::string& text) {
  static const std::array<std::pair<const char*, std::uint64_t>, 10> kUnits = {{
      {"ns", 1ULL},
      {"us", 1000ULL},
      {"\xC2\xB5s", 1000ULL},
      {"ms", 1000000ULL},
      {"s", 1000000000ULL},
      {"m", 60000000000ULL},
      {"h", 3600000000000ULL},
      {"d", 86400000000000ULL},
      {"w", 604800000000000ULL},
      {"y", 31536000000000000ULL},
  }};
  std::uint64_t total = 0;
  std::size_t i = 0;
  if (text.empty()) return std::nullopt;
  while (i < text.size()) {
    std::size_t start = i;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
    if (i == start) return std::nullopt;
    const std::uint64_t amount = std::stoull(text.substr(start, i - start));
    bool matched = false;
    // Longest unit first: `ms` before `m`.
    for (const char* unit : {"ns", "us", "\xC2\xB5s", "ms", "s", "m", "h", "d", "w", "y"}) {
      const std::size_t length = std::char_traits<char>::length(unit);
      if (text.compare(i, length, unit) != 0) continue;
      if (length == 1 && unit[0] == 'm' && i + 1 < text.size() && text[i + 1] == 's') continue;
      for (const auto& [name, factor] : kUnits)
        if (std::string_view(name) == unit) total += amount * factor;
      i += length;
      matched = true;
      break;
    }
    if (!matched) return std::nullopt;
  }
  return total;
}

// ---- expressions ----

// A token stream of SurrealQL text; strings canonical, whitespace gone.
std::vector<std::string> tokens_of(const std::string& text, bool as_loaded) {
  std::vector<std::string> tokens;
  render::scan_code(
      text,
      [&](std::size_t begin, std::size_t end) {
        std::size_t i = begin;
        while (i < end) {
          const char c = text[i];
          if (std::isspace(static_cast<unsigned char>(c))) {
            ++i;
            continue;
          }
          if (is_word_char(c) || c == '$' || c == '.') {
            std::size_t start = i++;
            while (i < end &&
                   (is_word_char(text[i]) ||
                    (text[i] == '.' && i + 1 < end && std::isdigit(static_cast<unsigned char>(text[i + 1])))))
              ++i;
            tokens.push_back(text.substr(start, i - start));
            continue;
          }
          if (as_loaded && (text.compare(i, 2, "&&") == 0 || text.compare(i, 2, "||") == 0)) {
            tokens.push_back(c == '&' ? "AND" : "OR");
            i += 2;
            continue;
          }
          tokens.emplace_back(1, c);
          ++i;
        }
      },
      [&](std::size_t begin, std::size_t end) {
        const std::string quoted = text.substr(begin, end - begin);
        if (auto value = render::string_literal_value(quoted)) {
          tokens.push_back(render::quote_string(*value));
        } else if (quoted[0] == '`' || quoted[0] == '\xE2') {
          tokens.push_back(quoted);
        }
        // comments are dropped
      });
  if (!as_loaded) return tokens;

  std::vector<std::string> out;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    std::string token = tokens[i];
    const bool word = !token.empty() &&
                      (std::isalpha(static_cast<unsigned char>(token[0])) || token[0] == '_') &&
                      token.find("::") == std::string::npos;
    const bool number = !token.empty() && std::isdigit(static_cast<unsigned char>(token[0]));
    if (word) {
      token = upper(token);
      if (token == "IN") token = "INSIDE";
    } else if (number) {
      if (auto ns = duration_nanoseconds(token)) {
        token = normalised_duration(token);
      } else if (token.find('.') != std::string::npos || token.back() == 'f') {
        // Floats print as their shortest form with an `f`: 1.0 → 1f.
        std::string digits = token.back() == 'f' ? token.substr(0, token.size() - 1) : token;
        double value = 0;
        auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
        if (ec == std::errc() && ptr == digits.data() + digits.size()) {
          char buffer[64];
          auto [end, ec2] = std::to_chars(buffer, buffer + sizeof buffer, value);
          if (ec2 == std::errc()) token = std::string(buffer, end) + 'f';
        }
      }
    }
    // `;` before `}` and at the end carries nothing.
    if (token == ";" && (i + 1 == tokens.size() || tokens[i + 1] == "}")) continue;
    // INFO adds parentheses around subqueries and statements and drops some that were needed (DESIGN.md): as
    // loaded, parentheses are not compared.
    if (token == "(" || token == ")") continue;
    out.push_back(token);
  }
  // Outer parentheses around the whole expression carry nothing either (INFO adds them around statements).
  while (out.size() >= 2 && out.front() == "(" && out.back() == ")") {
    int depth = 0;
    bool encloses = true;
    for (std::size_t i = 0; i < out.size(); ++i) {
      if (out[i] == "(") ++depth;
      if (out[i] == ")") --depth;
      if (depth == 0 && i + 1 < out.size()) encloses = false;
    }
    if (!encloses) break;
    out.erase(out.begin());
    out.pop_back();
  }
  return out;
}

void normalise_expression(std::optional<Expression>& expression, bool as_loaded) {
  if (expression) expression->text = normalised_expression(expression->text, as_loaded);
}
void normalise_expression(Expression& expression, bool as_loaded) {
  expression.text = normalised_expression(expression.text, as_loaded);
}

// ---- types ----

void normalise_type(Type& type, bool as_loaded) {
  for (auto& parameter : type.parameters) normalise_type(parameter, as_loaded);
  for (auto& field : type.object_fields)
    for (auto& inner : field.type) normalise_type(inner, as_loaded);
  if (type.kind == Type::Kind::Literal) {
    if (auto value = render::string_literal_value(type.literal_text))
      type.literal_text = render::quote_string(*value);
  }
  if (!as_loaded) return;
  if (type.kind == Type::Kind::Point) {
    type.kind = Type::Kind::Geometry;
    type.names = {"point"};
  }
  if (type.kind == Type::Kind::LiteralObject)
    std::sort(type.object_fields.begin(), type.object_fields.end(),
              [](const LiteralObjectField& a, const LiteralObjectField& b) { return a.name < b.name; });
  if (type.kind == Type::Kind::Option) {
    type.kind = Type::Kind::Either;
    Type none;
    none.kind = Type::Kind::None;
    type.parameters.insert(type.parameters.begin(), none);
  }
  if (type.kind == Type::Kind::Either) {
    std::vector<Type> flat;
    for (auto& alternative : type.parameters) {
      if (alternative.kind == Type::Kind::Either)
        flat.insert(flat.end(), alternative.parameters.begin(), alternative.parameters.end());
      else
        flat.push_back(alternative);
    }
    type.parameters = std::move(flat);
  }
}

// ---- permissions ----

// The effective rule of every action, grouped the canonical way; `fallback` fills the actions no rule names.
void normalise_permissions(std::optional<Permissions>& permissions, std::vector<PermissionAction> actions,
                           std::optional<PermissionRule::Kind> fallback, bool as_loaded) {
  if (!permissions && !(as_loaded && fallback)) return;
  std::array<std::optional<PermissionRule>, 4> effective;
  if (permissions)
    for (const auto& rule : permissions->rules) {
      PermissionRule copy = rule;
      copy.actions.clear();
      copy.location = {};
      normalise_expression(copy.condition, as_loaded);
      if (rule.actions.empty())
        for (auto action : actions) effective[static_cast<std::size_t>(action)] = copy;
      for (auto action : rule.actions) effective[static_cast<std::size_t>(action)] = copy;
    }
  if (as_loaded && fallback)
    for (auto action : actions)
      if (!effective[static_cast<std::size_t>(action)]) {
        PermissionRule rule;
        rule.kind = *fallback;
        effective[static_cast<std::size_t>(action)] = rule;
      }
  Permissions out;
  auto same = [](const PermissionRule& a, const PermissionRule& b) {
    return a.kind == b.kind &&
           (a.kind != PermissionRule::Kind::Where || a.condition->text == b.condition->text);
  };
  for (auto action : actions) {
    auto& rule = effective[static_cast<std::size_t>(action)];
    if (!rule) continue;
    auto group = std::find_if(out.rules.begin(), out.rules.end(),
                              [&](const PermissionRule& r) { return same(r, *rule); });
    if (group == out.rules.end()) {
      out.rules.push_back(*rule);
      group = out.rules.end() - 1;
    }
    group->actions.push_back(action);
  }
  permissions = std::move(out);
}

const std::vector<PermissionAction> kTableActions = {PermissionAction::Select, PermissionAction::Create,
                                                     PermissionAction::Update, PermissionAction::Delete};
const std::vector<PermissionAction> kFieldActions = {PermissionAction::Select, PermissionAction::Create,
                                                     PermissionAction::Update};

void normalise_durations(std::optional<Durations>& durations, bool as_loaded, bool bearer) {
  if (!as_loaded) return;
  if (!durations) durations = Durations{};
  auto fill = [](std::optional<Expression>& e, const char* text) {
    if (!e) e = Expression{text, {}};
    e->text = normalised_duration(upper(e->text) == "NONE" ? "NONE" : e->text);
    e->location = {};
  };
  if (bearer)
    fill(durations->grant, "30d");
  else
    durations->grant.reset();
  fill(durations->token, "1h");
  fill(durations->session, "NONE");
  durations->location = {};
}

// ---- the statements ----

struct Normaliser {
  bool as_loaded;
  Syntax engine;

  void comment(std::optional<Expression>& c) {
    if (!c) return;
    if (auto value = render::string_literal_value(c->text))
      c->text = render::quote_string(*value);
    else
      normalise_expression(c, as_loaded);
  }
  void mode(DefineMode& m) {
    if (as_loaded) m = DefineMode::Create;
  }

  void operator()(TableDefinition& n) {
    mode(n.mode);
    comment(n.comment);
    normalise_expression(n.view, as_loaded);
    if (n.view && as_loaded) {
      // INFO prints `AS SELECT …` without the parentheses a source may have.
      n.view->text = normalised_expression(n.view->text, true);
    }
    if (as_loaded) {
      // Without a TYPE, a SCHEMAFULL table is NORMAL and any other is ANY.
      if (n.type == TableDefinition::Type::Unspecified)
        n.type = n.schema == TableDefinition::Schemafulness::Schemafull ? TableDefinition::Type::Normal
                                                                        : TableDefinition::Type::Any;
      if (n.schema == TableDefinition::Schemafulness::Unspecified)
        n.schema = TableDefinition::Schemafulness::Schemaless;
      if (n.changefeed) n.changefeed->duration = normalised_duration(n.changefeed->duration);
    }
    normalise_permissions(n.permissions, kTableActions, PermissionRule::Kind::None, as_loaded);
  }
  void operator()(FieldDefinition& n) {
    mode(n.mode);
    n.name.value = render::ImpliedFields::field_key(n.name);
    if (n.type) normalise_type(*n.type, as_loaded);
    normalise_expression(n.default_value, as_loaded);
    normalise_expression(n.value, as_loaded);
    normalise_expression(n.assertion, as_loaded);
    normalise_expression(n.computed, as_loaded);
    if (as_loaded && n.value && n.value->text.rfind("< FUTURE >", 0) == 0 && !n.computed) {
      n.computed = Expression{normalised_expression(n.value->text.substr(10), true), {}};
      n.value.reset();
    }
    if (n.reference) {
      n.reference->location = {};
      normalise_expression(n.reference->then, as_loaded);
      if (as_loaded && n.reference->on_delete == Reference::OnDelete::Unspecified)
        n.reference->on_delete = Reference::OnDelete::Ignore;
    }
    comment(n.comment);
    normalise_permissions(n.permissions, engine == Syntax::V2 && !as_loaded ? kTableActions : kFieldActions,
                          PermissionRule::Kind::Full, as_loaded);
  }
  void operator()(IndexDefinition& n) {
    mode(n.mode);
    for (auto& field : n.fields) normalise_expression(field, as_loaded);
    normalise_expression(n.count_condition, as_loaded);
    comment(n.comment);
    if (!as_loaded) return;
    n.concurrently = false;
    if (n.fulltext) {
      n.fulltext->legacy_search = false;
      n.fulltext->extra_options.clear();
      if (n.fulltext->bm25 && !n.fulltext->bm25_k1) {
        n.fulltext->bm25_k1 = "1.2";
        n.fulltext->bm25_b = "0.75";
      }
    }
    if (n.vector) {
      auto& v = *n.vector;
      if (!v.distance) v.distance = "EUCLIDEAN";
      v.distance = upper(*v.distance);
      if (!v.vector_type) v.vector_type = engine == Syntax::V3 ? "F32" : "F64";
      v.vector_type = upper(*v.vector_type);
      if (n.kind == IndexDefinition::Kind::Hnsw) {
        if (!v.efc) v.efc = "150";
        if (!v.m) v.m = "12";
      }
      if (n.kind == IndexDefinition::Kind::MTree && !v.capacity) v.capacity = "40";
      v.m0.reset();  // derived from M
      v.lm.reset();
      v.extra_options.clear();
    }
  }
  void operator()(EventDefinition& n) {
    mode(n.mode);
    normalise_expression(n.when, as_loaded);
    for (auto& then : n.then) normalise_expression(then, as_loaded);
    comment(n.comment);
    if (as_loaded) {
      if (!n.when) n.when = Expression{"TRUE", {}};
      if (n.async && !n.max_depth) n.max_depth = "3";
    }
  }
  void operator()(AnalyzerDefinition& n) {
    mode(n.mode);
    for (auto& tokenizer : n.tokenizers) tokenizer = upper(tokenizer);
    for (auto& filter : n.filters) {
      std::string compact;
      for (const auto& token : tokens_of(filter.text, false)) compact += token;
      filter.text = upper(compact);
      filter.location = {};
    }
    if (n.function && n.function->rfind("fn::", 0) != 0) n.function = "fn::" + *n.function;
    comment(n.comment);
  }
  void operator()(AccessDefinition& n) {
    mode(n.mode);
    normalise_expression(n.signup, as_loaded);
    normalise_expression(n.signin, as_loaded);
    normalise_expression(n.authenticate, as_loaded);
    comment(n.comment);
    if (n.bearer_subject) n.bearer_subject = upper(*n.bearer_subject);
    if (n.jwt && n.jwt->algorithm) n.jwt->algorithm = upper(*n.jwt->algorithm);
    if (!as_loaded) return;
    // Keys are secrets: INFO shows them as [REDACTED]; a record access without its own gets a random one.
    if (n.type == AccessDefinition::Type::Record && !n.jwt) n.jwt = JwtSettings{};
    if (n.jwt) {
      if (!n.jwt->algorithm && !n.jwt->url) n.jwt->algorithm = "HS512";
      n.jwt->key.reset();
      n.jwt->issuer_key.reset();
      n.jwt->issuer_algorithm.reset();
      n.jwt->with_issuer = false;
      normalise_expression(n.jwt->url, true);
    }
    normalise_durations(n.durations, as_loaded, n.type == AccessDefinition::Type::Bearer);
  }
  void operator()(UserDefinition& n) {
    mode(n.mode);
    for (auto& role : n.roles) role = upper(role);
    comment(n.comment);
    if (!as_loaded) return;
    n.password.reset();  // hashed with a random salt
    n.passhash.reset();
    normalise_durations(n.durations, as_loaded, false);
  }
  void operator()(FunctionDefinition& n) {
    mode(n.mode);
    if (n.name.value.rfind("fn::", 0) != 0) n.name.value = "fn::" + n.name.value;
    for (auto& parameter : n.parameters) {
      normalise_type(parameter.type, as_loaded);
      parameter.location = {};
    }
    if (n.returns) normalise_type(*n.returns, as_loaded);
    normalise_expression(n.body, as_loaded);
    comment(n.comment);
    normalise_permissions(n.permissions, {}, PermissionRule::Kind::Full, as_loaded);
  }
  void operator()(ParamDefinition& n) {
    mode(n.mode);
    normalise_expression(n.value, as_loaded);
    comment(n.comment);
    normalise_permissions(n.permissions, {}, PermissionRule::Kind::Full, as_loaded);
  }
  void operator()(SequenceDefinition& n) {
    mode(n.mode);
    normalise_expression(n.timeout, as_loaded);
    comment(n.comment);
    if (as_loaded) {
      if (!n.batch) n.batch = "1000";
      if (!n.start) n.start = "0";
    }
  }
  void operator()(NamespaceDefinition& n) { mode(n.mode), comment(n.comment); }
  void operator()(DatabaseDefinition& n) { mode(n.mode), comment(n.comment); }
  void operator()(ConfigDefinition& n) { mode(n.mode), normalise_expression(n.body, as_loaded); }
  void operator()(ApiDefinition& n) {
    mode(n.mode);
    normalise_expression(n.body, as_loaded);
    if (!as_loaded || !n.body) return;
    // INFO spells out the defaults: `FOR ANY PERMISSIONS FULL` before the methods, `PERMISSIONS FULL` on
    // each.
    std::string& text = n.body->text;
    for (std::size_t at; (at = text.find("PERMISSIONS FULL")) != std::string::npos;) text.erase(at, 16);
    text = normalised_expression(text, true);
    if (text.rfind("FOR ANY FOR ", 0) == 0) text.erase(0, 8);
  }
  void operator()(BucketDefinition& n) {
    mode(n.mode);
    normalise_expression(n.backend, as_loaded);
    comment(n.comment);
    normalise_permissions(n.permissions, {}, PermissionRule::Kind::Full, as_loaded);
  }
  void operator()(ModuleDefinition& n) { mode(n.mode), normalise_expression(n.body, as_loaded); }
  void operator()(ScopeDefinition& n) {
    mode(n.mode);
    normalise_expression(n.signup, as_loaded);
    normalise_expression(n.signin, as_loaded);
    comment(n.comment);
  }
  void operator()(TokenDefinition& n) {
    mode(n.mode);
    comment(n.comment);
  }
  void operator()(RemoveStatement&) {}
  void operator()(AlterStatement& n) {
    for (auto& clause : n.clauses) normalise_expression(clause.argument, as_loaded);
  }
  void operator()(InfoStatement&) {}
  void operator()(UseStatement&) {}
  void operator()(OpaqueStatement& n) { normalise_expression(n.text, as_loaded); }
};

// 2.x definitions as the 3.x accesses a 2.x engine turns them into.
StatementNode as_access(const StatementNode& node) {
  if (const auto* scope = std::get_if<ScopeDefinition>(&node)) {
    AccessDefinition access;
    access.name = scope->name;
    access.base = Base::Database;
    access.type = AccessDefinition::Type::Record;
    access.signup = scope->signup;
    access.signin = scope->signin;
    access.comment = scope->comment;
    if (scope->session) {
      access.durations = Durations{};
      access.durations->session = Expression{*scope->session, {}};
    }
    return access;
  }
  if (const auto* token = std::get_if<TokenDefinition>(&node)) {
    AccessDefinition access;
    access.name = token->name;
    access.base = token->base;
    access.type = AccessDefinition::Type::Jwt;
    access.jwt = JwtSettings{};
    access.jwt->algorithm = token->algorithm;
    access.jwt->key = token->value;
    access.comment = token->comment;
    return access;
  }
  return node;
}

// Identity of a definition: kind, table and name.
std::string key_of(const StatementNode& node) {
  auto kind = defined_kind(node);
  if (!kind) return {};
  return std::visit(
      [&](const auto& n) -> std::string {
        using T = std::decay_t<decltype(n)>;
        std::string key(keyword_of(*kind));
        if constexpr (std::is_same_v<T, FieldDefinition>)
          return key + ' ' + n.table.value + ' ' + render::ImpliedFields::field_key(n.name);
        else if constexpr (std::is_same_v<T, IndexDefinition> || std::is_same_v<T, EventDefinition>)
          return key + ' ' + n.table.value + ' ' + n.name.value;
        else if constexpr (std::is_same_v<T, ConfigDefinition>)
          return key + ' ' + upper(n.kind);
        else if constexpr (std::is_same_v<T, ApiDefinition>)
          return key + ' ' + n.path.value;
        else if constexpr (std::is_same_v<T, FunctionDefinition>)
          return key + ' ' + (n.name.value.rfind("fn::", 0) == 0 ? n.name.value : "fn::" + n.name.value);
        else if constexpr (requires { n.name.value; })
          return key + ' ' + n.name.value;
        else
          return key;
      },
      node);
}

std::string fingerprint(const StatementNode& node) {
  Statement statement;
  statement.node = node;
  JsonExportOptions options;
  options.locations = false;
  options.source_text = false;
  options.pretty = false;
  return export_statement_json(statement, options);
}

// Definitions that INFO FOR DB / INFO FOR TABLE do not show.
bool outside_database_info(const StatementNode& node) {
  if (std::holds_alternative<NamespaceDefinition>(node) || std::holds_alternative<DatabaseDefinition>(node))
    return true;
  if (const auto* access = std::get_if<AccessDefinition>(&node)) return access->base != Base::Database;
  if (const auto* user = std::get_if<UserDefinition>(&node)) return user->base != Base::Database;
  if (const auto* token = std::get_if<TokenDefinition>(&node)) return token->base != Base::Database;
  return false;
}

struct Entry {
  std::string key;
  std::string fingerprint;
};

std::vector<Entry> entries_of(const Schema& schema, const EquivalenceOptions& options) {
  Normaliser normaliser{options.as_loaded, options.engine};
  std::vector<Entry> entries;
  if (!options.as_loaded) {
    for (const auto& statement : schema.statements) {
      StatementNode node = statement.node;
      std::visit(normaliser, node);
      entries.push_back({key_of(node), fingerprint(node)});
    }
    return entries;
  }
  // As loaded: simulate what the database keeps.
  std::map<std::string, std::size_t> index;  // key → position in entries
  std::vector<std::optional<Entry>> kept;
  render::ImpliedFields implied;
  for (const auto& statement : schema.statements) {
    if (auto* remove = std::get_if<RemoveStatement>(&statement.node)) {
      implied.observe(statement.node);
      std::string prefix = std::string(keyword_of(remove->kind)) + ' ';
      if (remove->kind == DefinitionKind::Field)
        prefix += remove->on->value + ' ' + render::ImpliedFields::field_key(remove->name);
      else if (remove->on && (remove->kind == DefinitionKind::Index || remove->kind == DefinitionKind::Event))
        prefix += remove->on->value + ' ' + remove->name.value;
      else
        prefix += remove->name.value;
      for (auto& [key, position] : index) {
        const bool table_member = remove->kind == DefinitionKind::Table &&
                                  (key.rfind("FIELD " + remove->name.value + ' ', 0) == 0 ||
                                   key.rfind("INDEX " + remove->name.value + ' ', 0) == 0 ||
                                   key.rfind("EVENT " + remove->name.value + ' ', 0) == 0);
        if (key == prefix || table_member) kept[position].reset();
      }
      continue;
    }
    if (!defined_kind(statement.node) || outside_database_info(statement.node)) continue;
    if (const auto* field = std::get_if<FieldDefinition>(&statement.node)) {
      if (implied.classify(*field) == render::ImpliedFields::Disposition::Skip) {
        implied.observe(statement.node);
        continue;
      }
    }
    StatementNode node = as_access(statement.node);
    const DefineMode mode = std::visit(
        [](const auto& n) -> DefineMode {
          if constexpr (requires { n.mode; })
            return n.mode;
          else
            return DefineMode::Create;
        },
        node);
    const std::string key = key_of(node);
    auto found = index.find(key);
    const bool exists = found != index.end() && kept[found->second].has_value();
    if (exists && mode != DefineMode::Overwrite)
      continue;  // "already exists", or IF NOT EXISTS: the old one stays
    implied.observe(statement.node);
    std::visit(normaliser, node);
    if (found != index.end()) {
      kept[found->second] = Entry{key, fingerprint(node)};
    } else {
      index[key] = kept.size();
      kept.push_back(Entry{key, fingerprint(node)});
    }
  }
  for (auto& entry : kept)
    if (entry) entries.push_back(std::move(*entry));
  return entries;
}

// The fingerprint of the table SurrealDB creates when data or a field is written to an undefined one, for a
// key `TABLE name`; empty for other keys.
std::string auto_created_table(const std::string& key, const EquivalenceOptions& options) {
  if (key.rfind("TABLE ", 0) != 0) return {};
  TableDefinition table;
  table.name.value = table.name.text = key.substr(6);
  StatementNode node = table;
  std::visit(Normaliser{true, options.engine}, node);
  return fingerprint(node);
}

}  // namespace

std::string normalised_duration(const std::string& text) {
  auto ns = duration_nanoseconds(text);
  if (!ns) return text;
  if (*ns == 0) return "0ns";
  static const std::array<std::pair<const char*, std::uint64_t>, 9> kUnits = {{
      {"y", 31536000000000000ULL},
      {"w", 604800000000000ULL},
      {"d", 86400000000000ULL},
      {"h", 3600000000000ULL},
      {"m", 60000000000ULL},
      {"s", 1000000000ULL},
      {"ms", 1000000ULL},
      {"\xC2\xB5s", 1000ULL},
      {"ns", 1ULL},
  }};
  std::string out;
  std::uint64_t rest = *ns;
  for (const auto& [unit, factor] : kUnits) {
    if (rest < factor) continue;
    out += std::to_string(rest / factor) + unit;
    rest %= factor;
  }
  return out;
}

std::string normalised_expression(const std::string& text, bool as_loaded) {
  const std::string adapted = as_loaded ? render::adapt_expression(text, Syntax::V3) : text;
  std::string out;
  for (const auto& token : tokens_of(adapted, as_loaded)) {
    if (!out.empty()) out += ' ';
    out += token;
  }
  return out;
}

std::vector<std::string> schema_differences(const Schema& expected, const Schema& actual,
                                            const EquivalenceOptions& options) {
  std::vector<Entry> left = entries_of(expected, options);
  std::vector<Entry> right = entries_of(actual, options);
  std::vector<std::string> differences;
  if (options.ignore_order || options.as_loaded) {
    auto by_key = [](const Entry& a, const Entry& b) { return a.key < b.key; };
    std::stable_sort(left.begin(), left.end(), by_key);
    std::stable_sort(right.begin(), right.end(), by_key);
    std::size_t i = 0, j = 0;
    while (i < left.size() || j < right.size()) {
      if (j == right.size() || (i < left.size() && left[i].key < right[j].key)) {
        differences.push_back("missing: " + left[i].key + " " + left[i].fingerprint);
        ++i;
      } else if (i == left.size() || right[j].key < left[i].key) {
        // Writing a record (or a field) into an undefined table creates the table: not a difference as
        // loaded.
        if (!(options.as_loaded && right[j].fingerprint == auto_created_table(right[j].key, options)))
          differences.push_back("unexpected: " + right[j].key + " " + right[j].fingerprint);
        ++j;
      } else {
        if (left[i].fingerprint != right[j].fingerprint)
          differences.push_back("differs: " + left[i].key + "\n  expected " + left[i].fingerprint +
                                "\n  actual   " + right[j].fingerprint);
        ++i, ++j;
      }
    }
    return differences;
  }
  for (std::size_t i = 0; i < std::max(left.size(), right.size()); ++i) {
    if (i >= left.size())
      differences.push_back("unexpected: " + right[i].fingerprint);
    else if (i >= right.size())
      differences.push_back("missing: " + left[i].fingerprint);
    else if (left[i].fingerprint != right[i].fingerprint)
      differences.push_back("statement " + std::to_string(i + 1) + " differs:\n  expected " +
                            left[i].fingerprint + "\n  actual   " + right[i].fingerprint);
  }
  return differences;
}

}  // namespace surrealpp::schema

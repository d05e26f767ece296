#include "introspect/info_reader.hpp"

#include <rapidjson/document.h>

#include <stdexcept>

#include "render/surql_text.hpp"

namespace surrealpp::schema {
namespace {

using rapidjson::Value;

// The database-level INFO categories in an order that loads (functions before the analyzers that call them).
constexpr const char* kDatabaseCategories[] = {"params",  "functions", "analyzers", "accesses",
                                               "users",   "sequences", "configs",   "apis",
                                               "buckets", "models",    "modules"};

std::string text_of(const Value& value) {
  if (value.IsString()) return {value.GetString(), value.GetStringLength()};
  if (value.IsUint64()) return std::to_string(value.GetUint64());
  if (value.IsInt64()) return std::to_string(value.GetInt64());
  if (value.IsBool()) return value.GetBool() ? "true" : "false";
  throw std::invalid_argument("INFO value is neither text nor a number");
}

const Value* member(const Value& object, const char* name) {
  if (!object.IsObject()) return nullptr;
  auto it = object.FindMember(name);
  return it == object.MemberEnd() || it->value.IsNull() ? nullptr : &it->value;
}

std::string member_text(const Value& object, const char* name) {
  const Value* value = member(object, name);
  return value ? text_of(*value) : std::string();
}

bool flag(const Value& object, const char* name) {
  const Value* value = member(object, name);
  return value && value->IsBool() && value->GetBool();
}

// ---- STRUCTURE objects (3.x) → the DDL string INFO would have printed ----

// `true` → FULL, `false` → NONE, a string → WHERE condition.
std::string permission_rule(const Value& value) {
  if (value.IsBool()) return value.GetBool() ? "FULL" : "NONE";
  return "WHERE " + text_of(value);
}

std::string permissions_clause(const Value& object, std::initializer_list<const char*> actions) {
  const Value* permissions = member(object, "permissions");
  if (!permissions) return {};
  if (!permissions->IsObject()) return " PERMISSIONS " + permission_rule(*permissions);
  std::string out;
  for (const char* action : actions)
    if (const Value* rule = member(*permissions, action))
      out +=
          std::string(out.empty() ? " PERMISSIONS FOR " : ", FOR ") + action + ' ' + permission_rule(*rule);
  return out;
}

std::string comment_clause(const Value& object) {
  const Value* comment = member(object, "comment");
  return comment ? " COMMENT " + render::quote_string(text_of(*comment)) : std::string();
}

std::string names(const Value& list) {
  std::string out;
  for (const auto& name : list.GetArray())
    out += (out.empty() ? "" : " | ") + render::escape_keyword_free_identifier(text_of(name));
  return out;
}

std::string durations_clause(const Value& object) {
  const Value* durations = member(object, "duration");
  if (!durations) return {};
  std::string out;
  for (const char* which : {"grant", "token", "session"})
    if (const Value* d = member(*durations, which))
      out += std::string(out.empty() ? " DURATION FOR " : ", FOR ") +
             (which[0] == 'g'   ? "GRANT"
              : which[0] == 't' ? "TOKEN"
                                : "SESSION") +
             ' ' + text_of(*d);
  return out;
}

std::string table_ddl(const Value& t) {
  std::string out = "DEFINE TABLE " + render::escape_identifier(member_text(t, "name"));
  if (const Value* kind = member(t, "kind")) {
    const std::string k = member_text(*kind, "kind");
    out += " TYPE " + k;
    if (k == "RELATION") {
      if (const Value* in = member(*kind, "in")) out += " IN " + names(*in);
      if (const Value* o = member(*kind, "out")) out += " OUT " + names(*o);
      if (flag(*kind, "enforced")) out += " ENFORCED";
    }
  }
  if (flag(t, "drop")) out += " DROP";
  out += flag(t, "schemafull") ? " SCHEMAFULL" : " SCHEMALESS";
  out += comment_clause(t);
  if (const Value* view = member(t, "view")) out += ' ' + text_of(*view);
  if (const Value* changefeed = member(t, "changefeed")) {
    out += " CHANGEFEED " + member_text(*changefeed, "expiry");
    if (flag(*changefeed, "original")) out += " INCLUDE ORIGINAL";
  }
  return out + permissions_clause(t, {"select", "create", "update", "delete"});
}

std::string field_ddl(const Value& f) {
  std::string out =
      "DEFINE FIELD " + member_text(f, "name") + " ON " + render::escape_identifier(member_text(f, "table"));
  if (const Value* kind = member(f, "kind")) out += " TYPE " + text_of(*kind);
  if (flag(f, "flexible")) out += " FLEXIBLE";
  if (const Value* d = member(f, "default"))
    out += (flag(f, "default_always") ? " DEFAULT ALWAYS " : " DEFAULT ") + text_of(*d);
  if (flag(f, "readonly")) out += " READONLY";
  if (const Value* v = member(f, "value")) out += " VALUE " + text_of(*v);
  if (const Value* a = member(f, "assert")) out += " ASSERT " + text_of(*a);
  if (const Value* c = member(f, "computed")) out += " COMPUTED " + text_of(*c);
  if (const Value* r = member(f, "reference")) {
    out += " REFERENCE";
    if (const Value* on_delete = member(*r, "on_delete")) out += " ON DELETE " + text_of(*on_delete);
  }
  out += comment_clause(f);
  return out + permissions_clause(f, {"select", "create", "update"});
}

std::string index_ddl(const Value& i) {
  std::string out = "DEFINE INDEX " + render::escape_identifier(member_text(i, "name")) + " ON " +
                    render::escape_identifier(member_text(i, "table"));
  if (const Value* cols = member(i, "cols")) {
    std::string fields;
    if (cols->IsArray())
      for (const auto& col : cols->GetArray()) fields += (fields.empty() ? "" : ", ") + text_of(col);
    else
      fields = text_of(*cols);
    if (!fields.empty()) out += " FIELDS " + fields;
  }
  const std::string kind = member_text(i, "index");
  if (!kind.empty()) out += ' ' + kind;
  return out + comment_clause(i);
}

std::string event_ddl(const Value& e) {
  std::string out = "DEFINE EVENT " + render::escape_identifier(member_text(e, "name")) + " ON " +
                    render::escape_identifier(member_text(e, "what"));
  if (flag(e, "async")) {
    out += " ASYNC";
    if (const Value* retry = member(e, "retry")) out += " RETRY " + text_of(*retry);
    if (const Value* depth = member(e, "maxdepth")) out += " MAXDEPTH " + text_of(*depth);
  }
  out += " WHEN " + member_text(e, "when") + " THEN ";
  // STRUCTURE gives statements bare; as THEN clauses they need the parentheses INFO prints.
  bool first = true;
  if (const Value* then = member(e, "then"))
    for (const auto& step : then->GetArray()) {
      std::string text = text_of(step);
      out += (first ? "" : ", ") +
             (text.empty() || text.front() == '{' || text.front() == '(' ? text : '(' + text + ')');
      first = false;
    }
  return out + comment_clause(e);
}

std::string analyzer_ddl(const Value& a) {
  std::string out = "DEFINE ANALYZER " + render::escape_identifier(member_text(a, "name"));
  if (const Value* function = member(a, "function")) out += " FUNCTION fn::" + text_of(*function);
  if (const Value* tokenizers = member(a, "tokenizers")) {
    std::string list;
    for (const auto& t : tokenizers->GetArray()) list += (list.empty() ? "" : ",") + text_of(t);
    out += " TOKENIZERS " + list;
  }
  if (const Value* filters = member(a, "filters")) {
    std::string list;
    for (const auto& f : filters->GetArray()) list += (list.empty() ? "" : ", ") + text_of(f);
    out += " FILTERS " + list;
  }
  return out + comment_clause(a);
}

std::string function_ddl(const Value& f) {
  std::string out = "DEFINE FUNCTION fn::" + member_text(f, "name") + '(';
  bool first = true;
  if (const Value* args = member(f, "args"))
    for (const auto& arg : args->GetArray()) {
      out += (first ? "$" : ", $") + render::escape_keyword_free_identifier(text_of(arg[0])) + ": " +
             text_of(arg[1]);
      first = false;
    }
  out += ')';
  if (const Value* returns = member(f, "returns")) out += " -> " + text_of(*returns);
  out += ' ' + member_text(f, "block") + comment_clause(f);
  return out + permissions_clause(f, {});
}

std::string param_ddl(const Value& p) {
  return "DEFINE PARAM $" + render::escape_keyword_free_identifier(member_text(p, "name")) + " VALUE " +
         member_text(p, "value") + comment_clause(p) + permissions_clause(p, {});
}

std::string sequence_ddl(const Value& s) {
  std::string out = "DEFINE SEQUENCE " + render::escape_identifier(member_text(s, "name"));
  if (member(s, "batch")) out += " BATCH " + member_text(s, "batch");
  if (member(s, "start")) out += " START " + member_text(s, "start");
  if (member(s, "timeout")) out += " TIMEOUT " + member_text(s, "timeout");
  return out + comment_clause(s);
}

std::string user_ddl(const Value& u) {
  std::string out = "DEFINE USER " + render::escape_identifier(member_text(u, "name")) +
                    " ON DATABASE PASSHASH " + render::quote_string(member_text(u, "hash"));
  if (const Value* roles = member(u, "roles")) {
    std::string list;
    for (const auto& r : roles->GetArray()) list += (list.empty() ? "" : ", ") + text_of(r);
    out += " ROLES " + list;
  }
  return out + durations_clause(u) + comment_clause(u);
}

std::string jwt_clause(const Value& jwt) {
  std::string out;
  if (const Value* verify = member(jwt, "verify")) {
    if (const Value* url = member(*verify, "url")) return " URL " + render::quote_string(text_of(*url));
    out += " ALGORITHM " + member_text(*verify, "alg") + " KEY " +
           render::quote_string(member_text(*verify, "key"));
  }
  if (const Value* issuer = member(jwt, "issuer"))
    out += " WITH ISSUER KEY " + render::quote_string(member_text(*issuer, "key"));
  return out;
}

std::string access_ddl(const Value& a) {
  std::string out =
      "DEFINE ACCESS " + render::escape_identifier(member_text(a, "name")) + " ON DATABASE TYPE ";
  const Value* kind = member(a, "kind");
  const std::string k = kind ? member_text(*kind, "kind") : "JWT";
  out += k;
  if (kind && k == "RECORD") {
    if (const Value* signup = member(*kind, "signup")) out += " SIGNUP (" + text_of(*signup) + ')';
    if (const Value* signin = member(*kind, "signin")) out += " SIGNIN (" + text_of(*signin) + ')';
    if (flag(*kind, "refresh")) out += " WITH REFRESH";
    if (const Value* jwt = member(*kind, "jwt")) out += " WITH JWT" + jwt_clause(*jwt);
  } else if (kind && k == "JWT") {
    if (const Value* jwt = member(*kind, "jwt")) out += jwt_clause(*jwt);
  } else if (kind && k == "BEARER") {
    out += " FOR " + member_text(*kind, "subject");
  }
  if (const Value* authenticate = member(a, "authenticate")) out += " AUTHENTICATE " + text_of(*authenticate);
  return out + durations_clause(a) + comment_clause(a);
}

// `MIDDLEWARE a(x), b() PERMISSIONS …` of an API config ({middleware: {name: [arg, …]}, permissions}). The
// arguments are source text already. STRUCTURE keys the middleware by name in an object the engine sorts
// (checked on 3.0.2: `fn::b(), fn::a()` comes back as {fn::a, fn::b}), so this gives them in that order, not
// in the order they were written.
std::string api_config_clause(const Value& config) {
  std::string out;
  if (const Value* middleware = member(config, "middleware")) {
    if (!middleware->IsObject())
      throw std::invalid_argument("INFO … STRUCTURE API `middleware` is not an object");
    std::string list;
    for (const auto& entry : middleware->GetObject()) {
      std::string call(entry.name.GetString(), entry.name.GetStringLength());
      if (!entry.value.IsArray())
        throw std::invalid_argument("INFO … STRUCTURE API middleware `" + call + "` has no argument list");
      call += '(';
      bool first = true;
      for (const auto& arg : entry.value.GetArray()) {
        call += (first ? "" : ", ") + text_of(arg);
        first = false;
      }
      list += (list.empty() ? "" : ", ") + call + ')';
    }
    if (!list.empty()) out += " MIDDLEWARE " + list;
  }
  if (const Value* permissions = member(config, "permissions"))
    out += " PERMISSIONS " + permission_rule(*permissions);
  return out;
}

// {path, config, fallback?, actions: [{methods, config, action}], comment?} → `DEFINE API '/p' FOR any … THEN
// fallback FOR get, post … THEN action … COMMENT …`, the order INFO prints. INFO prints the `FOR any` part
// even without a fallback (it holds the route's middleware and permissions); only an API with neither leaves
// it out, as a bare `FOR any` would not parse.
std::string api_ddl(const Value& a) {
  std::string out = "DEFINE API " + render::quote_string(member_text(a, "path"));
  std::string any;
  if (const Value* config = member(a, "config")) any += api_config_clause(*config);
  if (const Value* fallback = member(a, "fallback")) any += " THEN " + text_of(*fallback);
  if (!any.empty()) out += " FOR any" + any;
  if (const Value* actions = member(a, "actions"); actions && actions->IsArray())
    for (const auto& action : actions->GetArray()) {
      std::string methods;
      if (const Value* list = member(action, "methods"); list && list->IsArray())
        for (const auto& method : list->GetArray())
          methods += (methods.empty() ? "" : ", ") + text_of(method);
      out += " FOR " + methods;
      if (const Value* config = member(action, "config")) out += api_config_clause(*config);
      out += " THEN " + member_text(action, "action");
    }
  return out + comment_clause(a);
}

// `TABLES`/`FUNCTIONS` of a GraphQL config: "AUTO", {include: [names]}, {exclude: [names]}; absent means NONE
// (3.0.2 gives `{graphql: {}}` for `GRAPHQL NONE`).
std::string graphql_selection(const Value& config, const char* which, const char* keyword) {
  std::string out = std::string(" ") + keyword + ' ';
  const Value* selection = member(config, which);
  if (!selection) return out + "NONE";
  if (!selection->IsObject()) return out + text_of(*selection);
  for (const char* mode : {"include", "exclude"})
    if (const Value* list = member(*selection, mode)) {
      std::string listed;
      if (!list->IsArray()) break;
      for (const auto& name : list->GetArray())
        listed += (listed.empty() ? "" : ", ") + render::escape_identifier(text_of(name));
      return out + (mode[0] == 'i' ? "INCLUDE " : "EXCLUDE ") + listed;
    }
  throw std::invalid_argument(std::string("INFO … STRUCTURE config `") + which +
                              "` is not AUTO, include or exclude");
}

// [{graphql: {tables, functions}}] or [{api: {middleware, permissions}}]: one kind of config per entry.
std::string config_ddl(const Value& c) {
  if (const Value* graphql = member(c, "graphql"))
    return "DEFINE CONFIG GRAPHQL" + graphql_selection(*graphql, "tables", "TABLES") +
           graphql_selection(*graphql, "functions", "FUNCTIONS");
  if (const Value* api = member(c, "api")) return "DEFINE CONFIG API" + api_config_clause(*api);
  throw std::invalid_argument("INFO … STRUCTURE config is neither `graphql` nor `api`");
}

// One INFO category: an object of DDL strings, or (STRUCTURE) an array of objects made into DDL strings.
void collect(const Value& info, const char* category, std::string (*from_structure)(const Value&),
             std::vector<std::string>& out) {
  const Value* entries = member(info, category);
  if (!entries) return;
  if (entries->IsObject()) {
    for (const auto& entry : entries->GetObject()) {
      std::string text = text_of(entry.value);
      // INFO prints configs without their DEFINE CONFIG prefix.
      if (std::string_view(category) == "configs" && text.rfind("DEFINE", 0) != 0)
        text = "DEFINE CONFIG " + text;
      out.push_back(std::move(text));
    }
    return;
  }
  if (!entries->IsArray())
    throw std::invalid_argument(std::string("INFO `") + category + "` is neither an object nor a list");
  if (!from_structure && !entries->Empty())
    throw std::invalid_argument(std::string("INFO … STRUCTURE `") + category + "` is not supported");
  for (const auto& entry : entries->GetArray()) out.push_back(from_structure(entry));
}

std::string (*structure_reader(std::string_view category))(const Value&) {
  if (category == "functions") return function_ddl;
  if (category == "analyzers") return analyzer_ddl;
  if (category == "params") return param_ddl;
  if (category == "sequences") return sequence_ddl;
  if (category == "users") return user_ddl;
  if (category == "accesses") return access_ddl;
  if (category == "apis") return api_ddl;
  if (category == "configs") return config_ddl;
  return nullptr;
}

rapidjson::Document parse_json(std::string_view text, const std::string& what) {
  rapidjson::Document document;
  document.Parse(text.data(), text.size());
  if (document.HasParseError() || !document.IsObject())
    throw std::invalid_argument(what + " is not a JSON object");
  return document;
}

}  // namespace

DatabaseInfo database_info_from_json(std::string_view info_for_db,
                                     const std::map<std::string, std::string>& tables) {
  DatabaseInfo info;
  const rapidjson::Document db = parse_json(info_for_db, "INFO FOR DB");
  for (const char* category : kDatabaseCategories)
    collect(db, category, structure_reader(category), info.definitions);

  std::vector<std::string> table_definitions;
  collect(db, "tables", table_ddl, table_definitions);
  std::vector<std::string> table_names;
  if (const Value* entries = member(db, "tables")) {
    if (entries->IsObject())
      for (const auto& entry : entries->GetObject()) table_names.emplace_back(entry.name.GetString());
    else
      for (const auto& entry : entries->GetArray()) table_names.push_back(member_text(entry, "name"));
  }
  for (std::size_t i = 0; i < table_names.size(); ++i) {
    TableInfo table;
    table.name = table_names[i];
    table.definition = table_definitions[i];
    auto found = tables.find(table.name);
    if (found != tables.end()) {
      const rapidjson::Document t = parse_json(found->second, "INFO FOR TABLE " + table.name);
      collect(t, "fields", field_ddl, table.fields);
      collect(t, "indexes", index_ddl, table.indexes);
      collect(t, "events", event_ddl, table.events);
    }
    info.tables.push_back(std::move(table));
  }
  return info;
}

ParseResult read_database_info(const DatabaseInfo& info, Syntax syntax, const std::string& label) {
  ParseResult result;
  ParseOptions options;
  options.syntax = syntax;
  auto add = [&](const std::string& ddl, const std::string& where) {
    ParseResult one = parse_surql(ddl, label + " " + where, options);
    for (auto& statement : one.schema.statements) result.schema.statements.push_back(std::move(statement));
    for (auto& diagnostic : one.diagnostics) result.diagnostics.push_back(std::move(diagnostic));
  };
  for (const auto& ddl : info.definitions) add(ddl, "FOR DB");
  for (const auto& table : info.tables) {
    add(table.definition, "FOR DB");
    for (const auto& ddl : table.fields) add(ddl, "FOR TABLE " + table.name);
    for (const auto& ddl : table.indexes) add(ddl, "FOR TABLE " + table.name);
    for (const auto& ddl : table.events) add(ddl, "FOR TABLE " + table.name);
  }
  return result;
}

}  // namespace surrealpp::schema

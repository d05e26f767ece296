#include "export/json_export.hpp"

#include <type_traits>

#include "export/json_writer.hpp"
#include "surrealpp/schema/names.hpp"

namespace surrealpp::schema {
namespace {

const char* mode_name(DefineMode mode) {
  switch (mode) {
    case DefineMode::Create:
      return "create";
    case DefineMode::IfNotExists:
      return "if_not_exists";
    case DefineMode::Overwrite:
      return "overwrite";
  }
  return "create";
}

const char* base_name(Base base) {
  switch (base) {
    case Base::Root:
      return "root";
    case Base::Namespace:
      return "namespace";
    case Base::Database:
      return "database";
    case Base::Scope:
      return "scope";
  }
  return "database";
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

class Exporter {
 public:
  Exporter(json::Writer& w, const JsonExportOptions& options) : w_(w), options_(options) {}

  void location(const SourceLocation& location) {
    if (!options_.locations || !location.known()) return;
    w_.key("location");
    w_.begin_object();
    w_.member("file", location.file);
    w_.member("line", static_cast<std::uint64_t>(location.line));
    w_.member("column", static_cast<std::uint64_t>(location.column));
    w_.member("offset", static_cast<std::uint64_t>(location.offset));
    w_.member("length", static_cast<std::uint64_t>(location.length));
    w_.end_object();
  }

  void expression(const Expression& e) {
    w_.begin_object();
    w_.member("text", e.text);
    location(e.location);
    w_.end_object();
  }
  void expression(std::string_view key, const std::optional<Expression>& e) {
    if (!e) return;
    w_.key(key);
    expression(*e);
  }
  void expressions(std::string_view key, const std::vector<Expression>& list) {
    w_.key(key);
    w_.begin_array();
    for (const auto& e : list) expression(e);
    w_.end_array();
  }
  void text(std::string_view key, const std::optional<std::string>& value) {
    if (value) w_.member(key, *value);
  }
  void strings(std::string_view key, const std::vector<std::string>& list) {
    w_.key(key);
    w_.begin_array();
    for (const auto& s : list) w_.value(s);
    w_.end_array();
  }

  void name(std::string_view key, const Name& n) {
    w_.key(key);
    w_.begin_object();
    w_.member("form", n.form == Name::Form::Identifier  ? "identifier"
                      : n.form == Name::Form::Parameter ? "parameter"
                                                        : "expression");
    w_.member("value", n.value);
    if (options_.source_text) w_.member("text", n.text);
    location(n.location);
    w_.end_object();
  }
  void name(std::string_view key, const std::optional<Name>& n) {
    if (n) name(key, *n);
  }

  void type(const Type& t) {
    w_.begin_object();
    w_.member("kind", type_kind_name(t.kind));
    if (!t.parameters.empty()) {
      w_.key("parameters");
      w_.begin_array();
      for (const auto& p : t.parameters) type(p);
      w_.end_array();
    }
    if (!t.names.empty()) strings("names", t.names);
    if (t.max_length) w_.member("max_length", *t.max_length);
    if (t.kind == Type::Kind::Literal) w_.member("literal", t.literal_text);
    if (t.kind == Type::Kind::LiteralObject) {
      w_.key("fields");
      w_.begin_array();
      for (const auto& field : t.object_fields) {
        w_.begin_object();
        w_.member("name", field.name);
        if (!field.type.empty()) {
          w_.key("type");
          type(field.type.front());
        }
        w_.end_object();
      }
      w_.end_array();
    }
    if (options_.source_text && !t.text.empty()) w_.member("text", t.text);
    location(t.location);
    w_.end_object();
  }
  void type(std::string_view key, const std::optional<Type>& t) {
    if (!t) return;
    w_.key(key);
    type(*t);
  }

  void permissions(const std::optional<Permissions>& p) {
    if (!p) return;
    w_.key("permissions");
    w_.begin_object();
    w_.key("rules");
    w_.begin_array();
    for (const auto& rule : p->rules) {
      w_.begin_object();
      w_.key("actions");
      w_.begin_array();
      for (auto action : rule.actions) w_.value(keyword_of(action));
      w_.end_array();
      w_.member("kind", rule.kind == PermissionRule::Kind::None   ? "none"
                        : rule.kind == PermissionRule::Kind::Full ? "full"
                                                                  : "where");
      expression("condition", rule.condition);
      location(rule.location);
      w_.end_object();
    }
    w_.end_array();
    location(p->location);
    w_.end_object();
  }

  void changefeed(const std::optional<Changefeed>& c) {
    if (!c) return;
    w_.key("changefeed");
    w_.begin_object();
    w_.member("duration", c->duration);
    w_.member("include_original", c->include_original);
    location(c->location);
    w_.end_object();
  }

  void durations(const std::optional<Durations>& d) {
    if (!d) return;
    w_.key("durations");
    w_.begin_object();
    expression("grant", d->grant);
    expression("token", d->token);
    expression("session", d->session);
    location(d->location);
    w_.end_object();
  }

  void options(std::string_view key, const std::vector<std::pair<std::string, std::string>>& list) {
    w_.key(key);
    w_.begin_object();
    for (const auto& [k, v] : list) w_.member(k, v);
    w_.end_object();
  }

  void mode(DefineMode m) { w_.member("mode", mode_name(m)); }

  // ---- statement nodes ----
  void node(const NamespaceDefinition& n) {
    mode(n.mode);
    name("name", n.name);
    expression("comment", n.comment);
  }
  void node(const DatabaseDefinition& n) {
    mode(n.mode);
    name("name", n.name);
    w_.member("strict", n.strict);
    changefeed(n.changefeed);
    expression("comment", n.comment);
  }
  void node(const TableDefinition& n) {
    mode(n.mode);
    name("name", n.name);
    w_.member("type", n.type == TableDefinition::Type::Normal     ? "normal"
                      : n.type == TableDefinition::Type::Any      ? "any"
                      : n.type == TableDefinition::Type::Relation ? "relation"
                                                                  : "unspecified");
    strings("in", n.relation_in);
    strings("out", n.relation_out);
    w_.member("enforced", n.enforced);
    w_.member("schema", n.schema == TableDefinition::Schemafulness::Schemafull   ? "schemafull"
                        : n.schema == TableDefinition::Schemafulness::Schemaless ? "schemaless"
                                                                                 : "unspecified");
    w_.member("drop", n.drop);
    changefeed(n.changefeed);
    expression("view", n.view);
    permissions(n.permissions);
    expression("comment", n.comment);
  }
  void node(const FieldDefinition& n) {
    mode(n.mode);
    name("name", n.name);
    name("table", n.table);
    type("type", n.type);
    w_.member("flexible", n.flexible);
    expression("default", n.default_value);
    w_.member("default_always", n.default_always);
    expression("value", n.value);
    expression("assert", n.assertion);
    w_.member("readonly", n.readonly);
    expression("computed", n.computed);
    if (n.reference) {
      w_.key("reference");
      w_.begin_object();
      static constexpr const char* kOnDelete[] = {"unspecified", "ignore", "reject",
                                                  "cascade",     "unset",  "then"};
      w_.member("on_delete", kOnDelete[static_cast<int>(n.reference->on_delete)]);
      expression("then", n.reference->then);
      location(n.reference->location);
      w_.end_object();
    }
    permissions(n.permissions);
    expression("comment", n.comment);
  }
  void node(const IndexDefinition& n) {
    mode(n.mode);
    name("name", n.name);
    name("table", n.table);
    expressions("fields", n.fields);
    static constexpr const char* kKinds[] = {"plain", "unique", "fulltext", "mtree", "hnsw", "count"};
    w_.member("kind", kKinds[static_cast<int>(n.kind)]);
    if (n.fulltext) {
      w_.key("fulltext");
      w_.begin_object();
      w_.member("legacy_search", n.fulltext->legacy_search);
      w_.member("analyzer", n.fulltext->analyzer);
      w_.member("bm25", n.fulltext->bm25);
      text("bm25_k1", n.fulltext->bm25_k1);
      text("bm25_b", n.fulltext->bm25_b);
      w_.member("highlights", n.fulltext->highlights);
      options("options", n.fulltext->extra_options);
      w_.end_object();
    }
    if (n.vector) {
      const VectorIndex& v = *n.vector;
      w_.key("vector");
      w_.begin_object();
      if (v.dimension) w_.member("dimension", *v.dimension);
      text("distance", v.distance);
      text("type", v.vector_type);
      text("capacity", v.capacity);
      text("efc", v.efc);
      text("m", v.m);
      text("m0", v.m0);
      text("lm", v.lm);
      w_.member("extend_candidates", v.extend_candidates);
      w_.member("keep_pruned_connections", v.keep_pruned_connections);
      options("options", v.extra_options);
      w_.end_object();
    }
    expression("count_condition", n.count_condition);
    w_.member("concurrently", n.concurrently);
    w_.member("defer", n.defer);
    expression("comment", n.comment);
  }
  void node(const EventDefinition& n) {
    mode(n.mode);
    name("name", n.name);
    name("table", n.table);
    w_.member("async", n.async);
    text("retry", n.retry);
    text("max_depth", n.max_depth);
    expression("when", n.when);
    expressions("then", n.then);
    expression("comment", n.comment);
  }
  void node(const AnalyzerDefinition& n) {
    mode(n.mode);
    name("name", n.name);
    text("function", n.function);
    strings("tokenizers", n.tokenizers);
    expressions("filters", n.filters);
    expression("comment", n.comment);
  }
  void node(const AccessDefinition& n) {
    mode(n.mode);
    name("name", n.name);
    w_.member("base", base_name(n.base));
    w_.member("type", n.type == AccessDefinition::Type::Record ? "record"
                      : n.type == AccessDefinition::Type::Jwt  ? "jwt"
                                                               : "bearer");
    expression("signup", n.signup);
    expression("signin", n.signin);
    if (n.jwt) {
      w_.key("jwt");
      w_.begin_object();
      text("algorithm", n.jwt->algorithm);
      expression("key", n.jwt->key);
      expression("url", n.jwt->url);
      w_.member("with_issuer", n.jwt->with_issuer);
      text("issuer_algorithm", n.jwt->issuer_algorithm);
      expression("issuer_key", n.jwt->issuer_key);
      w_.end_object();
    }
    w_.member("with_refresh", n.with_refresh);
    text("bearer_subject",
         n.bearer_subject ? std::optional<std::string>(lower(*n.bearer_subject)) : std::nullopt);
    expression("authenticate", n.authenticate);
    durations(n.durations);
    expression("comment", n.comment);
  }
  void node(const FunctionDefinition& n) {
    mode(n.mode);
    name("name", n.name);
    w_.key("parameters");
    w_.begin_array();
    for (const auto& p : n.parameters) {
      w_.begin_object();
      w_.member("name", p.name);
      w_.key("type");
      type(p.type);
      location(p.location);
      w_.end_object();
    }
    w_.end_array();
    type("returns", n.returns);
    w_.key("body");
    expression(n.body);
    permissions(n.permissions);
    expression("comment", n.comment);
  }
  void node(const ParamDefinition& n) {
    mode(n.mode);
    name("name", n.name);
    expression("value", n.value);
    permissions(n.permissions);
    expression("comment", n.comment);
  }
  void node(const UserDefinition& n) {
    mode(n.mode);
    name("name", n.name);
    w_.member("base", base_name(n.base));
    expression("password", n.password);
    expression("passhash", n.passhash);
    strings("roles", n.roles);
    durations(n.durations);
    expression("comment", n.comment);
  }
  void node(const SequenceDefinition& n) {
    mode(n.mode);
    name("name", n.name);
    text("batch", n.batch);
    text("start", n.start);
    expression("timeout", n.timeout);
    expression("comment", n.comment);
  }
  void node(const ConfigDefinition& n) {
    mode(n.mode);
    w_.member("kind", n.kind);
    expression("body", n.body);
  }
  void node(const ApiDefinition& n) {
    mode(n.mode);
    name("path", n.path);
    expression("body", n.body);
  }
  void node(const BucketDefinition& n) {
    mode(n.mode);
    name("name", n.name);
    expression("backend", n.backend);
    w_.member("readonly", n.readonly);
    permissions(n.permissions);
    expression("comment", n.comment);
  }
  void node(const ModuleDefinition& n) {
    mode(n.mode);
    name("name", n.name);
    expression("body", n.body);
  }
  void node(const ScopeDefinition& n) {
    mode(n.mode);
    name("name", n.name);
    text("session", n.session);
    expression("signup", n.signup);
    expression("signin", n.signin);
    expression("comment", n.comment);
  }
  void node(const TokenDefinition& n) {
    mode(n.mode);
    name("name", n.name);
    w_.member("base", base_name(n.base));
    name("scope", n.scope);
    w_.member("algorithm", n.algorithm);
    expression("value", n.value);
    expression("comment", n.comment);
  }
  void node(const RemoveStatement& n) {
    w_.member("kind", lower(keyword_of(n.kind)));
    w_.member("if_exists", n.if_exists);
    name("name", n.name);
    name("on", n.on);
    if (n.base) w_.member("base", base_name(*n.base));
  }
  void node(const AlterStatement& n) {
    w_.member("kind", lower(keyword_of(n.kind)));
    w_.member("if_exists", n.if_exists);
    name("name", n.name);
    name("on", n.on);
    if (n.base) w_.member("base", base_name(*n.base));
    w_.key("clauses");
    w_.begin_array();
    for (const auto& clause : n.clauses) {
      w_.begin_object();
      w_.member("keyword", clause.keyword);
      w_.member("drop", clause.drop);
      expression("argument", clause.argument);
      location(clause.location);
      w_.end_object();
    }
    w_.end_array();
  }
  void node(const InfoStatement& n) {
    static constexpr const char* kTargets[] = {"root", "namespace", "database", "table", "user", "index"};
    w_.member("target", kTargets[static_cast<int>(n.target)]);
    name("name", n.name);
    name("on", n.on);
    if (n.base) w_.member("base", base_name(*n.base));
    expression("version", n.version);
    w_.member("structure", n.structure);
  }
  void node(const UseStatement& n) {
    name("namespace", n.namespace_name);
    name("database", n.database_name);
  }
  void node(const OpaqueStatement& n) { expression("text", std::optional<Expression>(n.text)); }

  void statement(const Statement& s) {
    w_.begin_object();
    w_.member("statement", statement_name(s.node));
    std::visit([&](const auto& n) { node(n); }, s.node);
    if (options_.source_text) w_.member("text", s.text);
    location(s.location);
    w_.end_object();
  }

  static std::string statement_name(const StatementNode& node) {
    return std::visit(
        [](const auto& n) -> std::string {
          using T = std::decay_t<decltype(n)>;
          if constexpr (std::is_same_v<T, RemoveStatement>)
            return "remove";
          else if constexpr (std::is_same_v<T, AlterStatement>)
            return "alter";
          else if constexpr (std::is_same_v<T, InfoStatement>)
            return "info";
          else if constexpr (std::is_same_v<T, UseStatement>)
            return "use";
          else if constexpr (std::is_same_v<T, OpaqueStatement>)
            return "opaque";
          else
            return "define_" + lower(keyword_of(*defined_kind(StatementNode(n))));
        },
        node);
  }

 private:
  json::Writer& w_;
  const JsonExportOptions& options_;
};

}  // namespace

std::string export_json(const Schema& schema, const JsonExportOptions& options) {
  json::Writer writer(options.pretty);
  Exporter exporter(writer, options);
  writer.begin_object();
  writer.member("format", "surrealpp-schema-ir");
  writer.member("version", static_cast<std::uint64_t>(1));
  writer.key("statements");
  writer.begin_array();
  for (const auto& statement : schema.statements) exporter.statement(statement);
  writer.end_array();
  writer.end_object();
  return writer.str() + '\n';
}

std::string export_statement_json(const Statement& statement, const JsonExportOptions& options) {
  json::Writer writer(options.pretty);
  Exporter exporter(writer, options);
  exporter.statement(statement);
  return writer.str();
}

}  // namespace surrealpp::schema

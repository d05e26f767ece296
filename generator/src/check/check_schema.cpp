// Semantic checks over the IR. Definitions are grouped per namespace/database (USE statements switch it) and
// compared by their resolved names; names given as parameters or expressions (3.x) cannot be known statically
// and are skipped.
#include "surrealpp/schema/check.hpp"

#include <map>
#include <set>
#include <string>
#include <tuple>

#include "surrealpp/schema/names.hpp"

namespace surrealpp::schema {

namespace {

bool is_static(const Name& name) { return name.form == Name::Form::Identifier; }

// The first part of an idiom (`address.city` → address, `tags[*]` → tags, `tags.*` → tags).
std::string idiom_root(std::string_view idiom) {
  std::size_t end = idiom.find_first_of(".[ \t\r\n");
  return std::string(idiom.substr(0, end));
}

bool is_plain_identifier(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (!ok) return false;
  }
  return true;
}

std::string where(const SourceLocation& location) {
  return location.file + ":" + std::to_string(location.line) + ":" + std::to_string(location.column);
}

class SchemaChecker {
 public:
  SchemaChecker(const Schema& schema, const CheckOptions& options) : schema_(schema), options_(options) {}

  std::vector<Diagnostic> run() {
    collect();
    check_statements();
    return std::move(findings_);
  }

 private:
  // A namespace/database pair as set by USE; an empty string means "the session default".
  using Context = std::pair<std::string, std::string>;

  void collect() {
    Context context;
    for (const Statement& statement : schema_.statements) {
      if (const auto* use = std::get_if<UseStatement>(&statement.node)) {
        apply_use(*use, context);
      } else if (const auto* table = std::get_if<TableDefinition>(&statement.node)) {
        if (is_static(table->name)) tables_[context].insert(table->name.value);
      } else if (const auto* field = std::get_if<FieldDefinition>(&statement.node)) {
        if (is_static(field->table) && field->name.form == Name::Form::Identifier) {
          fields_[{context, field->table.value}].insert(idiom_root(field->name.value));
        }
      }
    }
  }

  static void apply_use(const UseStatement& use, Context& context) {
    if (use.namespace_name) {
      context.first = use.namespace_name->value;
      context.second.clear();
    }
    if (use.database_name) context.second = use.database_name->value;
  }

  void check_statements() {
    Context context;
    for (const Statement& statement : schema_.statements) {
      if (const auto* use = std::get_if<UseStatement>(&statement.node)) {
        apply_use(*use, context);
        continue;
      }
      if (const auto* remove = std::get_if<RemoveStatement>(&statement.node)) {
        forget(context, *remove);
        continue;
      }
      check_duplicate(context, statement);
      if (const auto* field = std::get_if<FieldDefinition>(&statement.node)) {
        check_table_exists(context, field->table, "field `" + field->name.value + "`");
        if (field->type) check_links(context, *field->type);
      } else if (const auto* index = std::get_if<IndexDefinition>(&statement.node)) {
        check_table_exists(context, index->table, "index `" + index->name.value + "`");
        check_index_fields(context, *index);
        bool vector =
            index->kind == IndexDefinition::Kind::Hnsw || index->kind == IndexDefinition::Kind::MTree;
        if (vector && (!index->vector || !index->vector->dimension)) {
          report(index->location, std::string(index->kind == IndexDefinition::Kind::Hnsw ? "HNSW" : "MTREE") +
                                      " index `" + index->name.value + "` has no DIMENSION");
        }
      } else if (const auto* event = std::get_if<EventDefinition>(&statement.node)) {
        check_table_exists(context, event->table, "event `" + event->name.value + "`");
      } else if (const auto* table = std::get_if<TableDefinition>(&statement.node)) {
        for (const auto* ends : {&table->relation_in, &table->relation_out}) {
          for (const std::string& target : *ends) {
            if (!table_defined(context, target)) {
              report(table->location, "relation `" + table->name.value + "` links to table `" + target +
                                          "`, which is not defined");
            }
          }
        }
      } else if (const auto* function = std::get_if<FunctionDefinition>(&statement.node)) {
        for (const FunctionParameter& parameter : function->parameters) check_links(context, parameter.type);
      }
    }
  }

  bool table_defined(const Context& context, const std::string& table) const {
    auto found = tables_.find(context);
    return found != tables_.end() && found->second.count(table) > 0;
  }

  void check_table_exists(const Context& context, const Name& table, const std::string& what) {
    if (!is_static(table) || table_defined(context, table.value)) return;
    report(table.location,
           what + " is defined on table `" + table.value + "`, which no DEFINE TABLE defines");
  }

  void check_index_fields(const Context& context, const IndexDefinition& index) {
    if (!is_static(index.table)) return;
    auto found = fields_.find({context, index.table.value});
    if (found == fields_.end()) return;  // a schemaless table without field definitions: nothing to compare
    for (const Expression& field : index.fields) {
      std::string root = idiom_root(field.text);
      if (!is_plain_identifier(root) || root == "id" || root == "in" || root == "out") continue;
      if (found->second.count(root) == 0) {
        report(field.location, "index `" + index.name.value + "` uses field `" + root + "`, which table `" +
                                   index.table.value + "` does not define");
      }
    }
  }

  void check_links(const Context& context, const Type& type) {
    if (type.kind == Type::Kind::Record) {
      for (const std::string& target : type.names) {
        if (!table_defined(context, target)) {
          report(type.location,
                 "record<" + target + "> links to table `" + target + "`, which is not defined");
        }
      }
    }
    for (const Type& parameter : type.parameters) check_links(context, parameter);
    for (const LiteralObjectField& field : type.object_fields) {
      for (const Type& field_type : field.type) check_links(context, field_type);
    }
  }

  // Identity of a definition: kind, owner (table or base) and name.
  using Key = std::tuple<Context, DefinitionKind, std::string, std::string>;

  static std::optional<std::pair<std::string, std::string>> identity(const StatementNode& node) {
    return std::visit(
        [](const auto& n) -> std::optional<std::pair<std::string, std::string>> {
          using T = std::decay_t<decltype(n)>;
          if constexpr (std::is_same_v<T, FieldDefinition> || std::is_same_v<T, IndexDefinition> ||
                        std::is_same_v<T, EventDefinition>) {
            if (!is_static(n.name) || !is_static(n.table)) return std::nullopt;
            return std::make_pair(n.table.value, n.name.value);
          } else if constexpr (std::is_same_v<T, AccessDefinition> || std::is_same_v<T, UserDefinition>) {
            if (!is_static(n.name)) return std::nullopt;
            return std::make_pair(std::string(keyword_of(n.base)), n.name.value);
          } else if constexpr (std::is_same_v<T, ConfigDefinition>) {
            return std::make_pair(std::string(), n.kind);
          } else if constexpr (std::is_same_v<T, ApiDefinition>) {
            if (!is_static(n.path)) return std::nullopt;
            return std::make_pair(std::string(), n.path.value);
          } else if constexpr (std::is_same_v<T, NamespaceDefinition> ||
                               std::is_same_v<T, DatabaseDefinition> || std::is_same_v<T, TableDefinition> ||
                               std::is_same_v<T, AnalyzerDefinition> ||
                               std::is_same_v<T, FunctionDefinition> || std::is_same_v<T, ParamDefinition> ||
                               std::is_same_v<T, SequenceDefinition> || std::is_same_v<T, BucketDefinition> ||
                               std::is_same_v<T, ModuleDefinition> || std::is_same_v<T, ScopeDefinition> ||
                               std::is_same_v<T, TokenDefinition>) {
            if (n.name.form == Name::Form::Expression) return std::nullopt;
            return std::make_pair(std::string(), n.name.value);
          } else {
            return std::nullopt;
          }
        },
        node);
  }

  static DefineMode mode_of(const StatementNode& node) {
    return std::visit(
        [](const auto& n) -> DefineMode {
          if constexpr (requires { n.mode; })
            return n.mode;
          else
            return DefineMode::Create;
        },
        node);
  }

  void check_duplicate(const Context& context, const Statement& statement) {
    auto kind = defined_kind(statement.node);
    auto id = identity(statement.node);
    if (!kind || !id) return;
    Key key{context, *kind, id->first, id->second};
    auto [existing, inserted] = defined_.emplace(key, statement.location);
    if (inserted) return;
    if (mode_of(statement.node) == DefineMode::Create) {
      std::string owner =
          id->first.empty() || *kind == DefinitionKind::Access || *kind == DefinitionKind::User
              ? std::string()
              : " on `" + id->first + "`";
      report(statement.location, "duplicate definition of " + std::string(keyword_of(*kind)) + " `" +
                                     id->second + "`" + owner + " (first defined at " +
                                     where(existing->second) + ")");
    }
    existing->second = statement.location;
  }

  void forget(const Context& context, const RemoveStatement& remove) {
    if (!is_static(remove.name)) return;
    std::string owner;
    if (remove.on)
      owner = remove.on->value;
    else if (remove.base && (remove.kind == DefinitionKind::Access || remove.kind == DefinitionKind::User))
      owner = std::string(keyword_of(*remove.base));
    defined_.erase(Key{context, remove.kind, owner, remove.name.value});
  }

  void report(const SourceLocation& location, std::string message) {
    findings_.push_back(
        Diagnostic{options_.strict ? Diagnostic::Severity::Error : Diagnostic::Severity::Warning, location,
                   std::move(message)});
  }

  const Schema& schema_;
  const CheckOptions& options_;
  std::map<Context, std::set<std::string>> tables_;
  std::map<std::pair<Context, std::string>, std::set<std::string>> fields_;
  std::map<Key, SourceLocation> defined_;
  std::vector<Diagnostic> findings_;
};

}  // namespace

std::vector<Diagnostic> check_schema(const Schema& schema, const CheckOptions& options) {
  return SchemaChecker(schema, options).run();
}

}  // namespace surrealpp::schema

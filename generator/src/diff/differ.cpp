#include "diff/differ.hpp"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "diff/schema_state.hpp"
#include "diff/statement_text.hpp"
#include "diff/table_order.hpp"
#include "diff/type_change.hpp"
#include "render/surql_text.hpp"
#include "surrealpp/schema/names.hpp"

namespace surrealpp::schema::diff {
namespace {

using Kind = DefinitionKind;

bool is_table_child(Kind kind) { return kind == Kind::Field || kind == Kind::Index || kind == Kind::Event; }

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

const TableDefinition* table_of(const SchemaState& state, const std::string& table) {
  const LiveDefinition* definition = state.find({Kind::Table, {}, table, -1});
  return definition ? &std::get<TableDefinition>(definition->statement.node) : nullptr;
}

bool is_relation(const SchemaState& state, const std::string& table) {
  const TableDefinition* definition = table_of(state, table);
  return definition && definition->type == TableDefinition::Type::Relation;
}

// Fields SurrealDB defines by itself: `in`/`out` of relation tables and `x.*` of array fields. A plain DEFINE
// of them fails with "already exists", so they are written with OVERWRITE.
bool is_engine_implied(const DefinitionKey& key, const SchemaState& state) {
  if (key.kind != Kind::Field) return false;
  if (ends_with(key.name, ".*")) return true;
  return (key.name == "in" || key.name == "out") && is_relation(state, key.table);
}

// A field present on one side only because the engine made it on the other (INFO lists `tags.*` under an
// array field, `in`/`out` under a relation): not a difference anyone wrote.
bool is_one_sided_implied(const DefinitionKey& key, const SchemaState& with, const SchemaState& without) {
  if (key.kind != Kind::Field) return false;
  if (ends_with(key.name, ".*")) {
    std::string parent = key.name.substr(0, key.name.size() - 2);
    return with.find({Kind::Field, key.table, parent, -1}) &&
           without.find({Kind::Field, key.table, parent, -1});
  }
  return (key.name == "in" || key.name == "out") && is_relation(with, key.table) &&
         is_relation(without, key.table);
}

const FieldDefinition& field_of(const LiveDefinition& definition) {
  return std::get<FieldDefinition>(definition.statement.node);
}

bool has_stored_value_source(const FieldDefinition& field) {
  // VALUE is computed on every write, COMPUTED is never stored: neither needs a backfill.
  return field.value.has_value() || field.computed.has_value();
}

class Differ {
 public:
  Differ(const Schema& from, const Schema& to, const DiffOptions& options)
      : old_(resolve_schema(from)),
        new_(resolve_schema(to)),
        syntax_(options.syntax),
        equivalent_(options.equivalent) {
    for (const auto& w : old_.warnings) plan_.warnings.push_back("old schema: " + w);
    for (const auto& w : new_.warnings) plan_.warnings.push_back("new schema: " + w);
    for (const std::string& table : table_order(old_))
      if (!new_.find({Kind::Table, {}, table, -1}) && old_.find({Kind::Table, {}, table, -1}))
        removed_tables_.insert(table);
    for (const std::string& table : table_order(new_))
      if (!old_.find({Kind::Table, {}, table, -1}) && new_.find({Kind::Table, {}, table, -1}))
        created_tables_.insert(table);
  }

  Plan run() {
    // A namespace or database holds everything else: it is (re)defined before anything goes into it, and
    // removed after everything in it.
    change_containers(Kind::Namespace);
    change_containers(Kind::Database);
    remove_table_children(Kind::Event);
    remove_table_children(Kind::Index);
    remove_table_children(Kind::Field);
    remove_tables();
    for (Kind kind : kDatabaseObjectsRemovalOrder) change_database_objects(kind, /*removals=*/true);
    for (Kind kind : kDatabaseObjectsCreationOrder) change_database_objects(kind, /*removals=*/false);
    change_tables();
    change_fields();
    change_indexes();
    change_events();
    remove_containers(Kind::Database);
    remove_containers(Kind::Namespace);
    return std::move(plan_);
  }

 private:
  static constexpr Kind kDatabaseObjectsCreationOrder[] = {
      Kind::Analyzer, Kind::Param, Kind::Function, Kind::Sequence, Kind::Bucket, Kind::Module, Kind::Model,
      Kind::Access,   Kind::Scope, Kind::Token,    Kind::User,     Kind::Config, Kind::Api};
  static constexpr Kind kDatabaseObjectsRemovalOrder[] = {
      Kind::Api,    Kind::Config, Kind::User,     Kind::Token,    Kind::Scope, Kind::Access,  Kind::Model,
      Kind::Module, Kind::Bucket, Kind::Sequence, Kind::Function, Kind::Param, Kind::Analyzer};

  Operation operation(Action action, const DefinitionKey& key, const LiveDefinition* before,
                      const LiveDefinition* after) {
    Operation op;
    op.action = action;
    op.kind = key.kind;
    op.table = is_table_child(key.kind) ? key.table : std::string{};
    op.name = key.name;
    if (before) op.before = before->statement;
    if (after) op.after = after->statement;
    return op;
  }

  std::string define(const LiveDefinition& definition, const SchemaState& state) const {
    bool implied = is_engine_implied(definition.key, state);
    return define_text(definition.statement, implied ? DefineMode::Overwrite : DefineMode::Create, syntax_);
  }
  std::string overwrite(const LiveDefinition& definition) const {
    return define_text(definition.statement, DefineMode::Overwrite, syntax_);
  }
  std::string remove(const LiveDefinition& definition) const {
    return remove_text(definition.key, definition.statement, syntax_);
  }
  bool changed(const LiveDefinition& a, const LiveDefinition& b) const {
    if (equivalent_) return !equivalent_(a.statement, b.statement);
    return canonical_text(a.statement, syntax_) != canonical_text(b.statement, syntax_);
  }

  // Definitions of `kind` present only in `side` (and not engine-implied), in `side`'s order.
  std::vector<const LiveDefinition*> only_in(const SchemaState& side, const SchemaState& other,
                                             Kind kind) const {
    std::vector<const LiveDefinition*> result;
    for (const LiveDefinition& definition : side.definitions)
      if (definition.key.kind == kind && !other.find(definition.key) &&
          !is_one_sided_implied(definition.key, side, other))
        result.push_back(&definition);
    return result;
  }

  // ---- removals
  // --------------------------------------------------------------------------------------------------

  void remove_table_children(Kind kind) {
    auto removed = only_in(old_, new_, kind);
    std::reverse(removed.begin(), removed.end());
    for (const LiveDefinition* definition : removed) {
      Operation op = operation(Action::Remove, definition->key, definition, nullptr);
      bool table_goes = removed_tables_.contains(definition->key.table);
      // REMOVE TABLE takes the table's fields, indexes and events along; they come back in the down
      // direction.
      if (!table_goes) op.up.push_back(remove(*definition));
      op.down.push_back(define(*definition, old_));
      if (kind == Kind::Field) {
        const FieldDefinition& field = field_of(*definition);
        if (!table_goes) {
          if (!ends_with(definition->key.name, ".*")) {
            // SurrealDB keeps the values of a removed field, and a SCHEMAFULL table then rejects every UPDATE
            // of those rows ("no such field exists"): the values go too.
            op.up.push_back(fmt::format("UPDATE {} UNSET {}", table_text(definition->key.table),
                                        field_text(field, syntax_)));
          }
          op.up_safety = Safety::DataLoss;
          op.notes.push_back("up: the field's stored values are deleted");
          add_refill(op.down, op.down_safety, op.notes, *definition, "down");
        }
      }
      if (kind == Kind::Index && !table_goes)
        note_unique_index(*definition, op.down_safety, op.notes, "down");
      plan_.operations.push_back(std::move(op));
    }
  }

  void remove_tables() {
    std::vector<std::string> order = table_order(old_);
    std::reverse(order.begin(), order.end());
    for (const std::string& table : order) {
      if (!removed_tables_.contains(table)) continue;
      const LiveDefinition& definition = *old_.find({Kind::Table, {}, table, -1});
      Operation op = operation(Action::Remove, definition.key, &definition, nullptr);
      op.up.push_back(remove(definition));
      op.down.push_back(define(definition, old_));
      op.up_safety = Safety::Unsafe;
      op.notes.push_back(fmt::format("up: REMOVE TABLE {} deletes every record of the table", table));
      plan_.operations.push_back(std::move(op));
    }
  }

  // ---- database-level objects (analyzers, functions, params, access, users, …)
  // ------------------------------

  void change_database_objects(Kind kind, bool removals) {
    if (removals) {
      auto removed = only_in(old_, new_, kind);
      std::reverse(removed.begin(), removed.end());
      for (const LiveDefinition* definition : removed) {
        Operation op = operation(Action::Remove, definition->key, definition, nullptr);
        op.up.push_back(remove(*definition));
        op.down.push_back(define(*definition, old_));
        if (kind == Kind::Sequence) {
          op.up_safety = Safety::DataLoss;
          op.notes.push_back("up: the sequence's current position is lost");
        }
        if (kind == Kind::Model) {
          // A model's weights are imported (surreal ml import), not written in DEFINE MODEL: the down
          // DEFINE brings the definition back without them.
          op.up_safety = Safety::DataLoss;
          op.notes.push_back("up: the model's imported weights are deleted; down does not restore them");
        }
        plan_.operations.push_back(std::move(op));
      }
      return;
    }
    for (const LiveDefinition& definition : new_.definitions) {
      if (definition.key.kind != kind) continue;
      const LiveDefinition* before = old_.find(definition.key);
      if (!before) {
        Operation op = operation(Action::Create, definition.key, nullptr, &definition);
        op.up.push_back(define(definition, new_));
        op.down.push_back(remove(definition));
        if (kind == Kind::Sequence) {
          op.down_safety = Safety::DataLoss;
          op.notes.push_back("down: rolling back loses the sequence's position");
        }
        if (kind == Kind::Model) {
          op.down_safety = Safety::DataLoss;
          op.notes.push_back("down: rolling back deletes the weights imported into the model since");
        }
        plan_.operations.push_back(std::move(op));
      } else if (changed(*before, definition)) {
        Operation op = operation(Action::Redefine, definition.key, before, &definition);
        op.up.push_back(overwrite(definition));
        op.down.push_back(overwrite(*before));
        plan_.operations.push_back(std::move(op));
      }
    }
  }

  // ---- namespaces and databases
  // ------------------------------------------------------------------------------------

  static std::string container_removal_note(const char* direction, Kind kind, const std::string& name) {
    return fmt::format(
        "{}: REMOVE {} {} deletes every definition and record in it (the migration history too when "
        "migrations run in it)",
        direction, keyword_of(kind), name);
  }

  // Dropping a database's CHANGEFEED stops recording changes and loses those recorded so far.
  static Safety changefeed_safety(const StatementNode& a, const StatementNode& b,
                                  std::vector<std::string>& notes, const char* direction) {
    const auto* before = std::get_if<DatabaseDefinition>(&a);
    const auto* after = std::get_if<DatabaseDefinition>(&b);
    if (!before || !after || !before->changefeed || after->changefeed) return Safety::Safe;
    notes.push_back(
        fmt::format("{}: the database's CHANGEFEED goes, with the changes it recorded", direction));
    return Safety::DataLoss;
  }

  void change_containers(Kind kind) {
    for (const LiveDefinition& definition : new_.definitions) {
      if (definition.key.kind != kind) continue;
      const LiveDefinition* before = old_.find(definition.key);
      if (!before) {
        Operation op = operation(Action::Create, definition.key, nullptr, &definition);
        // The namespace and database a migration runs in exist before its first statement (the history
        // record is written there in the same transaction), so a plain DEFINE would fail with "already
        // exists"; OVERWRITE sets the clauses and keeps the contents.
        op.up.push_back(overwrite(definition));
        op.down.push_back(remove(definition));
        op.down_safety = Safety::Unsafe;
        op.notes.push_back(container_removal_note("down", kind, definition.key.name));
        plan_.operations.push_back(std::move(op));
      } else if (changed(*before, definition)) {
        Operation op = operation(Action::Redefine, definition.key, before, &definition);
        op.up.push_back(overwrite(definition));
        op.down.push_back(overwrite(*before));
        op.up_safety = changefeed_safety(before->statement.node, definition.statement.node, op.notes, "up");
        op.down_safety =
            changefeed_safety(definition.statement.node, before->statement.node, op.notes, "down");
        plan_.operations.push_back(std::move(op));
      }
    }
  }

  void remove_containers(Kind kind) {
    auto removed = only_in(old_, new_, kind);
    std::reverse(removed.begin(), removed.end());
    for (const LiveDefinition* definition : removed) {
      Operation op = operation(Action::Remove, definition->key, definition, nullptr);
      op.up.push_back(remove(*definition));
      op.down.push_back(overwrite(*definition));
      op.up_safety = Safety::Unsafe;
      op.notes.push_back(container_removal_note("up", kind, definition->key.name));
      plan_.operations.push_back(std::move(op));
    }
  }

  // ---- tables
  // ------------------------------------------------------------------------------------------------

  // Risk of redefining a table from `a` to `b` for the records it holds.
  static Safety table_change_safety(const TableDefinition& a, const TableDefinition& b,
                                    std::vector<std::string>& notes, const char* direction) {
    Safety safety = Safety::Safe;
    if (a.type != b.type) {
      safety = Safety::Unsafe;
      notes.push_back(
          fmt::format("{}: changing the table TYPE does not convert the records it holds", direction));
    } else if (a.relation_in != b.relation_in || a.relation_out != b.relation_out) {
      safety = Safety::Unsafe;
      notes.push_back(
          fmt::format("{}: existing edges are not rechecked against the new IN/OUT tables", direction));
    }
    bool was_schemafull = a.schema == TableDefinition::Schemafulness::Schemafull;
    bool is_schemafull = b.schema == TableDefinition::Schemafulness::Schemafull;
    if (is_schemafull && !was_schemafull) {
      safety = Safety::Unsafe;
      notes.push_back(fmt::format("{}: records may hold fields that are not defined; their next UPDATE fails",
                                  direction));
    }
    if (b.drop && !a.drop) {
      safety = Safety::Unsafe;
      notes.push_back(fmt::format("{}: a DROP table no longer stores what is written to it", direction));
    }
    return safety;
  }

  void change_tables() {
    for (const std::string& table : table_order(new_)) {
      const LiveDefinition* after = new_.find({Kind::Table, {}, table, -1});
      if (!after) continue;
      const LiveDefinition* before = old_.find(after->key);
      if (!before) {
        Operation op = operation(Action::Create, after->key, nullptr, after);
        op.up.push_back(define(*after, new_));
        op.down.push_back(remove(*after));
        op.down_safety = Safety::Unsafe;
        op.notes.push_back(
            fmt::format("down: rolling back runs REMOVE TABLE {}, deleting its records", table));
        plan_.operations.push_back(std::move(op));
      } else if (changed(*before, *after)) {
        Operation op = operation(Action::Redefine, after->key, before, after);
        const auto& a = std::get<TableDefinition>(before->statement.node);
        const auto& b = std::get<TableDefinition>(after->statement.node);
        op.up.push_back(overwrite(*after));
        op.down.push_back(overwrite(*before));
        op.up_safety = table_change_safety(a, b, op.notes, "up");
        op.down_safety = table_change_safety(b, a, op.notes, "down");
        plan_.operations.push_back(std::move(op));
      }
    }
  }

  // ---- fields
  // ------------------------------------------------------------------------------------------------

  // After (re)defining a field that existing rows may lack: fill it from its DEFAULT, or say why that is a
  // risk.
  void add_refill(std::vector<std::string>& statements, Safety& safety, std::vector<std::string>& notes,
                  const LiveDefinition& definition, const char* direction) const {
    const FieldDefinition& field = field_of(definition);
    if (accepts_none(field.type) || has_stored_value_source(field)) return;
    if (field.default_value && !ends_with(definition.key.name, ".*")) {
      statements.push_back(fmt::format("UPDATE {} SET {} = {} WHERE {} IS NONE",
                                       table_text(definition.key.table), field_text(field, syntax_),
                                       render::adapt_expression(field.default_value->text, syntax_),
                                       field_text(field, syntax_)));
      return;
    }
    safety = worst(safety, Safety::Unsafe);
    notes.push_back(
        fmt::format("{}: rows that exist have no value for the required field {}; their next UPDATE "
                    "fails (add a DEFAULT or make the type option<…>)",
                    direction, definition.key.name));
  }

  void note_unique_index(const LiveDefinition& definition, Safety& safety, std::vector<std::string>& notes,
                         const char* direction) const {
    if (std::get<IndexDefinition>(definition.statement.node).kind != IndexDefinition::Kind::Unique) return;
    safety = worst(safety, Safety::Unsafe);
    notes.push_back(fmt::format("{}: the UNIQUE index {} fails to build when existing rows hold duplicates",
                                direction, definition.key.name));
  }

  struct Backfill {
    const LiveDefinition* definition;
  };

  void change_fields() {
    for (const std::string& table : table_order(new_)) {
      std::vector<Operation> plain;        // definitions and redefinitions that need no conversion
      std::vector<Backfill> backfills;     // required fields that rows may lack, filled from their DEFAULT
      std::vector<Operation> conversions;  // redefinitions that cast stored values
      bool table_is_new = created_tables_.contains(table);
      for (const LiveDefinition& definition : new_.definitions) {
        if (definition.key.kind != Kind::Field || definition.key.table != table) continue;
        const LiveDefinition* before = old_.find(definition.key);
        const FieldDefinition& field = field_of(definition);
        if (!before) {
          if (is_one_sided_implied(definition.key, new_, old_)) continue;
          Operation op = operation(Action::Create, definition.key, nullptr, &definition);
          op.up.push_back(define(definition, new_));
          if (!table_is_new) {
            op.down.push_back(remove(definition));
            if (!ends_with(definition.key.name, ".*"))
              op.down.push_back(
                  fmt::format("UPDATE {} UNSET {}", table_text(table), field_text(field, syntax_)));
            op.down_safety = Safety::DataLoss;
            op.notes.push_back("down: rolling back deletes the field's stored values");
            if (!accepts_none(field.type) && !has_stored_value_source(field)) {
              if (field.default_value && !ends_with(definition.key.name, ".*")) {
                backfills.push_back({&definition});
              } else {
                op.up_safety = Safety::Unsafe;
                op.notes.push_back(
                    fmt::format("up: rows that exist have no value for the required field {}; their "
                                "next UPDATE fails (add a DEFAULT or make the type option<…>)",
                                definition.key.name));
              }
            }
          }
          plain.push_back(std::move(op));
          continue;
        }
        if (!changed(*before, definition)) continue;
        const FieldDefinition& old_field = field_of(*before);
        Operation op = operation(Action::Redefine, definition.key, before, &definition);
        op.up.push_back(overwrite(definition));
        op.down.push_back(overwrite(*before));
        TypeChange up = plan_type_change(old_field.type, field.type, syntax_);
        TypeChange down = plan_type_change(field.type, old_field.type, syntax_);
        op.up_safety = up.safety;
        op.down_safety = down.safety;
        if (!up.note.empty()) op.notes.push_back("up: " + up.note);
        if (!down.note.empty()) op.notes.push_back("down: " + down.note);
        if (up.cast) op.up.push_back(cast_statement(table, field, *up.cast, up.casts_optional_values));
        if (down.cast)
          op.down.push_back(cast_statement(table, old_field, *down.cast, down.casts_optional_values));
        if (down.needs_value) add_refill(op.down, op.down_safety, op.notes, *before, "down");
        if (up.needs_value && !has_stored_value_source(field)) {
          if (field.default_value && !ends_with(definition.key.name, ".*")) {
            backfills.push_back({&definition});
          } else {
            op.up_safety = Safety::Unsafe;
            op.notes.push_back(
                fmt::format("up: rows without a value for {} fail their next UPDATE now that it is "
                            "required (add a DEFAULT)",
                            definition.key.name));
          }
        }
        if (old_field.assertion.has_value() != field.assertion.has_value() ||
            (field.assertion && old_field.assertion && field.assertion->text != old_field.assertion->text)) {
          if (field.assertion) {
            op.up_safety = worst(op.up_safety, Safety::Unsafe);
            op.notes.push_back(
                "up: stored values are not rechecked against the new ASSERT; rows that fail it "
                "cannot be updated until fixed");
          }
          if (old_field.assertion) {
            op.down_safety = worst(op.down_safety, Safety::Unsafe);
            op.notes.push_back("down: stored values are not rechecked against the restored ASSERT");
          }
        }
        (up.cast ? conversions : plain).push_back(std::move(op));
      }
      for (Operation& op : plain) plan_.operations.push_back(std::move(op));
      if (!backfills.empty()) plan_.operations.push_back(backfill_operation(table, backfills));
      for (Operation& op : conversions) plan_.operations.push_back(std::move(op));
    }
  }

  std::string cast_statement(const std::string& table, const FieldDefinition& field, const std::string& cast,
                             bool only_present) const {
    std::string idiom = field_text(field, syntax_);
    std::string statement = fmt::format("UPDATE {} SET {} = {} {}", table_text(table), idiom, cast, idiom);
    if (only_present) statement += fmt::format(" WHERE {} IS NOT NONE", idiom);
    return statement;
  }

  // One UPDATE for every required field of a table that existing rows lack: each row is written once, and no
  // row is left half-filled (a SCHEMAFULL table rejects an UPDATE while any required field is NONE).
  Operation backfill_operation(const std::string& table, const std::vector<Backfill>& backfills) const {
    Operation op;
    op.action = Action::Backfill;
    op.kind = Kind::Field;
    op.table = table;
    std::vector<std::string> names, sets, conditions;
    for (const Backfill& backfill : backfills) {
      const FieldDefinition& field = field_of(*backfill.definition);
      std::string idiom = field_text(field, syntax_);
      std::string value = render::adapt_expression(field.default_value->text, syntax_);
      names.push_back(backfill.definition->key.name);
      sets.push_back(backfills.size() == 1 ? fmt::format("{} = {}", idiom, value)
                                           : fmt::format("{} = {} ?? ({})", idiom, idiom, value));
      conditions.push_back(fmt::format("{} IS NONE", idiom));
    }
    op.name = fmt::format("{}", fmt::join(names, ", "));
    op.up.push_back(fmt::format("UPDATE {} SET {} WHERE {}", table_text(table), fmt::join(sets, ", "),
                                fmt::join(conditions, " OR ")));
    op.notes.push_back(
        "up: rows that exist get the DEFAULT of the new required fields (SurrealDB does not backfill)");
    return op;
  }

  // ---- indexes and events
  // ------------------------------------------------------------------------------------

  void change_indexes() {
    for (const LiveDefinition& definition : new_.definitions) {
      if (definition.key.kind != Kind::Index) continue;
      const LiveDefinition* before = old_.find(definition.key);
      bool table_is_new = created_tables_.contains(definition.key.table);
      if (!before) {
        Operation op = operation(Action::Create, definition.key, nullptr, &definition);
        op.up.push_back(define(definition, new_));
        if (!table_is_new) {
          op.down.push_back(remove(definition));
          note_unique_index(definition, op.up_safety, op.notes, "up");
        }
        plan_.operations.push_back(std::move(op));
      } else if (changed(*before, definition)) {
        // An index is rebuilt from scratch: remove the old one, define the new one (OVERWRITE would keep
        // neither SurrealDB 2.x nor 3.x from serving queries off a half-built index).
        Operation op = operation(Action::Redefine, definition.key, before, &definition);
        op.up = {remove(*before), define(definition, new_)};
        op.down = {remove(definition), define(*before, old_)};
        note_unique_index(definition, op.up_safety, op.notes, "up");
        note_unique_index(*before, op.down_safety, op.notes, "down");
        plan_.operations.push_back(std::move(op));
      }
    }
  }

  void change_events() {
    for (const LiveDefinition& definition : new_.definitions) {
      if (definition.key.kind != Kind::Event) continue;
      const LiveDefinition* before = old_.find(definition.key);
      if (!before) {
        Operation op = operation(Action::Create, definition.key, nullptr, &definition);
        op.up.push_back(define(definition, new_));
        if (!created_tables_.contains(definition.key.table)) op.down.push_back(remove(definition));
        plan_.operations.push_back(std::move(op));
      } else if (changed(*before, definition)) {
        Operation op = operation(Action::Redefine, definition.key, before, &definition);
        op.up.push_back(overwrite(definition));
        op.down.push_back(overwrite(*before));
        plan_.operations.push_back(std::move(op));
      }
    }
  }

  SchemaState old_;
  SchemaState new_;
  Syntax syntax_;
  std::function<bool(const Statement&, const Statement&)> equivalent_;
  std::set<std::string> removed_tables_;
  std::set<std::string> created_tables_;
  Plan plan_;
};

}  // namespace

Plan diff_schemas(const Schema& from, const Schema& to, const DiffOptions& options) {
  return Differ(from, to, options).run();
}

std::vector<std::string> up_statements(const Plan& plan) {
  std::vector<std::string> statements;
  for (const Operation& op : plan.operations) statements.insert(statements.end(), op.up.begin(), op.up.end());
  return statements;
}

std::vector<std::string> down_statements(const Plan& plan) {
  std::vector<std::string> statements;
  for (auto op = plan.operations.rbegin(); op != plan.operations.rend(); ++op)
    statements.insert(statements.end(), op->down.begin(), op->down.end());
  return statements;
}

}  // namespace surrealpp::schema::diff

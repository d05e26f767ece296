#include "visualize/schema_graph.hpp"

#include <algorithm>
#include <set>

#include "diff/schema_state.hpp"
#include "diff/table_order.hpp"
#include "render/type_text.hpp"

namespace surrealpp::visualize {

namespace {

// Tables a type links to: record<a|b>, also inside option<…>, array<…>, set<…> and unions.
void linked_tables(const schema::Type& type, std::vector<std::string>& out) {
  if (type.kind == schema::Type::Kind::Record)
    for (const auto& name : type.names) out.push_back(name);
  for (const auto& parameter : type.parameters) linked_tables(parameter, out);
}

}  // namespace

SchemaGraph schema_graph(const schema::Schema& schema, const DiagramOptions& options) {
  auto state = schema::diff::resolve_schema(schema);
  std::set<std::string> wanted(options.tables.begin(), options.tables.end());
  auto included = [&](const std::string& table) { return wanted.empty() || wanted.contains(table); };
  SchemaGraph graph;
  for (const std::string& name : schema::diff::table_order(state)) {
    if (!included(name)) continue;
    GraphTable table;
    table.name = name;
    if (const auto* definition = state.find({schema::DefinitionKind::Table, {}, name, -1})) {
      const auto& node = std::get<schema::TableDefinition>(definition->statement.node);
      table.relation = node.type == schema::TableDefinition::Type::Relation;
      table.schemafull = node.schema == schema::TableDefinition::Schemafulness::Schemafull;
      table.in = node.relation_in;
      table.out = node.relation_out;
    }
    for (const auto& definition : state.definitions) {
      if (definition.key.kind != schema::DefinitionKind::Field || definition.key.table != name) continue;
      const auto& field = std::get<schema::FieldDefinition>(definition.statement.node);
      // Array element definitions (`tags.*`) and the engine's in/out of relations add nothing to a picture.
      if (definition.key.name.find('*') != std::string::npos) continue;
      if (table.relation && (definition.key.name == "in" || definition.key.name == "out")) continue;
      std::string type =
          field.type ? schema::render::render_type(*field.type, options.syntax) : std::string{};
      table.fields.push_back({definition.key.name, type});
      if (field.type) {
        std::vector<std::string> targets;
        linked_tables(*field.type, targets);
        for (const auto& target : targets)
          if (included(target)) graph.links.push_back({name, definition.key.name, target});
      }
    }
    graph.tables.push_back(std::move(table));
  }
  return graph;
}

}  // namespace surrealpp::visualize

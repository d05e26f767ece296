// The graph a diagram draws, taken from the definitions a schema leaves in force.
#pragma once

#include <string>
#include <vector>

#include "visualize/diagram.hpp"

namespace surrealpp::visualize {

struct GraphField {
  std::string name;
  std::string type;  // as SurrealQL spells it; empty when untyped
};

struct GraphTable {
  std::string name;
  bool relation = false;
  bool schemafull = false;
  std::vector<std::string> in;  // relation endpoints
  std::vector<std::string> out;
  std::vector<GraphField> fields;
};

struct GraphLink {
  std::string from_table;
  std::string field;
  std::string to_table;
};

struct SchemaGraph {
  std::vector<GraphTable> tables;  // dependencies first
  std::vector<GraphLink> links;    // record<…> fields
};

SchemaGraph schema_graph(const schema::Schema& schema, const DiagramOptions& options);

}  // namespace surrealpp::visualize

// Schema diagrams: tables with their fields, record links (a field of type record<t>) and relations (TYPE
// RELATION IN a OUT b), as Mermaid `erDiagram`, GraphViz `dot` or plain ASCII for a terminal.
#pragma once

#include <string>
#include <vector>

#include "surrealpp/schema/ir.hpp"
#include "surrealpp/schema/parse.hpp"

namespace surrealpp::visualize {

enum class DiagramFormat { Mermaid, Graphviz, Ascii };

struct DiagramOptions {
  DiagramFormat format = DiagramFormat::Mermaid;
  bool show_fields = true;
  bool show_links = true;                      // record links and relations
  std::vector<std::string> tables;             // only these tables (all when empty)
  schema::Syntax syntax = schema::Syntax::V3;  // how field types are spelled
};

std::string render_diagram(const schema::Schema& schema, const DiagramOptions& options = {});

}  // namespace surrealpp::visualize

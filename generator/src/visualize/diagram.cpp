#include "visualize/diagram.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "visualize/schema_graph.hpp"

namespace surrealpp::visualize {

namespace {

bool has_table(const SchemaGraph& graph, const std::string& name) {
  return std::any_of(graph.tables.begin(), graph.tables.end(),
                     [&](const GraphTable& t) { return t.name == name; });
}

// Mermaid entity and attribute names: letters, digits, `_` and `-`.
std::string mermaid_word(const std::string& text) {
  std::string word;
  for (char c : text) word += (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-') ? c : '_';
  while (word.find("__") != std::string::npos) word.replace(word.find("__"), 2, "_");
  while (!word.empty() && word.back() == '_') word.pop_back();
  return word.empty() ? "any" : word;
}

std::string mermaid(const SchemaGraph& graph, const DiagramOptions& options) {
  std::string out = "erDiagram\n";
  for (const GraphTable& table : graph.tables) {
    out += fmt::format("    {} {{\n", mermaid_word(table.name));
    if (options.show_fields)
      for (const GraphField& field : table.fields)
        out += fmt::format("        {} {}{}\n", mermaid_word(field.type.empty() ? "any" : field.type),
                           mermaid_word(field.name),
                           field.name != mermaid_word(field.name) ? fmt::format(" \"{}\"", field.name) : "");
    out += "    }\n";
  }
  if (options.show_links) {
    for (const GraphLink& link : graph.links)
      out += fmt::format("    {} }}o--o| {} : \"{}\"\n", mermaid_word(link.from_table),
                         mermaid_word(link.to_table), link.field);
    for (const GraphTable& table : graph.tables) {
      if (!table.relation) continue;
      for (const auto& in : table.in)
        if (has_table(graph, in))
          out += fmt::format("    {} ||--o{{ {} : \"in\"\n", mermaid_word(in), mermaid_word(table.name));
      for (const auto& target : table.out)
        if (has_table(graph, target))
          out += fmt::format("    {} }}o--|| {} : \"out\"\n", mermaid_word(table.name), mermaid_word(target));
    }
  }
  return out;
}

// Escapes text for a GraphViz record label.
std::string dot_record_text(const std::string& text) {
  std::string escaped;
  for (char c : text) {
    if (std::string_view("{}|<>\"\\").find(c) != std::string_view::npos) escaped += '\\';
    escaped += c;
  }
  return escaped;
}

std::string dot_id(const std::string& name) {
  std::string id = "\"";
  for (char c : name) {
    if (c == '"' || c == '\\') id += '\\';
    id += c;
  }
  return id + "\"";
}

std::string graphviz(const SchemaGraph& graph, const DiagramOptions& options) {
  std::string out =
      "digraph schema {\n    rankdir=LR;\n    node [shape=record, fontname=\"Helvetica\", fontsize=10];\n"
      "    edge [fontname=\"Helvetica\", fontsize=9];\n";
  for (const GraphTable& table : graph.tables) {
    std::string label = dot_record_text(table.name) + (table.relation ? "\\n(relation)" : "");
    if (options.show_fields && !table.fields.empty()) {
      label += "|";
      for (const GraphField& field : table.fields)
        label += dot_record_text(field.name + (field.type.empty() ? "" : ": " + field.type)) + "\\l";
    }
    out += fmt::format("    {} [label=\"{{{}}}\"{}];\n", dot_id(table.name), label,
                       table.relation ? ", style=rounded" : "");
  }
  if (options.show_links) {
    for (const GraphLink& link : graph.links)
      out += fmt::format("    {} -> {} [label={}, style=dashed];\n", dot_id(link.from_table),
                         dot_id(link.to_table), dot_id(link.field));
    for (const GraphTable& table : graph.tables) {
      if (!table.relation) continue;
      for (const auto& in : table.in)
        if (has_table(graph, in))
          out += fmt::format("    {} -> {} [label=\"in\", style=bold];\n", dot_id(in), dot_id(table.name));
      for (const auto& target : table.out)
        if (has_table(graph, target))
          out +=
              fmt::format("    {} -> {} [label=\"out\", style=bold];\n", dot_id(table.name), dot_id(target));
    }
  }
  return out + "}\n";
}

std::size_t width_of(const std::string& text) {
  return static_cast<std::size_t>(std::count_if(
      text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string ascii(const SchemaGraph& graph, const DiagramOptions& options) {
  std::string out;
  for (const GraphTable& table : graph.tables) {
    std::string title =
        table.name + (table.relation ? " (relation)" : "") + (table.schemafull ? " [schemafull]" : "");
    std::vector<std::string> lines;
    if (options.show_fields)
      for (const GraphField& field : table.fields)
        lines.push_back(field.name + (field.type.empty() ? "" : " : " + field.type));
    std::size_t width = width_of(title);
    for (const auto& line : lines) width = std::max(width, width_of(line));
    std::string rule = "+" + std::string(width + 2, '-') + "+\n";
    auto row = [&](const std::string& text) {
      return "| " + text + std::string(width - width_of(text), ' ') + " |\n";
    };
    out += rule + row(title) + rule;
    for (const auto& line : lines) out += row(line);
    if (!lines.empty()) out += rule;
    out += "\n";
  }
  if (options.show_links) {
    if (!graph.links.empty()) {
      out += "Record links:\n";
      for (const GraphLink& link : graph.links)
        out += fmt::format("  {}.{} --> {}\n", link.from_table, link.field, link.to_table);
    }
    bool any_relation = false;
    for (const GraphTable& table : graph.tables) {
      if (!table.relation) continue;
      if (!any_relation) out += "Relations:\n";
      any_relation = true;
      out +=
          fmt::format("  {} --[{}]--> {}\n", fmt::join(table.in, "|"), table.name, fmt::join(table.out, "|"));
    }
  }
  return out;
}

}  // namespace

std::string render_diagram(const schema::Schema& schema, const DiagramOptions& options) {
  SchemaGraph graph = schema_graph(schema, options);
  switch (options.format) {
    case DiagramFormat::Mermaid:
      return mermaid(graph, options);
    case DiagramFormat::Graphviz:
      return graphviz(graph, options);
    case DiagramFormat::Ascii:
      return ascii(graph, options);
  }
  return {};
}

}  // namespace surrealpp::visualize

// render_surql / render_statement: puts the statement renderers, the load order and the implied fields
// together.
#include <variant>

#include "render/definition_text.hpp"
#include "render/implied_fields.hpp"
#include "render/load_order.hpp"
#include "render/render.hpp"
#include "render/surql_text.hpp"

namespace surrealpp::schema {

std::string render_statement(const Statement& statement, const RenderOptions& options) {
  return std::visit([&](const auto& node) { return render::render_definition(node, options.syntax); },
                    statement.node);
}

std::string render_surql(const Schema& schema, const RenderOptions& options) {
  std::vector<const Statement*> order;
  if (options.reorder) {
    order = render::load_order(schema);
  } else {
    for (const auto& statement : schema.statements) order.push_back(&statement);
  }

  render::ImpliedFields implied;
  std::string out;
  for (const Statement* statement : order) {
    std::string text;
    if (const auto* field = std::get_if<FieldDefinition>(&statement->node)) {
      switch (implied.classify(*field)) {
        case render::ImpliedFields::Disposition::Skip:
          continue;
        case render::ImpliedFields::Disposition::Render:
          text = render::render_definition(*field, options.syntax);
          break;
        case render::ImpliedFields::Disposition::Overwrite: {
          FieldDefinition replacement = *field;
          replacement.mode = DefineMode::Overwrite;
          text = render::render_definition(replacement, options.syntax);
          break;
        }
      }
    } else {
      text = render_statement(*statement, options);
    }
    implied.observe(statement->node);
    // A blank line before each table's group keeps long schemas readable.
    if (!out.empty() && std::holds_alternative<TableDefinition>(statement->node)) out += '\n';
    out += text;
    // A statement ending in a line comment would swallow its `;`.
    if (render::ends_in_line_comment(text)) out += '\n';
    out += ";\n";
  }
  return out;
}

}  // namespace surrealpp::schema

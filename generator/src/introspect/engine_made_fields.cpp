#include "introspect/engine_made_fields.hpp"

#include "render/implied_fields.hpp"

namespace surrealpp::schema {

Schema without_engine_made_fields(const Schema& schema) {
  render::ImpliedFields implied;
  Schema out;
  for (const auto& statement : schema.statements) {
    const auto* field = std::get_if<FieldDefinition>(&statement.node);
    // The renderer's own test: a definition it would skip is one the engine already has.
    if (field && implied.classify(*field) == render::ImpliedFields::Disposition::Skip) continue;
    implied.observe(statement.node);
    out.statements.push_back(statement);
  }
  return out;
}

}  // namespace surrealpp::schema

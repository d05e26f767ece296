// Field types as SurrealDB prints them: `none | array<int>`, `record<a | b>`, `geometry<point>`, `{ x: int
// }`.
#pragma once

#include <string>

#include "surrealpp/schema/ir.hpp"
#include "surrealpp/schema/parse.hpp"

namespace surrealpp::schema::render {

// Re-spells the type from its tree (never from `Type::text`), so aliases and spacing come out canonical.
// Throws RenderError for a kind the target syntax lacks (`future` in 3.x).
std::string render_type(const Type& type, Syntax syntax);

}  // namespace surrealpp::schema::render

// A schema in the form SurrealDB gives it back after loading it: what `INFO FOR DB` / `INFO FOR TABLE` of
// the loaded text reads back into. INFO parse-back (issue 4) compares the IR of a source file with the IR
// read from the INFO of loading it; both go through this pass first, so they are compared modulo exactly the
// rewriting the engine does and nothing more. The pass is lexical: it evaluates nothing but literals.
#pragma once

#include "surrealpp/schema/ir.hpp"

namespace surrealpp::schema::render {

// Rewrites `schema` in place. The rules (tests/unit/render/stored_form_test.cpp has a case per rule):
//  1. DDL inside a plain `{ … }` block statement at the top level runs with the block: those statements
//     follow the block in the schema. (IF bodies and function bodies run conditionally and stay nested.)
//  2. A parameter bound by a top-level `LET $p = <literal>` stands for that literal where the engine
//     evaluates it when the definition runs: in definition names (`DEFINE TABLE $p`, `REMOVE TABLE $p`,
//     `ON $p`) and in clauses that are the parameter alone (`COMMENT $p`, `VALUE $p`), and in CONFIG
//     bodies.
//  3. Every expression is in its canonical form (canonical_expression.hpp).
//  4. `array<any>` and `set<any>` without a size are `array` and `set`.
//  5. CONFIG spells out its defaults: GRAPHQL `AUTO` is `TABLES AUTO FUNCTIONS AUTO` and a missing TABLES
//     or FUNCTIONS part is NONE; API has `PERMISSIONS FULL` unless it says otherwise. A USER without ROLES
//     is VIEWER.
//  6. An API path prints its `\:` and `\*` escapes without the backslash.
//  7. A field definition identical to one the engine implies (`in`/`out` of a relation table, `x.*` of an
//     array field) is not there, whatever its DEFINE mode: INFO shows the engine's own either way.
void to_stored_form(Schema& schema);

}  // namespace surrealpp::schema::render

// A schema in the form SurrealDB gives it back after loading it: what `INFO FOR DB` / `INFO FOR TABLE` of
// the loaded text reads back into. INFO parse-back (issue 4) compares the IR of a source file with the IR
// read from the INFO of loading it; both go through this pass first, so they are compared modulo exactly the
// rewriting the engine does and nothing more. The pass is lexical: it evaluates nothing but literals.
#pragma once

#include "surrealpp/schema/ir.hpp"
#include "surrealpp/schema/parse.hpp"

namespace surrealpp::schema::render {

// Rewrites `schema` in place. The rules (tests/unit/render/stored_form_test.cpp has a case per rule):
//  1. DDL inside a plain `{ … }` block statement at the top level runs with the block: those statements
//     follow the block in the schema. (IF bodies and function bodies run conditionally and stay nested.)
//  2. A parameter bound by a top-level `LET $p = <literal>` stands for that literal where the engine
//     evaluates it when the definition runs: in definition names (`DEFINE TABLE $p`, `REMOVE TABLE $p`,
//     `ON $p`, `DEFINE API $p`), in clauses that are the parameter alone (`COMMENT $p`, `VALUE $p`), and
//     in CONFIG and API bodies.
//  3. Every expression is in its canonical form (canonical_expression.hpp).
//  4. `array<any>` and `set<any>` without a size are `array` and `set`.
//  5. CONFIG spells out its defaults: GRAPHQL `AUTO` is `TABLES AUTO FUNCTIONS AUTO` and a missing TABLES
//     or FUNCTIONS part is NONE; API has `PERMISSIONS FULL` unless it says otherwise. A USER without ROLES
//     is VIEWER; a PARAM without VALUE is VALUE NONE.
//  6. An API path prints its `\:` and `\*` escapes without the backslash.
//  7. A field definition identical to one the engine implies (`in`/`out` of a relation table, `x.*` of an
//     array field) is not there, whatever its DEFINE mode: INFO shows the engine's own either way. The 2.x
//     engine implies `x[*]` with x's element type as written (option<…> kept) and x's FLEXIBLE.
//  8. Field names (DEFINE FIELD, REMOVE FIELD) are canonical idioms (canonical_idiom): `tags[*]` is
//     `tags.*`, `` `all`.* `` is `all.*`, `flatten…` is `flatten...`.
//  9. ALTER TABLE (SCHEMAFULL/SCHEMALESS, TYPE NORMAL/ANY, COMMENT, CHANGEFEED, PERMISSIONS and their
//     DROP forms) is applied to the table's definition, as INFO shows the altered table.
// 10. DEFINE FIELD in|out ON a relation table with TYPE record<a | b> makes a | b that table's IN|OUT tables.
// 11. A field whose type holds arrays or sets gives its element fields already defined (`x.*`, `x.*.*`) the
//     element types (the engine redefines them, keeping their other clauses).
void to_stored_form(Schema& schema, Syntax engine = Syntax::V3);

}  // namespace surrealpp::schema::render

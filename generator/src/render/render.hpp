// The SurrealQL renderer: IR → canonical SurrealQL text, in 3.x or 2.x syntax.
//
// Canonical means: keywords upper case and aliases resolved (COLUMNS → FIELDS, FROM/TO → IN/OUT, NS →
// NAMESPACE, …), clauses in the order SurrealDB's own INFO output uses, identifiers escaped only where
// SurrealDB needs it, types re-spelled from the type tree, one statement per line. Expressions are kept as
// written (the IR keeps their exact text), apart from the function names that differ between 2.x and 3.x.
// Clauses the IR does not carry are not invented: a default stays implicit, so the text loads the same on
// every engine version.
//
// Rendering a parsed schema and loading it gives the same INFO as loading the original (tests/render/ checks
// that against the real engines); rendering the IR of an INFO string gives that string back.
#pragma once

#include <string>

#include "render/render_error.hpp"
#include "surrealpp/schema/ir.hpp"
#include "surrealpp/schema/parse.hpp"

namespace surrealpp::schema {

struct RenderOptions {
  Syntax syntax = Syntax::V3;
  // Reorder runs of DEFINE statements so they load (namespaces, then analyzers, functions, …, tables before
  // their fields, views after their sources). Statements that are not definitions (REMOVE, ALTER, DML, …)
  // stay where they are and are never crossed, so a script keeps its meaning.
  bool reorder = true;
};

// The whole schema, one statement per line, each ending with `;`. Throws RenderError when a construct has no
// form in the target syntax.
std::string render_surql(const Schema& schema, const RenderOptions& options = {});

// One statement without the trailing `;`.
std::string render_statement(const Statement& statement, const RenderOptions& options = {});

}  // namespace surrealpp::schema

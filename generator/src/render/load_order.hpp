// The order in which definitions load: SurrealDB checks some references when a statement runs (an index's
// analyzer, a view's source tables, a FLEXIBLE field's table), and auto-creates tables for others, after
// which the table's own DEFINE fails with "already exists".
#pragma once

#include <vector>

#include "surrealpp/schema/ir.hpp"

namespace surrealpp::schema::render {

// The statements in loading order. Only runs of consecutive DEFINE statements are reordered; every other
// statement (REMOVE, ALTER, INFO, USE, DML, …) stays in place and nothing moves across it. Within a run:
// namespaces, databases, params, functions, analyzers, accesses, users, sequences, configs, APIs, buckets,
// modules, then one group per table — the table, its fields, its indexes, its events — with views after the
// tables they select from. Statements of the same kind keep their source order.
std::vector<const Statement*> load_order(const Schema& schema);

// The tables a view's `SELECT … FROM a, b …` reads from.
std::vector<std::string> view_sources(const std::string& select_text);

}  // namespace surrealpp::schema::render

// The differ: IR(old) vs IR(new) → the ordered operations that turn a database holding the old schema into
// one holding the new schema (up), and back (down).
//
// Order of `up`: first new and changed namespaces and databases (everything else lives in them); then
// removals, dependants before what they depend on (events, indexes, fields, tables — relations before their
// endpoints, views before their sources — then functions, params, analyzers, …); then creations and
// redefinitions, dependencies first (analyzers, params, functions, access, users, tables — endpoints before
// relations, sources before views — fields, the backfill of new required fields, type conversions, indexes,
// events); last removed databases, then removed namespaces. `down` of the whole plan is the operations' down
// statements in reverse order.
#pragma once

#include <functional>

#include "diff/operation.hpp"
#include "surrealpp/schema/ir.hpp"
#include "surrealpp/schema/parse.hpp"

namespace surrealpp::schema::diff {

struct DiffOptions {
  Syntax syntax = Syntax::V3;  // the SurrealQL dialect of the statements written
  // Whether two definitions of the same name mean the same. By default their canonical renderings are
  // compared; drift detection against a live database compares "as loaded" instead, because INFO spells out
  // defaults (PERMISSIONS FULL, TYPE ANY, none | T) that a schema file leaves implicit.
  std::function<bool(const Statement& before, const Statement& after)> equivalent;
};

Plan diff_schemas(const Schema& from, const Schema& to, const DiffOptions& options = {});

// The up (or down) statements of every operation, in execution order.
std::vector<std::string> up_statements(const Plan& plan);
std::vector<std::string> down_statements(const Plan& plan);

}  // namespace surrealpp::schema::diff

// Semantic checks over a parsed Schema: what SurrealDB's parser accepts but a schema author almost certainly
// did not mean. They are warnings unless `strict` (then errors), because SurrealDB itself would load such
// files.
#pragma once

#include <vector>

#include "surrealpp/schema/diagnostic.hpp"
#include "surrealpp/schema/ir.hpp"

namespace surrealpp::schema {

struct CheckOptions {
  bool strict = false;
};

// Findings, in source order:
// - a field, index or event on a table that no DEFINE TABLE / DEFINE FIELD created;
// - an index on a field that is not defined (on a table that has field definitions);
// - a duplicate definition (same kind, name and table, neither OVERWRITE nor IF NOT EXISTS);
// - a record<…> link or relation IN/OUT naming a table that is never defined;
// - an HNSW or MTREE index without DIMENSION.
std::vector<Diagnostic> check_schema(const Schema& schema, const CheckOptions& options = {});

}  // namespace surrealpp::schema

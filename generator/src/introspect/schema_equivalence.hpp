// Comparing two schemas by meaning: locations, the text as written and spelling variants do not count. Used
// to prove that the YAML and SurrealQL forms of a schema agree, and that INFO output reads back into the IR
// of the text that produced it.
#pragma once

#include <string>
#include <vector>

#include "surrealpp/schema/ir.hpp"
#include "surrealpp/schema/parse.hpp"

namespace surrealpp::schema {

struct EquivalenceOptions {
  // Compare the definitions as a set (by kind, table and name) instead of as a sequence.
  bool ignore_order = false;
  // Compare what a database keeps after loading the schemas, as INFO shows it: the final definition of each
  // name (REMOVE and OVERWRITE applied, a repeated DEFINE ignored), no namespace/database/root-level
  // definitions, no implied fields, defaults spelled out (TYPE ANY, PERMISSIONS NONE/FULL, BM25(1.2,0.75),
  // HNSW and sequence defaults, durations), secrets (keys, password hashes) ignored, option<T> as none | T,
  // IN as INSIDE, 2.x forms as 3.x ones, and expressions compared token by token (quotes, spacing, keyword
  // case, outer parentheses).
  bool as_loaded = false;
  // Whose defaults apply with as_loaded (HNSW vector type: F32 on 3.x, F64 on 2.x).
  Syntax engine = Syntax::V3;
};

// One line per difference (`missing: …`, `unexpected: …`, `differs: … / …`); empty when the schemas are
// equivalent.
std::vector<std::string> schema_differences(const Schema& expected, const Schema& actual,
                                            const EquivalenceOptions& options = {});

// An expression's text reduced to what SurrealDB keeps of it (see as_loaded); exposed for tests.
std::string normalised_expression(const std::string& text, bool as_loaded);

// A duration literal (`30d`, `1h30m`) the way SurrealDB prints it (`4w2d`, `1h30m`); other text unchanged.
std::string normalised_duration(const std::string& text);

}  // namespace surrealpp::schema

// The fields SurrealDB defines by itself — `in`/`out` of a relation table, `x.*` of an array or set field —
// are listed by INFO like any other field, but they are not part of the schema a user wrote: loading that
// schema makes them again. Introspection leaves them out, so every output format (SurrealQL, YAML, JSON)
// and everything built on it (generated C++, drift) sees the schema as written. A definition that differs
// from what the engine makes (another type, an ASSERT, …) was written by someone and is kept.
#pragma once

#include "surrealpp/schema/ir.hpp"

namespace surrealpp::schema {

// The schema without the field definitions that only repeat what the engine made by itself. Statements keep
// their order; a field is judged by the statements before it (its table, its parent field).
Schema without_engine_made_fields(const Schema& schema);

}  // namespace surrealpp::schema

// The schema of a live database: INFO FOR DB and INFO FOR TABLE of each table, read back into the IR by the
// introspection front end (generator/src/introspect). Used by `introspect` and `schema diff|check`.
#pragma once

#include <surreal/client.hpp>

#include "surrealpp/schema/parse.hpp"

namespace surrealpp::cli {

// The SurrealQL dialect of the connected server (2.x or 3.x).
schema::Syntax syntax_of(surreal::Client& db);

// The schema as written: INFO's statements without the fields the engine made by itself
// (engine_made_fields.hpp). Throws std::runtime_error when INFO cannot be read or does not parse.
schema::Schema live_schema(surreal::Client& db);

}  // namespace surrealpp::cli

// The SurrealQL text of migration statements: DEFINE (through the renderer), REMOVE, and the UPDATEs that
// move data.
#pragma once

#include <string>
#include <vector>

#include "diff/schema_state.hpp"
#include "surrealpp/schema/ir.hpp"
#include "surrealpp/schema/parse.hpp"

namespace surrealpp::schema::diff {

// The definition rendered canonically with the given mode (OVERWRITE for redefinitions), without `;`.
std::string define_text(const Statement& statement, DefineMode mode, Syntax syntax);

// The canonical text two definitions are compared by: rendered with a plain DEFINE, so `OVERWRITE` or `IF NOT
// EXISTS` in a schema file is not a change.
std::string canonical_text(const Statement& statement, Syntax syntax);

// `REMOVE FIELD email ON user` for the definition in `statement` (whose key is `key`).
std::string remove_text(const DefinitionKey& key, const Statement& statement, Syntax syntax);

// Escaped table name and field idiom for UPDATE statements.
std::string table_text(const std::string& table);
std::string field_text(const FieldDefinition& field, Syntax syntax);

}  // namespace surrealpp::schema::diff

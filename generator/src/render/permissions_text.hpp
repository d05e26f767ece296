// PERMISSIONS clauses as SurrealDB prints them: `PERMISSIONS FULL`, or the actions grouped by identical rule,
// `PERMISSIONS FOR select FULL, FOR create WHERE a = 1, FOR update, delete NONE`.
#pragma once

#include <string>

#include "surrealpp/schema/ir.hpp"
#include "surrealpp/schema/parse.hpp"

namespace surrealpp::schema::render {

// What the permissions belong to decides which actions exist.
enum class PermissionTarget {
  Table,   // select, create, update, delete
  Field,   // select, create, update (2.x also delete)
  Single,  // functions, params, buckets: one rule, no actions
};

// ` PERMISSIONS …` with a leading space, or an empty string when `permissions` has no rules. A later rule for
// an action replaces an earlier one, as in SurrealDB. Throws RenderError for field DELETE permissions in 3.x.
std::string render_permissions(const Permissions& permissions, PermissionTarget target, Syntax syntax);

}  // namespace surrealpp::schema::render

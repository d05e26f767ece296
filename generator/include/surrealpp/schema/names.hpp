// Names for IR enumerations, shared by every back end that prints them.
#pragma once

#include <string_view>

#include "surrealpp/schema/ir.hpp"

namespace surrealpp::schema {

// Upper-case SurrealQL keyword of a definition kind: TABLE, FIELD, …, SYSTEM.
std::string_view keyword_of(DefinitionKind kind);

// Upper-case keyword of a base: ROOT, NAMESPACE, DATABASE, SCOPE.
std::string_view keyword_of(Base base);

// Lower-case action name as SurrealQL writes it: select, create, update, delete.
std::string_view keyword_of(PermissionAction action);

// Lower-case name of a type kind. For every kind SurrealQL spells with a keyword it is that keyword (`int`,
// `record`, `option`, `point`, `references`, …); the structural kinds have descriptive names (`either`,
// `literal`, `literal_object`, `literal_array`, `named`). The renderer and the JSON export both use it, so
// the two never disagree about a kind's spelling.
std::string_view type_kind_name(Type::Kind kind);

// The DefinitionKind a DEFINE statement node defines; nullopt for REMOVE/ALTER/INFO/USE/opaque nodes.
std::optional<DefinitionKind> defined_kind(const StatementNode& node);

}  // namespace surrealpp::schema

// One function per statement kind: the canonical text of that statement, without the trailing `;`.
// Implemented by family: table_objects_text.cpp (table, field, index, event), database_objects_text.cpp
// (namespace, database, analyzer, function, param, sequence, config, api, bucket, module/model),
// auth_objects_text.cpp (access, user and the 2.x scope and token), other_statements_text.cpp (REMOVE, ALTER,
// INFO, USE and opaque statements).
#pragma once

#include <optional>
#include <string>

#include "surrealpp/schema/ir.hpp"
#include "surrealpp/schema/parse.hpp"

namespace surrealpp::schema::render {

std::string render_definition(const TableDefinition& table, Syntax syntax);
std::string render_definition(const FieldDefinition& field, Syntax syntax);
std::string render_definition(const IndexDefinition& index, Syntax syntax);
std::string render_definition(const EventDefinition& event, Syntax syntax);

std::string render_definition(const NamespaceDefinition& ns, Syntax syntax);
std::string render_definition(const DatabaseDefinition& db, Syntax syntax);
std::string render_definition(const AnalyzerDefinition& analyzer, Syntax syntax);
std::string render_definition(const FunctionDefinition& function, Syntax syntax);
std::string render_definition(const ParamDefinition& param, Syntax syntax);
std::string render_definition(const SequenceDefinition& sequence, Syntax syntax);
std::string render_definition(const ConfigDefinition& config, Syntax syntax);
std::string render_definition(const ApiDefinition& api, Syntax syntax);
std::string render_definition(const BucketDefinition& bucket, Syntax syntax);
std::string render_definition(const ModuleDefinition& module, Syntax syntax);

std::string render_definition(const AccessDefinition& access, Syntax syntax);
std::string render_definition(const UserDefinition& user, Syntax syntax);
std::string render_definition(const ScopeDefinition& scope, Syntax syntax);
std::string render_definition(const TokenDefinition& token, Syntax syntax);

std::string render_definition(const RemoveStatement& remove, Syntax syntax);
std::string render_definition(const AlterStatement& alter, Syntax syntax);
std::string render_definition(const InfoStatement& info, Syntax syntax);
std::string render_definition(const UseStatement& use, Syntax syntax);
std::string render_definition(const OpaqueStatement& opaque, Syntax syntax);

// Pieces several families share.
std::string mode_text(DefineMode mode);  // "", " IF NOT EXISTS", " OVERWRITE"
std::string expression_text(const Expression& expression, Syntax syntax);  // as written, functions adapted
std::string comment_text(const std::optional<Expression>& comment, Syntax syntax);  // " COMMENT '…'" or ""
std::string durations_text(const std::optional<Durations>& durations,
                           Syntax syntax);  // " DURATION FOR …" or ""

}  // namespace surrealpp::schema::render

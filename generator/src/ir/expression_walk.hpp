// Every expression of a statement, for passes that rewrite expression text wherever it occurs (the canonical
// form of INFO parse-back, for one) without each listing the IR's members again.
#pragma once

#include <functional>

#include "surrealpp/schema/ir.hpp"

namespace surrealpp::schema {

// Calls `visit` on each Expression held by `node`: clause expressions, permission conditions, comments,
// durations, keys and the text of opaque statements. Names, types and the statements nested in blocks are
// not expressions and are not visited.
void for_each_expression(StatementNode& node, const std::function<void(Expression&)>& visit);

}  // namespace surrealpp::schema

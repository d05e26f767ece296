// The SurrealQL type that generated comments show beside a member or a function parameter.
#pragma once

#include <string>

#include "surrealpp/schema/ir.hpp"

namespace surrealpp::emit::cpp {

// `type` in one canonical spelling, so that the same schema gives the same comment whether it was read from
// its source or from a database's INFO, which rewrites types (3.x prints `option<T>` as `none | T`, and
// literal strings with single quotes): optionals as option<…>, literals re-quoted, the renderer's spelling
// for everything else.
std::string surreal_type_text(const schema::Type& type);

}  // namespace surrealpp::emit::cpp

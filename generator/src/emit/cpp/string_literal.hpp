// C++ string literals for text that comes from a schema (keys, table names, enum strings): quotes,
// backslashes and control bytes escaped, everything else kept byte for byte.
#pragma once

#include <string>
#include <string_view>

namespace surrealpp::emit::cpp {

// `a"b` -> `"a\"b"`.
std::string cpp_string_literal(std::string_view text);

// Text safe inside a `//` comment: line breaks become spaces, and a trailing backslash (line splice) is
// dropped.
std::string comment_text(std::string_view text);

}  // namespace surrealpp::emit::cpp

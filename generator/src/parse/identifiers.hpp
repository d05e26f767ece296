// SurrealQL identifier and string escapes: `…` and ⟨…⟩ identifiers, '…' and "…" strings with prefixes.
#pragma once

#include <string>
#include <string_view>

namespace surrealpp::schema::parse {

// Which parser's escape rules apply: SurrealDB 3.x resolves backslash escapes inside ⟨…⟩; 2.x takes the
// text between the brackets as it is (`⟨\0⟩` names a table `\0` there).
enum class EscapeRules { V3, V2 };

// The value of an identifier as written: plain identifiers unchanged, escaped ones with the quotes removed
// and backslash escapes resolved (\n, \t, \\, \`, \⟩, \u{…}, \uXXXX).
std::string identifier_value(std::string_view text, EscapeRules rules = EscapeRules::V3);

// The value of a string literal: prefix and quotes removed, backslash escapes resolved.
std::string string_value(std::string_view text);

}  // namespace surrealpp::schema::parse

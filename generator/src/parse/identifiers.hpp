// SurrealQL identifier and string escapes: `…` and ⟨…⟩ identifiers, '…' and "…" strings with prefixes.
#pragma once

#include <string>
#include <string_view>

namespace surrealpp::schema::parse {

// The value of an identifier as written: plain identifiers unchanged, escaped ones with the quotes removed
// and backslash escapes resolved (\n, \t, \\, \`, \⟩, \u{…}).
std::string identifier_value(std::string_view text);

// The value of a string literal: prefix and quotes removed, backslash escapes resolved.
std::string string_value(std::string_view text);

}  // namespace surrealpp::schema::parse

// Lexical pieces of SurrealQL text the renderer writes: escaped identifiers, quoted strings, names, field
// idioms, and the function names that were renamed between 2.x and 3.x.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "surrealpp/schema/ir.hpp"
#include "surrealpp/schema/parse.hpp"

namespace surrealpp::schema::render {

// Words SurrealDB's formatter escapes because they could be read as a keyword (SELECT, VALUE, TABLE, ALL, …).
bool is_reserved_word(std::string_view word);

// An identifier as SurrealDB prints it: bare when it is a plain word, otherwise in backticks with `\`
// escapes.
std::string escape_identifier(std::string_view value);

// Like escape_identifier, for places where no keyword can appear (after `$`, inside record<…>).
std::string escape_keyword_free_identifier(std::string_view value);

// A string literal: single quotes unless the value holds one, then double quotes; backslash escapes.
std::string quote_string(std::string_view value);

// The value of `text` when it is exactly one string literal ('…' or "…", backslash escapes), else nullopt.
std::optional<std::string> string_literal_value(std::string_view text);

// A definition name: an identifier escaped as needed, `$param`, or the expression text as written.
std::string render_name(const Name& name);

// A parameter name (DEFINE PARAM): always with `$`.
std::string render_param_name(const Name& name);

// A field idiom (`address.city`, `tags.*`): 3.x writes array elements as `.*`, 2.x as `[*]`.
std::string render_field_idiom(const Name& name, Syntax syntax);

// Expression text with the function names of the other syntax renamed (`string::is::email` ↔
// `string::is_email`, `type::is::x` ↔ `type::is_x`), leaving strings, identifiers in quotes and comments
// alone.
std::string adapt_expression(std::string_view text, Syntax syntax);

// True when the last thing in `text` is a `--`, `//` or `#` comment, which a following `;` would become part
// of.
bool ends_in_line_comment(std::string_view text);

// Calls `code(begin, end)` for every stretch of `text` outside string literals, quoted identifiers and
// comments, and `other(begin, end)` for the quoted stretches, in order; together they cover `text`.
template <typename Code, typename Other>
void scan_code(std::string_view text, Code&& code, Other&& other);

}  // namespace surrealpp::schema::render

#include "render/surql_text_scan.hpp"

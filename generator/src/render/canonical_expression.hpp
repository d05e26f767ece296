// The canonical form of expression text: an expression the way SurrealDB gives it back after storing it.
// The engine keeps an expression as a syntax tree and prints that tree again for INFO, so the source text and
// the INFO text of one expression differ in ways that carry no meaning. Comparing the two (INFO parse-back,
// issue 4) compares their canonical forms, which erase exactly those differences and nothing else.
#pragma once

#include <string>
#include <string_view>

namespace surrealpp::schema::render {

// The canonical form of `text`. The rules, each one a thing the engine does when it prints a stored
// expression (tests/unit/render/canonical_expression_test.cpp has a case per rule):
//  1. Whitespace and comments are dropped; the tokens are joined by single spaces. The result is a
//     comparison key, not text to load (`a:b` comes out as `a : b`).
//  2. Object literals list their entries sorted by key (the engine keeps objects as ordered maps); keys
//     that are plain identifiers are bare, other keys canonical string literals ('a-b').
//  3. A trailing comma before `]`, `}` or `)` is dropped.
//  4. An escaped identifier that needs no escaping is a bare word (`value` → value): the engine escapes by
//     its own keyword list, not by what the source wrote.
//  5. String literals are re-quoted canonically ('…' unless the value holds a quote); the `s` prefix is a
//     plain string; uuid literals (u'…') are lower case; a date-only datetime (d'2025-06-22') is midnight
//     UTC (d'2025-06-22T00:00:00Z').
//  6. `IS NOT` is `!=` and `IS` is `=` (the engine has no IS operator, it prints the comparison).
//  7. In the legacy `IF … THEN … END` form a `;` before `END` or `ELSE` is dropped.
//  8. `x[*]` is `x.*`, and `GROUP x` is `GROUP BY x`.
//  9. A geometry point `(1, 2)` has float coordinates: `(1f, 2f)`.
// Text the rules do not cover comes out token for token, so two texts with different meanings never get
// the same canonical form.
std::string canonical_expression(std::string_view text);

// The canonical form of a field idiom (`tags[*]`, `` `all`.* ``, `flatten…`): the tokens of the canonical
// expression form joined without spaces, `[*]` as `.*`, parts that need no escape bare, and `…` (INFO's
// spelling of the flatten operator) as `...`. Unlike canonical_expression it is valid idiom text.
std::string canonical_idiom(std::string_view text);

}  // namespace surrealpp::schema::render

#include "render/surql_text.hpp"

#include "parse/identifiers.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace surrealpp::schema::render {
namespace {

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::toupper(static_cast<unsigned char>(x)) == std::toupper(static_cast<unsigned char>(y));
         });
}

bool is_plain_word(std::string_view value) {
  if (value.empty() || std::isdigit(static_cast<unsigned char>(value.front()))) return false;
  if (value == "NaN" || value == "Infinity") return false;
  return std::all_of(value.begin(), value.end(),
                     [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
}

// Backslash escapes inside a quoted identifier or string whose delimiter is `quote`.
std::string escape_body(std::string_view value, char quote) {
  std::string out;
  out.reserve(value.size());
  for (char c : value) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\0':
        out += "\\0";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\b':
        out += "\\u{8}";
        break;
      default:
        if (c == quote) out += '\\';
        out += c;
    }
  }
  return out;
}

std::string backticked(std::string_view value) { return '`' + escape_body(value, '`') + '`'; }

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// The modules whose `is` functions moved from `m::is::x` (2.x) to `m::is_x` (3.x).
constexpr std::array<std::string_view, 2> kRenamedIsModules = {"string", "type"};

// Rewrites one stretch of code: `m::is::x` → `m::is_x` (to 3.x) or back (to 2.x).
std::string adapt_code(std::string_view code, Syntax syntax) {
  std::string out;
  std::size_t i = 0;
  while (i < code.size()) {
    bool rewritten = false;
    if (i == 0 || !is_word_char(code[i - 1])) {
      for (std::string_view module : kRenamedIsModules) {
        if (!equals_ignoring_case(code.substr(i, module.size()), module)) continue;
        std::size_t after = i + module.size();
        std::string_view from = syntax == Syntax::V3 ? "::is::" : "::is_";
        std::string_view to = syntax == Syntax::V3 ? "::is_" : "::is::";
        if (code.compare(after, from.size(), from) != 0) continue;
        std::size_t name = after + from.size();
        if (name >= code.size() || !is_word_char(code[name])) continue;
        out.append(code.substr(i, module.size()));
        out.append(to);
        i = name;
        rewritten = true;
        break;
      }
    }
    if (!rewritten) out += code[i++];
  }
  return out;
}

}  // namespace

bool is_reserved_word(std::string_view word) {
  static constexpr std::array<std::string_view, 44> kReserved = {
      "ALTER",  "BEGIN",  "BREAK",  "CANCEL", "COMMIT", "CONTINUE", "CREATE",   "DEFINE",  "DELETE",
      "FOR",    "IF",     "INFO",   "INSERT", "KILL",   "LIVE",     "OPTION",   "REBUILD", "RETURN",
      "RELATE", "REMOVE", "SELECT", "LET",    "SHOW",   "SLEEP",    "THROW",    "UPDATE",  "UPSERT",
      "USE",    "DIFF",   "RAND",   "NONE",   "NULL",   "AFTER",    "BEFORE",   "VALUE",   "BY",
      "ALL",    "TRUE",   "FALSE",  "WHERE",  "TABLE",  "TB",       "SEQUENCE", "FUNCTION"};
  return std::any_of(kReserved.begin(), kReserved.end(),
                     [&](std::string_view k) { return equals_ignoring_case(k, word); });
}

std::string escape_keyword_free_identifier(std::string_view value) {
  return is_plain_word(value) ? std::string(value) : backticked(value);
}

std::string escape_identifier(std::string_view value) {
  return is_reserved_word(value) ? backticked(value) : escape_keyword_free_identifier(value);
}

std::string quote_string(std::string_view value) {
  const char quote = value.find('\'') == std::string_view::npos ? '\'' : '"';
  return quote + escape_body(value, quote) + quote;
}

std::optional<std::string> string_literal_value(std::string_view text) {
  if (text.size() < 2 || (text.front() != '\'' && text.front() != '"')) return std::nullopt;
  if (detail::quoted_end(text, 0) != text.size() || text.back() != text.front()) return std::nullopt;
  return parse::string_value(text);
}

std::string render_name(const Name& name) {
  switch (name.form) {
    case Name::Form::Identifier:
      return escape_identifier(name.value);
    case Name::Form::Parameter:
      return '$' + escape_keyword_free_identifier(name.value);
    case Name::Form::Expression:
      return name.text.empty() ? name.value : name.text;
  }
  return name.value;
}

std::string render_param_name(const Name& name) {
  if (name.form == Name::Form::Expression) return name.text.empty() ? name.value : name.text;
  return '$' + escape_keyword_free_identifier(name.value);
}

std::string render_field_idiom(const Name& name, Syntax syntax) {
  if (name.form != Name::Form::Identifier) return render_name(name);
  // A single plain word is escaped the way SurrealDB prints it (`value`, `table`); longer idioms keep their
  // text.
  if (name.text.empty() ? is_plain_word(name.value) : is_plain_word(name.text))
    return escape_identifier(name.value);
  // The text as written keeps the idiom's own escapes (`a`.`b.c` is not a.b.c); a name made by a program has
  // only a value, which is then the idiom text.
  std::string_view idiom = name.text.empty() ? std::string_view(name.value) : std::string_view(name.text);
  std::string out;
  scan_code(
      idiom,
      [&](std::size_t begin, std::size_t end) {
        std::string_view code = idiom.substr(begin, end - begin);
        for (std::size_t i = 0; i < code.size();) {
          if (syntax == Syntax::V3 && code.compare(i, 3, "[*]") == 0) {
            out += ".*";
            i += 3;
          } else if (syntax == Syntax::V2 && code.compare(i, 2, ".*") == 0) {
            out += "[*]";
            i += 2;
          } else {
            out += code[i++];
          }
        }
      },
      [&](std::size_t begin, std::size_t end) { out.append(idiom.substr(begin, end - begin)); });
  return out;
}

bool ends_in_line_comment(std::string_view text) {
  bool in_comment = false;
  scan_code(
      text, [&](std::size_t, std::size_t) { in_comment = false; },
      [&](std::size_t begin, std::size_t end) {
        const char c = text[begin];
        in_comment = end == text.size() &&
                     (c == '#' || text.compare(begin, 2, "--") == 0 || text.compare(begin, 2, "//") == 0);
      });
  return in_comment;
}

std::string adapt_expression(std::string_view text, Syntax syntax) {
  std::string out;
  out.reserve(text.size());
  scan_code(
      text,
      [&](std::size_t begin, std::size_t end) { out += adapt_code(text.substr(begin, end - begin), syntax); },
      [&](std::size_t begin, std::size_t end) { out.append(text.substr(begin, end - begin)); });
  return out;
}

}  // namespace surrealpp::schema::render

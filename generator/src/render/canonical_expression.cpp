#include "render/canonical_expression.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "parse/identifiers.hpp"
#include "render/surql_text.hpp"

namespace surrealpp::schema::render {
namespace {

struct Token {
  enum class Kind { Word, String, Number, Param, Escaped, Punct };
  Kind kind;
  std::string text;  // canonical spelling
  std::string key;   // for words, strings and escaped identifiers: the value an object key would have
};

bool is_word_start(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}
bool is_word_char(char c) { return is_word_start(c) || std::isdigit(static_cast<unsigned char>(c)); }

bool is_plain_identifier(std::string_view value) {
  return !value.empty() && !std::isdigit(static_cast<unsigned char>(value.front())) &&
         std::all_of(value.begin(), value.end(),
                     [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
}

bool equals_word(const Token& token, std::string_view word) {
  if (token.kind != Token::Kind::Word || token.text.size() != word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (std::toupper(static_cast<unsigned char>(token.text[i])) != word[i]) return false;
  return true;
}

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

bool is_date_only(std::string_view value) {
  if (value.size() != 10 || value[4] != '-' || value[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(value[i]))) return false;
  return true;
}

// A string literal with its prefix (rule 5).
Token string_token(char prefix, std::string_view quoted) {
  std::string value = parse::string_value(quoted);
  prefix = static_cast<char>(std::tolower(static_cast<unsigned char>(prefix)));
  if (prefix == 's') prefix = 0;
  if (prefix == 'u') value = lower(value);
  if (prefix == 'd' && is_date_only(value)) value += "T00:00:00Z";
  Token token{Token::Kind::String, {}, value};
  if (prefix) token.text += prefix;
  token.text += quote_string(value);
  return token;
}

// Operators of more than one character, longest first.
constexpr std::array<std::string_view, 24> kOperators = {"<->", "...", "+?=", "->", "<-", "<~", "..", "==",
                                                         "!=",  "?=",  "*=",  ">=", "<=", "&&", "||", "??",
                                                         "?:",  "+=",  "-=",  "**", "!~", "?~", "*~", "=>"};

std::vector<Token> tokenise(std::string_view text) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
      continue;
    }
    const std::size_t quoted = detail::quoted_end(text, i);
    if (quoted != std::string_view::npos) {
      std::string_view piece = text.substr(i, quoted - i);
      if (c == '\'' || c == '"') {
        tokens.push_back(string_token(0, piece));
      } else if (c == '`' || c == '\xE2') {
        std::string value = parse::identifier_value(piece);
        Token token{Token::Kind::Escaped, {}, value};
        // Rule 4: bare when the value is a plain word.
        token.text = is_plain_identifier(value) ? value : escape_keyword_free_identifier(value);
        if (is_plain_identifier(value)) token.kind = Token::Kind::Word;
        tokens.push_back(std::move(token));
      }
      // comments are dropped
      i = quoted;
      continue;
    }
    if (is_word_start(c)) {
      std::size_t start = i++;
      while (i < text.size() && (is_word_char(text[i]) || (text.compare(i, 2, "::") == 0 &&
                                                           i + 2 < text.size() && is_word_char(text[i + 2]))))
        i += text[i] == ':' ? 2 : 1;
      // A one-letter prefix directly before a quote makes a prefixed literal: d'…', u'…', r"…".
      if (i - start == 1 && i < text.size() && (text[i] == '\'' || text[i] == '"') &&
          std::string_view("sdrubfSDRUBF").find(c) != std::string_view::npos) {
        const std::size_t end = detail::quoted_end(text, i);
        tokens.push_back(string_token(c, text.substr(start, end - start)));
        i = end;
        continue;
      }
      std::string word(text.substr(start, i - start));
      tokens.push_back(Token{Token::Kind::Word, word, word});
      continue;
    }
    if (std::isdigit(static_cast<unsigned char>(c))) {
      std::size_t start = i++;
      while (i < text.size() &&
             (is_word_char(text[i]) || (text[i] == '.' && i + 1 < text.size() &&
                                        std::isdigit(static_cast<unsigned char>(text[i + 1])))))
        ++i;
      std::string number(text.substr(start, i - start));
      tokens.push_back(Token{Token::Kind::Number, number, number});
      continue;
    }
    if (c == '$') {
      std::size_t start = i++;
      if (i < text.size() && text[i] == '`') {
        i = detail::quoted_end(text, i);
        const std::string value = parse::identifier_value(text.substr(start + 1, i - start - 1));
        tokens.push_back(Token{Token::Kind::Param, '$' + escape_keyword_free_identifier(value), {}});
        continue;
      }
      while (i < text.size() && is_word_char(text[i])) ++i;
      tokens.push_back(Token{Token::Kind::Param, std::string(text.substr(start, i - start)), {}});
      continue;
    }
    std::string_view op;
    for (std::string_view candidate : kOperators)
      if (text.compare(i, candidate.size(), candidate) == 0) {
        op = candidate;
        break;
      }
    if (op.empty()) op = text.substr(i, 1);
    tokens.push_back(Token{Token::Kind::Punct, std::string(op), {}});
    i += op.size();
  }
  return tokens;
}

bool is_open(const Token& t) {
  return t.kind == Token::Kind::Punct && (t.text == "(" || t.text == "[" || t.text == "{");
}
bool is_close(const Token& t) {
  return t.kind == Token::Kind::Punct && (t.text == ")" || t.text == "]" || t.text == "}");
}
bool is_punct(const Token& t, std::string_view p) { return t.kind == Token::Kind::Punct && t.text == p; }

// The index one past the bracket that closes the one at `open` (or `end` when unbalanced).
std::size_t matching(const std::vector<Token>& tokens, std::size_t open, std::size_t end) {
  int depth = 0;
  for (std::size_t i = open; i < end; ++i) {
    if (is_open(tokens[i])) ++depth;
    if (is_close(tokens[i]) && --depth == 0) return i + 1;
  }
  return end;
}

// The pieces of [begin, end) between top-level commas.
std::vector<std::pair<std::size_t, std::size_t>> split_commas(const std::vector<Token>& tokens,
                                                              std::size_t begin, std::size_t end) {
  std::vector<std::pair<std::size_t, std::size_t>> pieces;
  std::size_t start = begin;
  for (std::size_t i = begin; i < end;) {
    if (is_open(tokens[i])) {
      i = matching(tokens, i, end);
      continue;
    }
    if (is_punct(tokens[i], ",")) {
      pieces.emplace_back(start, i);
      start = i + 1;
    }
    ++i;
  }
  if (start < end) pieces.emplace_back(start, end);
  return pieces;
}

void canonical(const std::vector<Token>& tokens, std::size_t begin, std::size_t end,
               std::vector<std::string>& out);

// `{ key: value, … }` with its entries sorted (rule 2); [begin, end) is the inside of the braces.
bool object_literal(const std::vector<Token>& tokens, std::size_t begin, std::size_t end,
                    std::vector<std::string>& out) {
  if (begin < end) {
    const Token& key = tokens[begin];
    const bool key_like = key.kind == Token::Kind::Word || key.kind == Token::Kind::String ||
                          key.kind == Token::Kind::Number || key.kind == Token::Kind::Escaped;
    if (!key_like || begin + 1 >= end || !is_punct(tokens[begin + 1], ":")) return false;
  }
  struct Entry {
    std::string key;
    std::vector<std::string> text;
  };
  std::vector<Entry> entries;
  for (auto [from, to] : split_commas(tokens, begin, end)) {
    if (from == to) continue;  // a trailing comma (rule 3)
    Entry entry;
    entry.key = tokens[from].key;
    entry.text.push_back(is_plain_identifier(entry.key) ? entry.key : quote_string(entry.key));
    entry.text.emplace_back(":");
    if (from + 1 < to && is_punct(tokens[from + 1], ":"))
      canonical(tokens, from + 2, to, entry.text);
    else
      canonical(tokens, from + 1, to, entry.text);  // not a `key: value` entry; keep it as it is
    entries.push_back(std::move(entry));
  }
  std::stable_sort(entries.begin(), entries.end(),
                   [](const Entry& a, const Entry& b) { return a.key < b.key; });
  out.emplace_back("{");
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (i) out.emplace_back(",");
    out.insert(out.end(), entries[i].text.begin(), entries[i].text.end());
  }
  out.emplace_back("}");
  return true;
}

// `(x, y)`, a geometry point: its coordinates are floats (rule 9). [begin, end) is the inside of the
// parentheses.
bool point_literal(const std::vector<Token>& tokens, std::size_t begin, std::size_t end,
                   std::vector<std::string>& out) {
  std::vector<std::string> coordinates;
  for (auto [from, to] : split_commas(tokens, begin, end)) {
    std::string sign;
    if (to - from == 2 && is_punct(tokens[from], "-")) sign = "-", ++from;
    if (to - from != 1 || tokens[from].kind != Token::Kind::Number) return false;
    std::string number = tokens[from].text;
    if (std::all_of(number.begin(), number.end(),
                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
      number += 'f';
    coordinates.push_back(sign + number);
  }
  if (coordinates.size() != 2) return false;
  out.insert(out.end(), {"(", coordinates[0], ",", coordinates[1], ")"});
  return true;
}

void canonical(const std::vector<Token>& tokens, std::size_t begin, std::size_t end,
               std::vector<std::string>& out) {
  for (std::size_t i = begin; i < end;) {
    const Token& token = tokens[i];
    // Rule 8: `[*]` is `.*`, `GROUP x` is `GROUP BY x`.
    if (is_punct(token, "[") && i + 2 < end && is_punct(tokens[i + 1], "*") && is_punct(tokens[i + 2], "]")) {
      out.emplace_back(".");
      out.emplace_back("*");
      i += 3;
      continue;
    }
    if (is_open(token)) {
      const std::size_t after = matching(tokens, i, end);
      const bool closed = after - 1 > i && is_close(tokens[after - 1]);
      const std::size_t inner_end = closed ? after - 1 : after;
      if (token.text == "{" && object_literal(tokens, i + 1, inner_end, out)) {
        i = after;
        continue;
      }
      if (token.text == "(" && point_literal(tokens, i + 1, inner_end, out)) {
        i = after;
        continue;
      }
      out.push_back(token.text);
      canonical(tokens, i + 1, inner_end, out);
      if (!out.empty() && out.back() == ",") out.pop_back();  // rule 3
      if (closed) out.push_back(tokens[after - 1].text);
      i = after;
      continue;
    }
    if (equals_word(token, "GROUP") && i + 1 < end && !equals_word(tokens[i + 1], "BY") &&
        !equals_word(tokens[i + 1], "ALL")) {
      out.push_back(token.text);
      out.emplace_back("BY");
      ++i;
      continue;
    }
    if (equals_word(token, "IS")) {  // rule 6
      if (i + 1 < end && equals_word(tokens[i + 1], "NOT")) {
        out.emplace_back("!=");
        i += 2;
      } else {
        out.emplace_back("=");
        ++i;
      }
      continue;
    }
    if (is_punct(token, ";") && i + 1 < end &&
        (equals_word(tokens[i + 1], "END") || equals_word(tokens[i + 1], "ELSE"))) {  // rule 7
      ++i;
      continue;
    }
    out.push_back(token.text);
    ++i;
  }
}

}  // namespace

std::string canonical_expression(std::string_view text) {
  const std::vector<Token> tokens = tokenise(text);
  std::vector<std::string> parts;
  canonical(tokens, 0, tokens.size(), parts);
  std::string out;
  for (const auto& part : parts) {
    if (!out.empty()) out += ' ';
    out += part;
  }
  return out;
}

std::string canonical_idiom(std::string_view text) {
  std::string flattened(text);
  for (std::size_t at = 0; (at = flattened.find("\xE2\x80\xA6", at)) != std::string::npos;)
    flattened.replace(at, 3, "...");
  const std::vector<Token> tokens = tokenise(flattened);
  std::vector<std::string> parts;
  canonical(tokens, 0, tokens.size(), parts);
  std::string out;
  for (const auto& part : parts) out += part;
  return out;
}

}  // namespace surrealpp::schema::render

#include <surreal/query/surql.hpp>

#include <algorithm>
#include <array>
#include <cctype>

namespace surreal {

namespace {

bool is_plain_identifier(std::string_view name) {
  if (name.empty()) return false;
  if (std::isdigit(static_cast<unsigned char>(name.front()))) return false;
  return std::all_of(name.begin(), name.end(),
                     [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
}

// Words that SurrealQL reads as something other than a field name where a field may stand: literals (`true`,
// `none`), statement starts (`select` cannot start an expression), operators spelt as words and a few clause
// words. Checked against SurrealDB 2.1.1 and 3.0.2: `select`, `true`, `false`, `none`, `null` break a WHERE
// clause unescaped; the others are escaped because they are operators or statement keywords in some position.
// `in`, `out` and `id` are left plain: relation fields are called that and both engines read them as fields.
constexpr std::array<std::string_view, 63> kReservedWords = {
    "abort",       "access",      "after",        "alter",       "and",      "as",      "asc",
    "before",      "begin",       "break",        "cancel",      "collate",  "commit",  "contains",
    "containsall", "containsany", "containsnone", "containsnot", "continue", "create",  "define",
    "delete",      "desc",        "diff",         "else",        "end",      "explain", "false",
    "fetch",       "for",         "from",         "group",       "if",       "info",    "insert",
    "inside",      "intersects",  "is",           "kill",        "let",      "limit",   "live",
    "none",        "not",         "notinside",    "null",        "only",     "option",  "or",
    "order",       "outside",     "rebuild",      "relate",      "remove",   "return",  "select",
    "set",         "show",        "sleep",        "split",       "start",    "then",    "throw"};
constexpr std::array<std::string_view, 8> kMoreReservedWords = {"timeout", "true", "unset", "update",
                                                                "upsert",  "use",  "where", "with"};

bool is_reserved(std::string_view name) {
  std::string lower(name);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  auto in = [&](const auto& words) { return std::find(words.begin(), words.end(), lower) != words.end(); };
  return in(kReservedWords) || in(kMoreReservedWords);
}

}  // namespace

std::string escape_identifier(std::string_view name) {
  if (is_plain_identifier(name) && !is_reserved(name)) return std::string(name);
  std::string out = "`";
  for (char c : name) {
    if (c == '`' || c == '\\') out += '\\';
    out += c;
  }
  out += '`';
  return out;
}

std::string escape_field_path(std::string_view path) {
  std::string out;
  std::size_t start = 0;
  while (true) {
    std::size_t dot = path.find('.', start);
    std::string_view part =
        path.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    out += escape_identifier(part);
    if (dot == std::string_view::npos) break;
    out += '.';
    start = dot + 1;
  }
  return out;
}

std::string SurqlWriter::bind(Value value) {
  std::string name = "p" + std::to_string(next_++);
  std::string ref = "$" + name;
  vars_.insert_or_assign(std::move(name), std::move(value));
  return ref;
}

}  // namespace surreal

#include "emit/cpp/names.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <iterator>

namespace surrealpp::emit::cpp {
namespace {

// C++20 keywords and alternative tokens, plus lower-case names the standard library may define as macros.
constexpr std::string_view kReservedWords[] = {
    "alignas",     "alignof",   "and",        "and_eq",    "asm",      "auto",         "bitand",
    "bitor",       "bool",      "break",      "case",      "catch",    "char",         "char8_t",
    "char16_t",    "char32_t",  "class",      "compl",     "concept",  "const",        "consteval",
    "constexpr",   "constinit", "const_cast", "continue",  "co_await", "co_return",    "co_yield",
    "decltype",    "default",   "delete",     "do",        "double",   "dynamic_cast", "else",
    "enum",        "explicit",  "export",     "extern",    "false",    "float",        "for",
    "friend",      "goto",      "if",         "inline",    "int",      "long",         "mutable",
    "namespace",   "new",       "noexcept",   "not",       "not_eq",   "nullptr",      "operator",
    "or",          "or_eq",     "private",    "protected", "public",   "register",     "reinterpret_cast",
    "requires",    "return",    "short",      "signed",    "sizeof",   "static",       "static_assert",
    "static_cast", "struct",    "switch",     "template",  "this",     "thread_local", "throw",
    "true",        "try",       "typedef",    "typeid",    "typename", "union",        "unsigned",
    "using",       "virtual",   "void",       "volatile",  "wchar_t",  "while",        "xor",
    "xor_eq",      "final",     "override",   "import",    "module",   "assert",       "errno",
    "offsetof",    "setjmp",    "va_arg",     "va_end",    "va_start", "stdin",        "stdout",
    "stderr",      "linux",     "unix",       "major",     "minor",    "NULL",         "EOF",
    "TRUE",
};

bool is_word_byte(unsigned char c) { return std::isalnum(c) != 0 || c == '_'; }

// Bytes outside [A-Za-z0-9_] become `_`; runs of `_` collapse to one, since `__` anywhere is reserved in C++.
std::string sanitized(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (unsigned char c : name) {
    char next = is_word_byte(c) ? static_cast<char>(c) : '_';
    if (next == '_' && !out.empty() && out.back() == '_') continue;
    out += next;
  }
  return out;
}

// Splits on everything that is not a letter or digit, and before an upper-case letter that follows a
// lower-case one
// (`userProfile` -> user, Profile).
template <class OnWord>
void for_each_word(std::string_view name, OnWord on_word) {
  std::string word;
  auto flush = [&] {
    if (!word.empty()) on_word(word);
    word.clear();
  };
  for (std::size_t i = 0; i < name.size(); ++i) {
    auto c = static_cast<unsigned char>(name[i]);
    if (std::isalnum(c) == 0) {
      flush();
      continue;
    }
    if (std::isupper(c) != 0 && !word.empty() && std::islower(static_cast<unsigned char>(word.back())) != 0)
      flush();
    word += static_cast<char>(c);
  }
  flush();
}

}  // namespace

bool is_reserved_word(std::string_view word) {
  return std::find(std::begin(kReservedWords), std::end(kReservedWords), word) != std::end(kReservedWords);
}

std::string identifier(std::string_view name) {
  std::string out = sanitized(name);
  if (out.empty() || out == "_") return "unnamed";
  if (std::isdigit(static_cast<unsigned char>(out.front())) != 0) out.insert(out.begin(), '_');
  // `_` followed by an upper-case letter is reserved everywhere.
  if (out.size() > 1 && out[0] == '_' && std::isupper(static_cast<unsigned char>(out[1])) != 0)
    out.insert(0, "x");
  if (is_reserved_word(out)) out += '_';
  return out;
}

std::string pascal_case(std::string_view name) {
  std::string out;
  for_each_word(name, [&](const std::string& word) {
    out += static_cast<char>(std::toupper(static_cast<unsigned char>(word.front())));
    out.append(word, 1, std::string::npos);
  });
  if (out.empty()) return "Unnamed";
  if (std::isdigit(static_cast<unsigned char>(out.front())) != 0) out.insert(out.begin(), 'T');
  return out;
}

std::string enumerator_name(std::string_view literal) {
  std::string out = pascal_case(literal);
  if (out == "Unnamed") return literal.empty() ? "Empty" : "Value";
  if (out.front() == 'T' && out.size() > 1 && std::isdigit(static_cast<unsigned char>(out[1])) != 0)
    out[0] = 'V';
  return out;
}

std::string file_stem(std::string_view name) {
  std::string out = identifier(name);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::size_t source_file_of(std::string_view table, std::size_t count) {
  std::uint64_t hash = 0xcbf29ce484222325ull;
  for (const char c : table) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ull;
  }
  return count == 0 ? 0 : static_cast<std::size_t>(hash % count);
}

std::string models_source_name(std::size_t index) {
  return index == 0 ? "models.cpp" : "models_" + std::to_string(index) + ".cpp";
}

std::string NameScope::claim(const std::string& wanted) {
  std::string name = wanted;
  for (int suffix = 2; taken(name); ++suffix) name = wanted + "_" + std::to_string(suffix);
  taken_.insert(name);
  return name;
}

}  // namespace surrealpp::emit::cpp

// Every rule that turns a SurrealDB name into a C++ name lives here, and only here (docs/generated-code.md
// lists them for users). The generator never spells an identifier any other way.
//
//   table `user_profile`      -> struct UserProfile, descriptor struct UserProfileTable, variable
//   user_profile,
//                                header user_profile.hpp
//   field `class`             -> member class_          (C++ keywords and alternative tokens get a trailing
//   `_`) field `first-name`        -> member first_name      (bytes outside [A-Za-z0-9_] become `_`, runs
//   collapse) field `2fa`               -> member _2fa            (a leading digit gets a leading `_`)
//   literal "in-progress"     -> enumerator InProgress  (a leading digit gets a leading `V`)
//   two names that end up equal in one scope: the first (in schema order) keeps it, the next get `_2`, `_3`,
//   …
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <string_view>

namespace surrealpp::emit::cpp {

// True for C++20 keywords, alternative tokens (`and`, `not`, …) and the few macros a standard header may
// define for a lower-case name (`assert`, `errno`, …).
bool is_reserved_word(std::string_view word);

// A legal member/variable identifier that stays as close to `name` as possible (rules in the header comment).
std::string identifier(std::string_view name);

// A type name: `user_profile` -> `UserProfile`, `userProfile` -> `UserProfile`, `2d` -> `T2d`.
std::string pascal_case(std::string_view name);

// An enumerator for a literal string value: `in-progress` -> `InProgress`, `` -> `Empty`, `1st` -> `V1st`.
std::string enumerator_name(std::string_view literal);

// A lower-case file stem for a table: `UserProfile` -> `userprofile`, `user-profile` -> `user_profile`.
std::string file_stem(std::string_view name);

// Which of `count` source files a table's definitions go to (GenerateOptions::source_files): a hash of its
// SurrealDB name (64-bit FNV-1a, the same on every platform and run), so that a table stays in its file as
// others come and go.
std::size_t source_file_of(std::string_view table, std::size_t count);

// The name of source file `index`: `models.cpp` for the first, `models_<index>.cpp` for the others.
std::string models_source_name(std::size_t index);

// The names already taken in one C++ scope; `claim` hands out the wanted name or its first free `_N` variant.
class NameScope {
 public:
  NameScope() = default;
  explicit NameScope(std::set<std::string> taken) : taken_(std::move(taken)) {}

  std::string claim(const std::string& wanted);
  bool taken(const std::string& name) const { return taken_.count(name) != 0; }

 private:
  std::set<std::string> taken_;
};

}  // namespace surrealpp::emit::cpp

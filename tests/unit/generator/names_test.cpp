#include <doctest/doctest.h>

#include "emit/cpp/names.hpp"
#include "emit/cpp/string_literal.hpp"

using namespace surrealpp::emit::cpp;

TEST_CASE("identifier keeps legal names and fixes the rest") {
  CHECK(identifier("name") == "name");
  CHECK(identifier("best_friend") == "best_friend");
  CHECK(identifier("class") == "class_");
  CHECK(identifier("namespace") == "namespace_");
  CHECK(identifier("and") == "and_");
  CHECK(identifier("first-name") == "first_name");
  CHECK(identifier("a  b") == "a_b");
  CHECK(identifier("x__y") == "x_y");
  CHECK(identifier("2fa") == "_2fa");
  CHECK(identifier("_Private") == "x_Private");
  CHECK(identifier("") == "unnamed");
  CHECK(identifier("assert") == "assert_");
}

TEST_CASE("pascal_case makes type names") {
  CHECK(pascal_case("user") == "User");
  CHECK(pascal_case("user_profile") == "UserProfile");
  CHECK(pascal_case("user-profile") == "UserProfile");
  CHECK(pascal_case("userProfile") == "UserProfile");
  CHECK(pascal_case("game_table") == "GameTable");
  CHECK(pascal_case("2d_point") == "T2dPoint");
  CHECK(pascal_case("__") == "Unnamed");
}

TEST_CASE("enumerator_name turns literal strings into enumerators") {
  CHECK(enumerator_name("active") == "Active");
  CHECK(enumerator_name("in-progress") == "InProgress");
  CHECK(enumerator_name("1st") == "V1st");
  CHECK(enumerator_name("") == "Empty");
  CHECK(enumerator_name("!!") == "Value");
}

TEST_CASE("file_stem is a lower-case identifier") {
  CHECK(file_stem("user") == "user");
  CHECK(file_stem("UserProfile") == "userprofile");
  CHECK(file_stem("user-profile") == "user_profile");
  CHECK(file_stem("class") == "class_");
}

TEST_CASE("NameScope hands out the first free variant") {
  NameScope scope({"detail"});
  CHECK(scope.claim("User") == "User");
  CHECK(scope.claim("User") == "User_2");
  CHECK(scope.claim("User") == "User_3");
  CHECK(scope.claim("detail") == "detail_2");
  CHECK(scope.taken("User_2"));
}

TEST_CASE("cpp_string_literal escapes what a C++ string literal cannot hold") {
  CHECK(cpp_string_literal("abc") == "\"abc\"");
  CHECK(cpp_string_literal("a\"b\\c") == "\"a\\\"b\\\\c\"");
  CHECK(cpp_string_literal("line\nbreak") == "\"line\\nbreak\"");
  CHECK(cpp_string_literal("?"
                           "?=") == "\"\\?\\?=\"");  // no trigraph can form
  CHECK(cpp_string_literal(std::string(1, '\x01')) == "\"\\001\"");
  CHECK(comment_text("a\nb\\") == "a b");
}

TEST_CASE("a table's source file is a hash of its name, the same on every platform") {
  // 64-bit FNV-1a: "user" -> 9036332894136256754, "follows" -> 1140330901523065913.
  CHECK(source_file_of("user", 8) == 2);
  CHECK(source_file_of("follows", 8) == 1);
  CHECK(source_file_of("user", 1) == 0);
  CHECK(models_source_name(0) == "models.cpp");
  CHECK(models_source_name(3) == "models_3.cpp");
}

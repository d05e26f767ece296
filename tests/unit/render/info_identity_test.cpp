// INFO strings are already canonical: rendering their IR gives them back, character for character. The
// fixtures are the INFO output of data/source_3x.surql on SurrealDB 3.0.2 and data/source_2x.surql on 2.1.1
// (devdb), one statement per line.
#include <fstream>

#include "render_test_support.hpp"

namespace {

void check_identity(const std::string& file, surrealpp::schema::Syntax syntax) {
  std::ifstream in(std::string(RENDER_TEST_DATA_DIR) + "/" + file);
  REQUIRE(in);
  int lines = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    ++lines;
    INFO(line);
    CHECK(surrealpp::test::canonical(line, syntax, syntax) == line);
  }
  CHECK(lines > 30);
}

}  // namespace

TEST_CASE("3.x INFO strings render back unchanged") {
  check_identity("info_3x.surql", surrealpp::schema::Syntax::V3);
}

TEST_CASE("2.x INFO strings render back unchanged") {
  check_identity("info_2x.surql", surrealpp::schema::Syntax::V2);
}

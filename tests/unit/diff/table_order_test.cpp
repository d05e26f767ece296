#include <doctest/doctest.h>

#include "diff/table_order.hpp"

using surrealpp::schema::diff::view_sources;

TEST_CASE("view sources are the tables after FROM, up to the next clause") {
  CHECK(view_sources("SELECT * FROM person WHERE age > 18") == std::vector<std::string>{"person"});
  CHECK(view_sources("(SELECT count() FROM a, `b c` GROUP ALL)") == std::vector<std::string>{"a", "b c"});
  CHECK(view_sources("SELECT 'FROM x' AS t FROM y") == std::vector<std::string>{"y"});
  CHECK(view_sources("SELECT 1").empty());
}

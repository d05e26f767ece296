// The canonical form of expression text (render/canonical_expression.hpp): one case per rule, each with the
// spelling the source had and the one SurrealDB's INFO gives back.
#include "render/canonical_expression.hpp"

#include <doctest/doctest.h>

using surrealpp::schema::render::canonical_expression;

namespace {

bool same(const char* source, const char* info) {
  return canonical_expression(source) == canonical_expression(info);
}

}  // namespace

TEST_CASE("rule 1: whitespace and comments carry nothing") {
  CHECK(canonical_expression("$value  >\n 0 -- positive") == "$value > 0");
  CHECK(same("fn::a( 1 ,2 )", "fn::a(1, 2)"));
  CHECK_FALSE(same("$value > 0", "$value >= 0"));
}

TEST_CASE("rule 2: object literal keys are sorted and plain keys are bare") {
  CHECK(
      same("{ status: 200, body: { test: 'data', a: 1 } }", "{ body: { a: 1, test: 'data' }, status: 200 }"));
  CHECK(same("{ 'header1': 'value1', \"header2\": 'value2' }", "{ header1: 'value1', header2: 'value2' }"));
  CHECK(canonical_expression("{ 'content-type': 1 }") == "{ 'content-type' : 1 }");
  // Blocks are not objects: their statements keep their order.
  CHECK_FALSE(same("{ LET $b = 1; RETURN $b }", "{ RETURN $b; LET $b = 1 }"));
  // Values are not sorted, only keys.
  CHECK_FALSE(same("{ a: 1, b: 2 }", "{ a: 2, b: 1 }"));
}

TEST_CASE("rule 3: trailing commas are dropped") {
  CHECK(same("[1, 2, ]", "[1, 2]"));
  CHECK(same("{ seed: $s, left: false, }", "{ left: false, seed: $s }"));
  CHECK(same("fn::a(1,)", "fn::a(1)"));
}

TEST_CASE("rule 4: an escaped identifier that needs no escape is a bare word") {
  CHECK(same("SET value = $after.email", "SET `value` = $after.email"));
  CHECK(same("SET ⟨name⟩ = 1", "SET name = 1"));
  CHECK(canonical_expression("`a b`") == "`a b`");
}

TEST_CASE("rule 5: literals are spelled the canonical way") {
  CHECK(same("\"it\"", "'it'"));
  CHECK(same("s'x'", "'x'"));
  CHECK(same("u'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF'", "u'ffffffff-ffff-ffff-ffff-ffffffffffff'"));
  CHECK(same("d'2025-06-22' > birthday", "d'2025-06-22T00:00:00Z' > birthday"));
  CHECK_FALSE(same("d'2025-06-22'", "d'2025-06-23T00:00:00Z'"));
  CHECK_FALSE(same("'2025-06-22'", "d'2025-06-22'"));
}

TEST_CASE("rule 6: IS and IS NOT are the comparisons") {
  CHECK(same("progress IS NOT NONE", "progress != NONE"));
  CHECK(same("a is b", "a = b"));
}

TEST_CASE("rule 7: no `;` before END or ELSE of the legacy IF") {
  CHECK(same("IF foobar == 'foo' THEN RETURN 1; END; RETURN 2",
             "IF foobar == 'foo' THEN RETURN 1 END; RETURN 2"));
  CHECK(same("IF a THEN b; ELSE c; END", "IF a THEN b ELSE c END"));
}

TEST_CASE("rule 8: [*] is .* and GROUP is GROUP BY") {
  CHECK(same("mission_topic_tags[*]", "mission_topic_tags.*"));
  CHECK(same("SELECT math::mean(field) AS mean, g FROM target GROUP g",
             "SELECT math::mean(field) AS mean, g FROM target GROUP BY g"));
  CHECK(same("SELECT count() FROM t GROUP ALL", "SELECT count() FROM t GROUP ALL"));
  CHECK_FALSE(same("a[0]", "a.0"));
}

TEST_CASE("rule 9: a point's coordinates are floats") {
  CHECK(same("[(1,2)]", "[(1f, 2f)]"));
  CHECK(same("(-1, 2.5)", "(-1f, 2.5)"));
  // Not a point: one element in parentheses.
  CHECK_FALSE(same("(1)", "(1f)"));
}

TEST_CASE("canonical idioms are idiom text") {
  using surrealpp::schema::render::canonical_idiom;
  CHECK(canonical_idiom("`all`[*]") == "all.*");
  CHECK(canonical_idiom("flatten…") == "flatten...");
  CHECK(canonical_idiom("flatten...") == "flatten...");
  CHECK(canonical_idiom("index[1]") == "index[1]");
  CHECK(canonical_idiom("`a b`.c") == "`a b`.c");
}

// --syntax 2 and --syntax 3: the rules where SurrealDB 2.x and 3.x parsers disagree.
#include <doctest/doctest.h>

#include "schema_test_support.hpp"

using namespace surrealpp::schema;
using surrealpp::schema::test::parse_errors;
using surrealpp::schema::test::parse_ok;

namespace {

constexpr const char* kLegacySchema = R"(
DEFINE SCOPE account SESSION 24h
  SIGNUP (CREATE user SET email = $email, pass = crypto::argon2::generate($pass))
  SIGNIN (SELECT * FROM user WHERE email = $email AND crypto::argon2::compare(pass, $pass));
DEFINE TOKEN api ON DATABASE TYPE HS512 VALUE 'secret';
DEFINE TABLE user SCHEMAFULL;
DEFINE FIELD meta ON user FLEXIBLE TYPE object;
DEFINE FIELD email ON user TYPE string ASSERT string::is::email($value);
DEFINE FIELD next ON user VALUE <future> { time::now() + 1d };
DEFINE FIELD secret ON user TYPE string PERMISSIONS FOR select, delete WHERE id = $auth.id;
DEFINE ANALYZER simple TOKENIZERS blank FILTERS lowercase;
DEFINE INDEX body ON user FIELDS email SEARCH ANALYZER simple BM25(1.2,0.75) HIGHLIGHTS;
DEFINE INDEX vec ON user FIELDS v MTREE DIMENSION 3 DIST EUCLIDEAN TYPE F32 CAPACITY 40;
)";

}  // namespace

TEST_CASE("a 2.x schema parses with --syntax 2") {
  Schema schema = parse_ok(kLegacySchema, Syntax::V2);
  CHECK(schema.statements.size() == 10);
  CHECK(std::holds_alternative<ScopeDefinition>(schema.statements[0].node));
  CHECK(std::holds_alternative<TokenDefinition>(schema.statements[1].node));
  const auto& vec = std::get<IndexDefinition>(schema.statements[9].node);
  CHECK(vec.kind == IndexDefinition::Kind::MTree);
  CHECK(vec.vector->capacity == "40");
}

TEST_CASE("the same schema fails with --syntax 3, once per 2.x-only form") {
  std::string errors = parse_errors(kLegacySchema);
  CHECK(errors.find(":2:8: error: DEFINE SCOPE is SurrealDB 2.x syntax") != std::string::npos);
  CHECK(errors.find(":5:8: error: DEFINE TOKEN is SurrealDB 2.x syntax") != std::string::npos);
  CHECK(errors.find(":7:27: error: FLEXIBLE must be specified after TYPE") != std::string::npos);
  CHECK(errors.find(":10:65: error: Can't define permission DELETE for fields") != std::string::npos);
  CHECK(errors.find(":12:40: error: SEARCH ANALYZER is SurrealDB 2.x syntax") != std::string::npos);
  CHECK(errors.find(":13:35: error: MTREE indexes were removed") != std::string::npos);
}

TEST_CASE("3.x-only forms fail with --syntax 2") {
  CHECK(parse_errors("DEFINE FIELD total ON t COMPUTED a + b;", Syntax::V2).find("COMPUTED") !=
        std::string::npos);
  CHECK(parse_errors("DEFINE INDEX c ON t COUNT;", Syntax::V2).find("COUNT indexes") != std::string::npos);
}

TEST_CASE("⟨…⟩ names: 3.x resolves backslash escapes, 2.x takes the text between the brackets as it is") {
  const std::string text = "DEFINE TABLE \xE2\x9F\xA8\\0x\xE2\x9F\xA9;";
  CHECK(surrealpp::schema::test::only<TableDefinition>(parse_ok(text, Syntax::V3)).name.value ==
        std::string("\0x", 2));
  CHECK(surrealpp::schema::test::only<TableDefinition>(parse_ok(text, Syntax::V2)).name.value == "\\0x");
}

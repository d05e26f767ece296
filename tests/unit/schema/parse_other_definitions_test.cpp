// DEFINE NAMESPACE / DATABASE / ANALYZER / ACCESS / FUNCTION / PARAM / USER / SEQUENCE / CONFIG / API /
// BUCKET / MODULE and the 2.x SCOPE / TOKEN.
#include <doctest/doctest.h>

#include "schema_test_support.hpp"

using namespace surrealpp::schema;
using surrealpp::schema::test::only;
using surrealpp::schema::test::parse_errors;
using surrealpp::schema::test::parse_ok;

TEST_CASE("namespace and database, with NS / DB aliases") {
  CHECK(only<NamespaceDefinition>(parse_ok("DEFINE NS app COMMENT 'x';")).name.value == "app");
  const auto& database =
      only<DatabaseDefinition>(parse_ok("DEFINE DB IF NOT EXISTS main STRICT CHANGEFEED 3d;"));
  CHECK(database.mode == DefineMode::IfNotExists);
  CHECK(database.strict);
  CHECK(database.changefeed->duration == "3d");
}

TEST_CASE("analyzer with function, tokenizers and filters with arguments") {
  const auto& analyzer =
      only<AnalyzerDefinition>(parse_ok("DEFINE ANALYZER english FUNCTION fn::strip TOKENIZERS blank,class "
                                        "FILTERS lowercase,snowball(english),edgengram(1,3);"));
  CHECK(analyzer.function == "fn::strip");
  CHECK(analyzer.tokenizers == std::vector<std::string>{"blank", "class"});
  REQUIRE(analyzer.filters.size() == 3);
  CHECK(analyzer.filters[1].text == "snowball(english)");
  CHECK(analyzer.filters[2].text == "edgengram(1,3)");
}

TEST_CASE("record access with SIGNUP, SIGNIN, WITH JWT, WITH REFRESH, AUTHENTICATE and DURATION") {
  const auto& access = only<AccessDefinition>(parse_ok(
      "DEFINE ACCESS account ON DATABASE TYPE RECORD SIGNUP (CREATE user SET email = $email) "
      "SIGNIN (SELECT * FROM user WHERE email = $email) WITH JWT ALGORITHM HS512 KEY 'secret' WITH REFRESH "
      "AUTHENTICATE { RETURN $auth; } DURATION FOR GRANT 30d, FOR TOKEN 15m, FOR SESSION 12h;"));
  CHECK(access.base == Base::Database);
  CHECK(access.type == AccessDefinition::Type::Record);
  CHECK(access.signup->text == "(CREATE user SET email = $email)");
  CHECK(access.signin->text == "(SELECT * FROM user WHERE email = $email)");
  REQUIRE(access.jwt);
  CHECK(access.jwt->algorithm == "HS512");
  CHECK(access.jwt->key->text == "'secret'");
  CHECK(access.with_refresh);
  CHECK(access.authenticate->text == "{ RETURN $auth; }");
  CHECK(access.durations->grant->text == "30d");
  CHECK(access.durations->token->text == "15m");
  CHECK(access.durations->session->text == "12h");
}

TEST_CASE("JWT access with URL and issuer, bearer access") {
  const auto& jwt =
      only<AccessDefinition>(parse_ok("DEFINE ACCESS $name ON ROOT TYPE JWT URL \"https://x/jwks.json\" WITH "
                                      "ISSUER ALGORITHM ES512 KEY $issuer;"));
  CHECK(jwt.base == Base::Root);
  CHECK(jwt.jwt->url->text == "\"https://x/jwks.json\"");
  CHECK(jwt.jwt->with_issuer);
  CHECK(jwt.jwt->issuer_algorithm == "ES512");
  CHECK(jwt.jwt->issuer_key->text == "$issuer");
  const auto& bearer =
      only<AccessDefinition>(parse_ok("DEFINE ACCESS api ON NAMESPACE TYPE BEARER FOR USER;"));
  CHECK(bearer.type == AccessDefinition::Type::Bearer);
  CHECK(bearer.bearer_subject == "USER");
}

TEST_CASE("function with typed parameters, return type, body, PERMISSIONS and COMMENT") {
  const auto& function = only<FunctionDefinition>(
      parse_ok("DEFINE FUNCTION fn::cast_vote($player: record<player>, $choice: string) -> object {\n"
               "  LET $v = CREATE vote SET player = $player, choice = $choice;\n  RETURN $v;\n} "
               "COMMENT 'votes' PERMISSIONS WHERE $auth != NONE;"));
  CHECK(function.name.value == "fn::cast_vote");
  REQUIRE(function.parameters.size() == 2);
  CHECK(function.parameters[0].name == "player");
  CHECK(function.parameters[0].type.kind == Type::Kind::Record);
  CHECK(function.parameters[1].type.kind == Type::Kind::String);
  CHECK(function.returns->kind == Type::Kind::Object);
  CHECK(function.body.text.front() == '{');
  CHECK(function.body.text.back() == '}');
  CHECK(function.body.text.find("RETURN $v;") != std::string::npos);
  CHECK(function.comment->text == "'votes'");
  CHECK(function.permissions->rules[0].condition->text == "$auth != NONE");
}

TEST_CASE("param, user, sequence") {
  const auto& param = only<ParamDefinition>(parse_ok("DEFINE PARAM $limit VALUE 100 PERMISSIONS FULL;"));
  CHECK(param.name.value == "limit");
  CHECK(param.value->text == "100");
  const auto& user = only<UserDefinition>(parse_ok(
      "DEFINE USER admin ON ROOT PASSWORD 'pw' ROLES OWNER, EDITOR DURATION FOR TOKEN 1h, FOR SESSION 1d;"));
  CHECK(user.base == Base::Root);
  CHECK(user.password->text == "'pw'");
  CHECK(user.roles == std::vector<std::string>{"OWNER", "EDITOR"});
  CHECK(user.durations->session->text == "1d");
  const auto& sequence =
      only<SequenceDefinition>(parse_ok("DEFINE SEQUENCE seq BATCH 250 START -25 TIMEOUT 5s;"));
  CHECK(sequence.batch == "250");
  CHECK(sequence.start == "-25");
  CHECK(sequence.timeout->text == "5s");
}

TEST_CASE("config, api, bucket and module keep their clauses") {
  const auto& config = only<ConfigDefinition>(parse_ok("DEFINE CONFIG GRAPHQL TABLES INCLUDE foo, bar;"));
  CHECK(config.kind == "GRAPHQL");
  CHECK(config.body->text == "TABLES INCLUDE foo, bar");
  const auto& api = only<ApiDefinition>(parse_ok(
      "DEFINE API \"/users/:id\" FOR get MIDDLEWARE api::timeout(1s) THEN { RETURN { status: 200 }; };"));
  CHECK(api.path.value == "/users/:id");
  CHECK(api.body->text == "FOR get MIDDLEWARE api::timeout(1s) THEN { RETURN { status: 200 }; }");
  const auto& bucket =
      only<BucketDefinition>(parse_ok("DEFINE BUCKET avatars BACKEND \"memory\" READONLY COMMENT 'x';"));
  CHECK(bucket.backend->text == "\"memory\"");
  CHECK(bucket.readonly);
  const auto& module =
      only<ModuleDefinition>(parse_ok("DEFINE MODULE mod::demo AS f\"modules:/demo.surli\";"));
  CHECK(module.name.value == "mod::demo");
  CHECK(module.body->text == "AS f\"modules:/demo.surli\"");
}

TEST_CASE("2.x DEFINE SCOPE and DEFINE TOKEN parse with --syntax 2, are errors for 3.x") {
  const auto& scope = only<ScopeDefinition>(
      parse_ok("DEFINE SCOPE account SESSION 24h SIGNUP (CREATE user SET a = 1) SIGNIN (SELECT * FROM user);",
               Syntax::V2));
  CHECK(scope.session == "24h");
  CHECK(scope.signin->text == "(SELECT * FROM user)");
  const auto& token = only<TokenDefinition>(
      parse_ok("DEFINE TOKEN tk ON SCOPE account TYPE HS512 VALUE 'secret';", Syntax::V2));
  CHECK(token.base == Base::Scope);
  CHECK(token.scope->value == "account");
  CHECK(token.algorithm == "HS512");
  CHECK(parse_errors("DEFINE SCOPE account SESSION 1h;").find("DEFINE ACCESS") != std::string::npos);
  CHECK(parse_errors("DEFINE TOKEN t ON DATABASE TYPE HS512 VALUE 'x';").find("TYPE JWT") !=
        std::string::npos);
}

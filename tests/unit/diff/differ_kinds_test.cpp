// One test per statement kind: create, change and remove, with the SurrealQL each direction runs.
#include "diff_test_support.hpp"

using namespace difftest;

TEST_CASE("table: create, redefine with OVERWRITE, remove") {
  auto created = plan_of("", "DEFINE TABLE user SCHEMAFULL;");
  CHECK(created.operations.at(0).up == std::vector<std::string>{"DEFINE TABLE user SCHEMAFULL"});
  CHECK(created.operations.at(0).down == std::vector<std::string>{"REMOVE TABLE user"});
  CHECK(created.operations.at(0).up_safety == Safety::Safe);
  CHECK(created.operations.at(0).down_safety == Safety::Unsafe);

  auto changed = plan_of("DEFINE TABLE user SCHEMALESS;", "DEFINE TABLE user SCHEMAFULL;");
  const auto& op = changed.operations.at(0);
  CHECK(op.action == Action::Redefine);
  CHECK(op.up == std::vector<std::string>{"DEFINE TABLE OVERWRITE user SCHEMAFULL"});
  CHECK(op.down == std::vector<std::string>{"DEFINE TABLE OVERWRITE user SCHEMALESS"});
  CHECK(op.up_safety == Safety::Unsafe);  // rows may hold undefined fields
  CHECK(op.down_safety == Safety::Safe);

  auto commented = plan_of("DEFINE TABLE user;", "DEFINE TABLE user COMMENT 'people';");
  CHECK(commented.operations.at(0).up_safety == Safety::Safe);

  auto removed = plan_of("DEFINE TABLE user;", "");
  CHECK(removed.operations.at(0).up == std::vector<std::string>{"REMOVE TABLE user"});
  CHECK(removed.operations.at(0).up_safety == Safety::Unsafe);
}

TEST_CASE("relation table: IN/OUT change is UNSAFE") {
  auto plan = plan_of("DEFINE TABLE a; DEFINE TABLE b; DEFINE TABLE e TYPE RELATION IN a OUT a;",
                      "DEFINE TABLE a; DEFINE TABLE b; DEFINE TABLE e TYPE RELATION IN a OUT b;");
  const auto& op = find_op(plan, "redefine table e");
  CHECK(op.up_safety == Safety::Unsafe);
  CHECK(op.up.at(0).rfind("DEFINE TABLE OVERWRITE e TYPE RELATION", 0) == 0);
}

TEST_CASE("index: create, change (REMOVE + DEFINE), remove") {
  const std::string base =
      "DEFINE TABLE t; DEFINE FIELD a ON t TYPE string; DEFINE FIELD b ON t TYPE string;";
  auto created = plan_of(base, base + "DEFINE INDEX i ON t FIELDS a;");
  CHECK(created.operations.at(0).up == std::vector<std::string>{"DEFINE INDEX i ON t FIELDS a"});
  CHECK(created.operations.at(0).down == std::vector<std::string>{"REMOVE INDEX i ON t"});
  CHECK(created.operations.at(0).up_safety == Safety::Safe);

  auto unique = plan_of(base, base + "DEFINE INDEX i ON t FIELDS a UNIQUE;");
  CHECK(unique.operations.at(0).up_safety == Safety::Unsafe);  // duplicates in existing rows fail it

  auto changed = plan_of(base + "DEFINE INDEX i ON t FIELDS a;", base + "DEFINE INDEX i ON t FIELDS a, b;");
  const auto& op = changed.operations.at(0);
  CHECK(op.up == std::vector<std::string>{"REMOVE INDEX i ON t", "DEFINE INDEX i ON t FIELDS a, b"});
  CHECK(op.down == std::vector<std::string>{"REMOVE INDEX i ON t", "DEFINE INDEX i ON t FIELDS a"});

  auto removed = plan_of(base + "DEFINE INDEX i ON t FIELDS a;", base);
  CHECK(removed.operations.at(0).up == std::vector<std::string>{"REMOVE INDEX i ON t"});
  CHECK(removed.operations.at(0).up_safety == Safety::Safe);
}

TEST_CASE("event: create, redefine with OVERWRITE, remove") {
  const std::string base = "DEFINE TABLE t;";
  auto created = plan_of(base, base + "DEFINE EVENT e ON t WHEN $event = 'CREATE' THEN { CREATE log; };");
  CHECK(created.operations.at(0).describe() == "define event e on t");
  CHECK(created.operations.at(0).down == std::vector<std::string>{"REMOVE EVENT e ON t"});
  auto changed = plan_of(base + "DEFINE EVENT e ON t THEN { CREATE log; };",
                         base + "DEFINE EVENT e ON t THEN { CREATE audit; };");
  CHECK(changed.operations.at(0).up.at(0).rfind("DEFINE EVENT OVERWRITE e ON t", 0) == 0);
  auto removed = plan_of(base + "DEFINE EVENT e ON t THEN {};", base);
  CHECK(removed.operations.at(0).up == std::vector<std::string>{"REMOVE EVENT e ON t"});
}

TEST_CASE("analyzer: defined before the full-text index that uses it, removed after it") {
  const std::string with =
      "DEFINE ANALYZER simple TOKENIZERS blank FILTERS lowercase; DEFINE TABLE t; "
      "DEFINE FIELD body ON t TYPE string; DEFINE INDEX ft ON t FIELDS body FULLTEXT ANALYZER "
      "simple BM25;";
  auto created = plan_of("DEFINE TABLE t; DEFINE FIELD body ON t TYPE string;", with);
  CHECK(index_of(created, "define analyzer simple") < index_of(created, "define index ft on t"));
  auto removed = plan_of(with, "DEFINE TABLE t; DEFINE FIELD body ON t TYPE string;");
  CHECK(index_of(removed, "remove index ft on t") < index_of(removed, "remove analyzer simple"));
  CHECK(find_op(removed, "remove analyzer simple").up == std::vector<std::string>{"REMOVE ANALYZER simple"});
}

TEST_CASE("function: create, redefine, remove") {
  auto created = plan_of("", "DEFINE FUNCTION fn::greet($name: string) { RETURN 'hi ' + $name; };");
  CHECK(created.operations.at(0).describe() == "define function fn::greet");
  CHECK(created.operations.at(0).down == std::vector<std::string>{"REMOVE FUNCTION fn::greet"});
  auto changed = plan_of("DEFINE FUNCTION fn::greet($name: string) { RETURN 'hi ' + $name; };",
                         "DEFINE FUNCTION fn::greet($name: string) { RETURN 'hello ' + $name; };");
  CHECK(changed.operations.at(0).up.at(0).rfind("DEFINE FUNCTION OVERWRITE fn::greet", 0) == 0);
  auto removed = plan_of("DEFINE FUNCTION fn::greet() { RETURN 1; };", "");
  CHECK(removed.operations.at(0).up == std::vector<std::string>{"REMOVE FUNCTION fn::greet"});
}

TEST_CASE("param: create, redefine, remove") {
  auto created = plan_of("", "DEFINE PARAM $limit VALUE 10;");
  CHECK(created.operations.at(0).down == std::vector<std::string>{"REMOVE PARAM $limit"});
  auto changed = plan_of("DEFINE PARAM $limit VALUE 10;", "DEFINE PARAM $limit VALUE 20;");
  CHECK(changed.operations.at(0).up.at(0).rfind("DEFINE PARAM OVERWRITE $limit", 0) == 0);
}

TEST_CASE("access and user: keyed by their level") {
  auto created =
      plan_of("",
              "DEFINE ACCESS account ON DATABASE TYPE RECORD SIGNIN (SELECT * FROM user) DURATION FOR "
              "SESSION 1h; DEFINE USER admin ON DATABASE PASSWORD 'secret' ROLES OWNER;");
  CHECK(find_op(created, "define access account").down ==
        std::vector<std::string>{"REMOVE ACCESS account ON DATABASE"});
  CHECK(find_op(created, "define user admin").down ==
        std::vector<std::string>{"REMOVE USER admin ON DATABASE"});
  auto moved = plan_of("DEFINE USER admin ON DATABASE PASSWORD 'x' ROLES OWNER;",
                       "DEFINE USER admin ON NAMESPACE PASSWORD 'x' ROLES OWNER;");
  CHECK(index_of(moved, "remove user admin") < index_of(moved, "define user admin"));
}

TEST_CASE("sequence: removal loses its position") {
  auto removed = plan_of("DEFINE SEQUENCE ticket START 100;", "");
  CHECK(removed.operations.at(0).up == std::vector<std::string>{"REMOVE SEQUENCE ticket"});
  CHECK(removed.operations.at(0).up_safety == Safety::DataLoss);
}

TEST_CASE("2.x syntax: scopes and tokens are diffed too") {
  auto created = plan_of("", "DEFINE SCOPE account SESSION 1h SIGNIN (SELECT * FROM user);", Syntax::V2);
  CHECK(created.operations.at(0).describe() == "define scope account");
  CHECK(created.operations.at(0).down == std::vector<std::string>{"REMOVE SCOPE account"});
}

TEST_CASE("bucket, config, API: create, redefine with OVERWRITE, remove") {
  struct Kind {
    const char* define;
    const char* changed;
    const char* description;
    const char* remove;
  };
  for (const Kind& kind : {
           Kind{"DEFINE BUCKET files BACKEND \"memory\";", "DEFINE BUCKET files READONLY BACKEND \"memory\";",
                "bucket files", "REMOVE BUCKET files"},
           Kind{"DEFINE CONFIG GRAPHQL AUTO;", "DEFINE CONFIG GRAPHQL TABLES NONE;", "config GRAPHQL",
                "REMOVE CONFIG GRAPHQL"},
           Kind{"DEFINE API \"/hello\" FOR get THEN { RETURN { status: 200 }; };",
                "DEFINE API \"/hello\" FOR get THEN { RETURN { status: 201 }; };", "api /hello",
                "REMOVE API '/hello'"},
       }) {
    INFO(kind.define);
    auto created = plan_of("", kind.define);
    REQUIRE(created.operations.size() == 1);
    CHECK(created.operations.at(0).describe() == std::string("define ") + kind.description);
    CHECK(created.operations.at(0).down == std::vector<std::string>{kind.remove});
    auto changed = plan_of(kind.define, kind.changed);
    REQUIRE(changed.operations.size() == 1);
    CHECK(changed.operations.at(0).action == Action::Redefine);
    CHECK(changed.operations.at(0).up.at(0).find("OVERWRITE") != std::string::npos);
    auto removed = plan_of(kind.define, "");
    CHECK(removed.operations.at(0).up == std::vector<std::string>{kind.remove});
    CHECK(plan_of(kind.define, kind.define).operations.empty());
  }
}

TEST_CASE("module: create, redefine with OVERWRITE, remove, all SAFE") {
  const std::string demo = "DEFINE MODULE mod::demo AS f\"modules:/demo.surli\";";
  auto created = plan_of("", demo);
  REQUIRE(created.operations.size() == 1);
  CHECK(created.operations.at(0).describe() == "define module mod::demo");
  CHECK(created.operations.at(0).up ==
        std::vector<std::string>{"DEFINE MODULE mod::demo AS f\"modules:/demo.surli\""});
  CHECK(created.operations.at(0).down == std::vector<std::string>{"REMOVE MODULE mod::demo"});
  CHECK(created.operations.at(0).down_safety == Safety::Safe);

  auto changed = plan_of(demo, "DEFINE MODULE mod::demo AS f\"modules:/demo2.surli\";");
  REQUIRE(changed.operations.size() == 1);
  CHECK(changed.operations.at(0).action == Action::Redefine);
  CHECK(changed.operations.at(0).up ==
        std::vector<std::string>{"DEFINE MODULE OVERWRITE mod::demo AS f\"modules:/demo2.surli\""});
  CHECK(changed.operations.at(0).down ==
        std::vector<std::string>{"DEFINE MODULE OVERWRITE mod::demo AS f\"modules:/demo.surli\""});

  auto removed = plan_of(demo, "");
  REQUIRE(removed.operations.size() == 1);
  CHECK(removed.operations.at(0).up == std::vector<std::string>{"REMOVE MODULE mod::demo"});
  CHECK(removed.operations.at(0).up_safety == Safety::Safe);
  CHECK(plan_of(demo, demo).empty());
}

TEST_CASE("model: keyed by name and version; removal loses the imported weights (DATA_LOSS)") {
  const std::string model = "DEFINE MODEL ml::sentiment<1.0.0> COMMENT 'v1';";
  auto created = plan_of("", model);
  REQUIRE(created.operations.size() == 1);
  CHECK(created.operations.at(0).describe() == "define model ml::sentiment<1.0.0>");
  CHECK(created.operations.at(0).up ==
        std::vector<std::string>{"DEFINE MODEL ml::sentiment<1.0.0> COMMENT 'v1'"});
  CHECK(created.operations.at(0).down == std::vector<std::string>{"REMOVE MODEL ml::sentiment<1.0.0>"});
  CHECK(created.operations.at(0).up_safety == Safety::Safe);
  CHECK(created.operations.at(0).down_safety == Safety::DataLoss);

  auto changed = plan_of(model, "DEFINE MODEL ml::sentiment<1.0.0> COMMENT 'first';");
  REQUIRE(changed.operations.size() == 1);
  CHECK(changed.operations.at(0).up ==
        std::vector<std::string>{"DEFINE MODEL OVERWRITE ml::sentiment<1.0.0> COMMENT 'first'"});
  CHECK(changed.operations.at(0).up_safety == Safety::Safe);

  // another version is another model: the old one goes, the new one comes
  auto versioned = plan_of(model, "DEFINE MODEL ml::sentiment<2.0.0> COMMENT 'v1';");
  CHECK(descriptions(versioned) ==
        std::vector<std::string>{"remove model ml::sentiment<1.0.0>", "define model ml::sentiment<2.0.0>"});

  auto removed = plan_of(model, "");
  REQUIRE(removed.operations.size() == 1);
  CHECK(removed.operations.at(0).up == std::vector<std::string>{"REMOVE MODEL ml::sentiment<1.0.0>"});
  CHECK(removed.operations.at(0).up_safety == Safety::DataLoss);
  CHECK(removed.operations.at(0).down_safety == Safety::Safe);
}

TEST_CASE("statements that are not definitions become warnings, not operations") {
  auto plan = plan_of("", "DEFINE TABLE t; CREATE t:1 SET a = 1;");
  CHECK(plan.operations.size() == 1);
  CHECK(plan.warnings.size() == 1);
}

// The rendered files: which there are, what the generators put in them, determinism, template overrides.
#include <algorithm>
#include <filesystem>
#include <fstream>

#include "emit/cpp/names.hpp"
#include "generator_test_support.hpp"

using namespace generator_test;

namespace {
const char* const kSchema = R"(
DEFINE TABLE user SCHEMAFULL;
DEFINE FIELD name ON user TYPE string;
DEFINE FIELD age ON user TYPE option<int>;
DEFINE FIELD created ON user TYPE datetime DEFAULT time::now() READONLY;
DEFINE FIELD best_friend ON user TYPE option<record<user>>;
DEFINE FIELD role ON user TYPE "admin" | "member";
DEFINE FIELD address ON user TYPE object;
DEFINE FIELD address.city ON user TYPE string;
DEFINE TABLE follows TYPE RELATION IN user OUT user;
DEFINE FIELD since ON follows TYPE datetime;
DEFINE FUNCTION fn::greet($who: string) -> string { RETURN "hi " + $who; };
)";
}  // namespace

TEST_CASE("one header per table, the umbrella, the shared headers and one source file") {
  auto files = generate(kSchema);
  std::vector<std::string> paths;
  for (const auto& f : files) paths.push_back(f.path);
  std::sort(paths.begin(), paths.end());
  CHECK(paths == std::vector<std::string>{"app/follows.hpp", "app/functions.hpp", "app/fwd.hpp",
                                          "app/models.cpp", "app/models.hpp", "app/support.hpp",
                                          "app/user.hpp"});
  const auto& models = file(files, "app/models.hpp");
  CHECK(contains(models, "#include \"user.hpp\""));
  CHECK(contains(models, "#include \"follows.hpp\""));
  CHECK(contains(models, "#include \"functions.hpp\""));
}

TEST_CASE("the struct generator writes DESIGN.md's model") {
  const auto& user = file(generate(kSchema), "app/user.hpp");
  CHECK(contains(user, "struct User {\n  surreal::RecordId id{};\n  UserAddress address{};"));
  CHECK(contains(user, "  std::string name{};"));
  CHECK(contains(user, "  std::optional<std::int64_t> age{};  // option<int>\n"));
  CHECK(contains(
      user, "  std::optional<surreal::Datetime> created{};  // datetime; set by the server when absent\n"));
  CHECK(contains(user, "  std::optional<surreal::Link<User>> best_friend{};"));
  CHECK(contains(user, "  UserAddress address{};"));
  CHECK(contains(user, "struct UserAddress {\n  std::string city{};"));
  // the nested struct comes before the struct that holds it
  CHECK(user.find("struct UserAddress {") < user.find("struct User {"));
}

TEST_CASE("the codec generator writes every member and names the table on errors") {
  auto files = generate(kSchema);
  const auto& source = file(files, "app/models.cpp");
  CHECK(contains(source, "#include \"models.hpp\"\n"));
  CHECK(contains(source, "surreal::Value surreal::Codec<app::User>::encode(const app::User& model) {"));
  CHECK(contains(
      source,
      "if (!model.id.table().empty()) object.insert_or_assign(\"id\", surreal::to_value(model.id));"));
  CHECK(contains(source, "surreal::encode_field(object, \"age\", model.age);"));
  CHECK(contains(source, "surreal::decode_field_or_keep(object, \"id\", model.id);"));
  CHECK(contains(source, "app::detail::throw_record_error(error, \"user\", object);"));
  CHECK(contains(
      source,
      "if (!model.in.id().table().empty()) object.insert_or_assign(\"in\", surreal::to_value(model.in));"));
  CHECK(contains(source, "void app::detail::JsonReviver<app::UserAddress>::revive(surreal::Value& value) {"));
  CHECK(contains(source,
                 "  app::detail::revive_field<std::optional<surreal::Datetime>>(*object, \"created\");"));
  // inner structs first, and nothing inline: each definition is compiled once, in this file
  CHECK(source.find("surreal::Codec<app::UserAddress>::encode") <
        source.find("surreal::Codec<app::User>::encode"));
  CHECK_FALSE(contains(source, "\ninline "));
}

TEST_CASE("the headers declare the codecs and JSON revivers, and define none") {
  auto files = generate(kSchema);
  const auto& user = file(files, "app/user.hpp");
  CHECK(contains(user,
                 "template <>\nstruct surreal::Codec<app::User> {\n"
                 "  static surreal::Value encode(const app::User& model);  // defined in models.cpp\n"
                 "  static app::User decode(const surreal::Value& value);\n};"));
  CHECK(contains(user,
                 "template <>\nstruct app::detail::JsonReviver<app::User> {\n"
                 "  static void revive(surreal::Value& value);  // defined in models.cpp\n};"));
  for (const auto& f : files) {
    if (f.path.ends_with(".cpp")) continue;
    INFO(f.path);
    CHECK_FALSE(contains(f.content, "surreal::Codec<app::User>::encode"));
    CHECK_FALSE(contains(f.content, "revive_field<std::string>"));
  }
}

TEST_CASE("the enum generator writes the enum, its strings and EnumNames") {
  const auto& user = file(generate(kSchema), "app/user.hpp");
  CHECK(contains(user, "enum class UserRole {\n  Admin,  // \"admin\"\n  Member,  // \"member\"\n};"));
  CHECK(contains(user, "case UserRole::Admin: return \"admin\";"));
  CHECK(contains(user, "struct surreal::EnumNames<app::UserRole> {"));
  CHECK(contains(user, "{ app::UserRole::Member, \"member\" },"));
}

TEST_CASE("the descriptor generator writes the query builder's shape") {
  auto files = generate(kSchema);
  const auto& user = file(files, "app/user.hpp");
  CHECK(contains(user,
                 "struct UserAddressColumn : surreal::Column<UserTable, UserAddress> {\n"
                 "  constexpr UserAddressColumn() : Column(\"address\") {}\n"
                 "  using Column::operator=;\n"
                 "  static const surreal::Column<UserTable, std::string> city;\n};"));
  CHECK(contains(user, "  static const surreal::Column<UserTable, std::optional<std::int64_t>> age;\n"));
  CHECK(contains(user, "  UserAddressColumn address{};\n"));
  CHECK(contains(user, "inline constexpr UserTable user{};"));
  CHECK(contains(user, "static constexpr std::array<surreal::ColumnInfo, 8> columns{ {"));
  CHECK(
      contains(user, "{ \"address.city\", surreal::ColumnKind::String, false, surreal::ColumnKind::Any },"));
  CHECK(contains(user, "using in_model = void;"));
  const auto& follows = file(files, "app/follows.hpp");
  CHECK(contains(follows, "static constexpr bool is_relation = true;"));
  CHECK(contains(follows, "using in_model = app::User;"));
  CHECK(contains(follows, "#include \"user.hpp\""));
}

TEST_CASE("the static columns are defined once, in models.cpp") {
  auto files = generate(kSchema);
  const auto& source = file(files, "app/models.cpp");
  CHECK(contains(
      source,
      "namespace app {\nconst surreal::Column<UserTable, surreal::RecordId> UserTable::id{\"id\"};\n"));
  CHECK(contains(source, "\nconst surreal::Column<UserTable, std::string> UserTable::name{\"name\"};\n"));
  CHECK(contains(
      source, "const surreal::Column<UserTable, std::string> UserAddressColumn::city{\"address.city\"};\n"));
  CHECK(contains(source,
                 "const surreal::Column<FollowsTable, surreal::Datetime> FollowsTable::since{\"since\"};\n"));
  // the nested object's column struct stays a member of the descriptor: it is not defined here
  CHECK_FALSE(contains(source, "UserTable::address"));
}

TEST_CASE("the function generator writes typed calls") {
  const auto& functions = file(generate(kSchema), "app/functions.hpp");
  CHECK(contains(functions, "namespace app::fn {"));
  CHECK(contains(functions,
                 "template <class Result = std::string>\n"
                 "Result greet(surreal::Client& db, const std::string& who) {\n"
                 "  return db.call<Result>(\"fn::greet\", surreal::Array{ surreal::to_value(who) });"));
}

TEST_CASE("output is deterministic") {
  surrealpp::emit::cpp::GenerateOptions options;
  options.sources = {"/somewhere/app.surql"};
  auto first = generate(kSchema, options);
  auto second = generate(kSchema, options);
  REQUIRE(first.size() == second.size());
  for (std::size_t i = 0; i < first.size(); ++i) {
    CHECK(first[i].path == second[i].path);
    CHECK(first[i].content == second[i].content);
  }
  // the build folder does not leak into the text: only the file name is named
  CHECK(contains(first[0].content, "Generated by surrealpp from app.surql."));
  CHECK_FALSE(contains(first[0].content, "/somewhere"));
}

TEST_CASE("members, tables and functions come in name order, whatever the order of the schema") {
  const auto& user = file(generate(kSchema), "app/user.hpp");
  const std::string_view body = std::string_view(user).substr(user.find("struct User {"));
  std::vector<std::size_t> at;
  for (const char* member :
       {" id{};", " address{};", " age{};", " best_friend{};", " created{};", " name{};", " role{};"})
    at.push_back(body.find(member));
  CHECK(std::find(at.begin(), at.end(), std::string_view::npos) == at.end());
  CHECK(std::is_sorted(at.begin(), at.end()));

  const char* const reordered = R"(
DEFINE FUNCTION fn::greet($who: string) -> string { RETURN "hi " + $who; };
DEFINE TABLE follows TYPE RELATION IN user OUT user;
DEFINE FIELD since ON follows TYPE datetime;
DEFINE TABLE user SCHEMAFULL;
DEFINE FIELD address ON user TYPE object;
DEFINE FIELD role ON user TYPE "admin" | "member";
DEFINE FIELD best_friend ON user TYPE option<record<user>>;
DEFINE FIELD address.city ON user TYPE string;
DEFINE FIELD created ON user TYPE datetime DEFAULT time::now() READONLY;
DEFINE FIELD age ON user TYPE option<int>;
DEFINE FIELD name ON user TYPE string;
)";
  const auto original = generate(kSchema), moved = generate(reordered);
  REQUIRE(original.size() == moved.size());
  for (std::size_t i = 0; i < original.size(); ++i) {
    CAPTURE(original[i].path);
    CHECK(original[i].path == moved[i].path);
    CHECK(original[i].content == moved[i].content);
  }
}

TEST_CASE("member comments spell the SurrealQL type the way INFO and the source agree on") {
  const auto& t =
      file(generate("DEFINE TABLE t SCHEMAFULL; DEFINE FIELD a ON t TYPE none | int;"
                    "DEFINE FIELD b ON t TYPE option<int>; DEFINE FIELD c ON t TYPE 'x' | \"y\";"),
           "app/t.hpp");
  CHECK(contains(t, "a{};  // option<int>\n"));
  CHECK(contains(t, "b{};  // option<int>\n"));
  CHECK(contains(t, "c{};  // 'x' | 'y'\n"));
}

TEST_CASE("nested namespaces become folders") {
  surrealpp::emit::cpp::GenerateOptions options;
  options.cpp_namespace = "acme::store";
  auto files = generate("DEFINE TABLE item SCHEMAFULL;", options);
  CHECK(contains(file(files, "acme/store/item.hpp"), "namespace acme::store {"));
}

TEST_CASE("--templates replaces a template by name") {
  auto dir = std::filesystem::temp_directory_path() / "surrealpp_template_override_test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "fwd.mustache") << "// my fwd for {{namespace}}\n";
  surrealpp::emit::cpp::GenerateOptions options;
  options.templates_dir = dir;
  auto files = generate("DEFINE TABLE item SCHEMAFULL;", options);
  CHECK(file(files, "app/fwd.hpp") == "// my fwd for app\n");
  CHECK(contains(file(files, "app/item.hpp"), "struct Item {"));  // the others stay embedded
  std::filesystem::remove_all(dir);

  options.templates_dir = dir / "missing";
  CHECK_THROWS_AS(generate("DEFINE TABLE item;", options), surrealpp::emit::cpp::GenerateError);
}

TEST_CASE("the definitions split into several source files: each table in the file its name hashes to") {
  surrealpp::emit::cpp::GenerateOptions options;
  options.source_files = 8;
  auto files = generate(kSchema, options);
  std::vector<std::string> sources;
  for (const auto& f : files)
    if (f.path.size() > 4 && f.path.compare(f.path.size() - 4, 4, ".cpp") == 0) sources.push_back(f.path);
  std::sort(sources.begin(), sources.end());
  CHECK(sources == std::vector<std::string>{"app/models.cpp", "app/models_1.cpp", "app/models_2.cpp",
                                            "app/models_3.cpp", "app/models_4.cpp", "app/models_5.cpp",
                                            "app/models_6.cpp", "app/models_7.cpp"});
  const auto& user_part = file(files, "app/models_2.cpp");     // "user" hashes to 2 of 8
  const auto& follows_part = file(files, "app/models_1.cpp");  // "follows" to 1
  CHECK(contains(user_part, "// Part 3 of 8 (surrealpp generate --source-files 8)"));
  CHECK(contains(user_part, "#include \"user.hpp\"\n"));
  CHECK_FALSE(contains(user_part, "#include \"models.hpp\""));
  CHECK_FALSE(contains(user_part, "#include \"follows.hpp\""));
  CHECK(contains(user_part, "surreal::Value surreal::Codec<app::User>::encode(const app::User& model) {"));
  CHECK(
      contains(user_part, "surreal::Codec<app::UserAddress>::encode"));  // nested structs go with their table
  CHECK(contains(follows_part, "#include \"follows.hpp\"\n"));
  CHECK(contains(follows_part, "surreal::Codec<app::Follows>::encode"));
  // Every definition is in exactly one file: the parts hold what the single models.cpp holds.
  const auto whole = file(generate(kSchema), "app/models.cpp");
  for (const char* definition :
       {"surreal::Codec<app::User>::encode", "surreal::Codec<app::Follows>::decode", "UserTable::name"}) {
    CAPTURE(definition);
    int found = 0;
    for (const auto& path : sources) found += contains(file(files, path), definition) ? 1 : 0;
    CHECK(found == (contains(whole, definition) ? 1 : 0));
  }
  // A file no table hashes to still exists (the build knows the file set before generating), holding nothing.
  CHECK_FALSE(contains(file(files, "app/models_5.cpp"), "#include"));
}

TEST_CASE("adding a table changes only the source file it lands in") {
  surrealpp::emit::cpp::GenerateOptions options;
  options.source_files = 8;
  const auto before = generate(kSchema, options);
  const auto after = generate(std::string(kSchema) +
                                  "DEFINE TABLE shop SCHEMAFULL;\n"
                                  "DEFINE FIELD title ON shop TYPE string;\n",
                              options);
  const std::string landed =
      "app/" + surrealpp::emit::cpp::models_source_name(surrealpp::emit::cpp::source_file_of("shop", 8));
  for (std::size_t index = 0; index < 8; ++index) {
    const std::string path = "app/" + surrealpp::emit::cpp::models_source_name(index);
    CAPTURE(path);
    CHECK((file(before, path) != file(after, path)) == (path == landed));
  }
}

TEST_CASE("the definitions cannot be split into 0 files") {
  surrealpp::emit::cpp::GenerateOptions options;
  options.source_files = 0;
  CHECK_THROWS_AS(generate(kSchema, options), surrealpp::emit::cpp::GenerateError);
}

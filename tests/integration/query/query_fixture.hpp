#pragma once
// A fresh namespace/database with the test schema (see app_model.hpp) and four users, for each test case.
//
//   ann: 30, admin,  tags [admin, dev], Oslo,             bio "the quick brown fox", score 1.5
//   bob: 17, member, tags [dev],        Paris 75001,      best friend ann, no bio,    score 2.5
//   cid: -,  member, tags [],           Oslo,             bio "lazy dogs sleep",      score 4.0
//   dan: 45, admin,  tags [ops],        Rome,             best friend bob, bio "Quick thinking", score 0.5
#include <algorithm>
#include <string>
#include <vector>

#include <surreal/query.hpp>
#include <surreal/surreal.hpp>

#include "app_model.hpp"
#include "client_support.hpp"

namespace query_it {

using surreal::RecordId;

inline RecordId uid(const char* key) { return RecordId("user", key); }

inline std::string schema(int engine) {
  std::string fulltext = engine >= 3 ? "FULLTEXT" : "SEARCH";
  return "DEFINE TABLE user SCHEMAFULL;"
         "DEFINE FIELD name ON user TYPE string;"
         "DEFINE FIELD age ON user TYPE option<int>;"
         "DEFINE FIELD role ON user TYPE \"admin\" | \"member\";"
         "DEFINE FIELD tags ON user TYPE array<string>;"
         "DEFINE FIELD address ON user TYPE object;"
         "DEFINE FIELD address.city ON user TYPE string;"
         "DEFINE FIELD address.zip ON user TYPE option<string>;"
         "DEFINE FIELD best_friend ON user TYPE option<record<user>>;"
         "DEFINE FIELD bio ON user TYPE option<string>;"
         "DEFINE FIELD score ON user TYPE float;"
         "DEFINE TABLE follows SCHEMAFULL TYPE RELATION IN user OUT user;"
         "DEFINE FIELD since ON follows TYPE datetime;"
         "DEFINE TABLE doc SCHEMAFULL;"
         "DEFINE FIELD title ON doc TYPE string;"
         "DEFINE FIELD embedding ON doc TYPE array<float>;"
         "DEFINE ANALYZER simple TOKENIZERS blank,class FILTERS lowercase,snowball(english);"
         "DEFINE INDEX user_bio ON user FIELDS bio " +
         fulltext +
         " ANALYZER simple BM25;"
         "DEFINE INDEX doc_embedding ON doc FIELDS embedding HNSW DIMENSION 2 DIST EUCLIDEAN;";
}

inline app::User make_user(const char* key, const char* name, std::optional<std::int64_t> age, app::Role role,
                           std::vector<std::string> tags, const char* city, std::optional<std::string> zip,
                           std::optional<RecordId> best_friend, std::optional<std::string> bio,
                           double score) {
  app::User u;
  u.id = uid(key);
  u.name = name;
  u.age = age;
  u.role = role;
  u.tags = std::move(tags);
  u.address.city = city;
  u.address.zip = std::move(zip);
  if (best_friend) u.best_friend = surreal::Link<app::User>(*best_friend);
  u.bio = std::move(bio);
  u.score = score;
  return u;
}

inline std::vector<app::User> people() {
  using app::Role;
  return {make_user("ann", "ann", 30, Role::Admin, {"admin", "dev"}, "Oslo", std::nullopt, std::nullopt,
                    "the quick brown fox", 1.5),
          make_user("bob", "bob", 17, Role::Member, {"dev"}, "Paris", "75001", uid("ann"), std::nullopt, 2.5),
          make_user("cid", "cid", std::nullopt, Role::Member, {}, "Oslo", std::nullopt, std::nullopt,
                    "lazy dogs sleep", 4.0),
          make_user("dan", "dan", 45, Role::Admin, {"ops"}, "Rome", std::nullopt, uid("bob"),
                    "Quick thinking", 0.5)};
}

/// A connected client on a fresh database with the schema and the four users.
inline surreal::Client fresh_db() {
  auto db = surrealpp::test::connect_fresh(surrealpp::test::devdb().ws_url);
  db.query(schema(surrealpp::test::devdb().engine)).check();
  db.query("INSERT INTO user $rows", {{"rows", surreal::to_value(people())}}).check();
  return db;
}

/// The names of some users, sorted.
inline std::vector<std::string> names(const std::vector<app::User>& users) {
  std::vector<std::string> out;
  for (const auto& u : users) out.push_back(u.name);
  std::sort(out.begin(), out.end());
  return out;
}
/// The names of some users in the order given.
inline std::vector<std::string> ordered_names(const std::vector<app::User>& users) {
  std::vector<std::string> out;
  for (const auto& u : users) out.push_back(u.name);
  return out;
}

using Names = std::vector<std::string>;

}  // namespace query_it

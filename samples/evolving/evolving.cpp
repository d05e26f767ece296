// samples/evolving: a schema that evolves through three migrations, applied at start-up by the application
// itself (surreal::migrate with the migrations embedded by `surrealpp generate-migrations`), then rolled all
// the way back. After every step it checks what `INFO FOR DB` / `INFO FOR TABLE` say and that the data moved
// with the schema.
//
//   evolving_sample ws://127.0.0.1:8000/rpc        (or SURREALPP_DEVDB_STATE=<devdb state file>
//   evolving_sample)
#include <iostream>
#include <set>
#include <string>

#include <surreal/migrate.hpp>
#include <surreal/surreal.hpp>

#include "migrations.hpp"  // generated: evolving::migrations
#include "sample_support.hpp"

namespace {

int failures = 0;

void expect(bool condition, const std::string& what) {
  std::cout << (condition ? "  ok    " : "  FAIL  ") << what << '\n';
  if (!condition) ++failures;
}

std::set<std::string> keys(const surreal::Value& object) {
  std::set<std::string> names;
  if (object.is_object())
    for (const auto& [name, value] : object.as_object()) names.insert(name);
  return names;
}

// Tables of INFO FOR DB, without the migration history table.
std::set<std::string> tables(surreal::Client& db) {
  auto names = keys(db.query("INFO FOR DB").take(0)["tables"]);
  names.erase(std::string(surreal::kMigrationHistoryTable));
  return names;
}

// Fields of INFO FOR TABLE, without the ones the engine adds to relations and arrays.
std::set<std::string> fields(surreal::Client& db, const std::string& table) {
  auto names = keys(db.query("INFO FOR TABLE " + table).take(0)["fields"]);
  names.erase("in");
  names.erase("out");
  return names;
}

std::set<std::string> indexes(surreal::Client& db, const std::string& table) {
  return keys(db.query("INFO FOR TABLE " + table).take(0)["indexes"]);
}

void migrate_to(surreal::Client& db, const std::string& version) {
  surreal::MigrateOptions options;
  options.target = version;
  auto report = surreal::migrate(db, evolving::migrations, options);
  for (const auto& applied : report.applied) std::cout << "applied " << applied << '\n';
}

void roll_back_one(surreal::Client& db) {
  auto report = surreal::rollback(db, evolving::migrations);
  for (const auto& version : report.rolled_back) std::cout << "rolled back " << version << '\n';
}

using Names = std::set<std::string>;

}  // namespace

int main(int argc, char** argv) {
  try {
    auto db = surreal::Client::connect(sample::server_url(argc, argv));
    db.signin(surreal::RootAuth{"root", "root"});
    // A namespace of its own per run: the 2.x devdb engine shares one session between all connections.
    std::string ns = "evolving_" + surreal::Uuid::v4().to_string().substr(0, 8);
    db.use(ns, "main");
    std::cout << "SurrealDB " << db.server_version() << ", namespace " << ns << ", "
              << evolving::migrations.size() << " embedded migrations\n";

    migrate_to(db, "0001");
    expect(tables(db) == Names{"author"}, "0001: INFO FOR DB lists author");
    expect(fields(db, "author") == Names{"born", "name"}, "0001: author has name, born");
    db.query("CREATE author:ann SET name = 'Ann', born = 1990").check();

    migrate_to(db, "0002");
    expect(tables(db) == Names{"author", "post"}, "0002: INFO FOR DB lists author, post");
    expect(fields(db, "author") == Names{"active", "born", "name"}, "0002: author gained active");
    expect(indexes(db, "author") == Names{"author_name"}, "0002: author_name index");
    auto ann = db.query("SELECT * FROM ONLY author:ann").take(0);
    expect(ann["active"].is_bool() && ann["active"].as_bool(), "0002: the existing author was backfilled");
    expect(db.query("UPDATE author:ann SET name = 'Ann B'").ok(), "0002: the existing author can be updated");
    db.query("CREATE post:hello SET title = 'Hello', author = author:ann").check();

    migrate_to(db, "0003");
    expect(tables(db) == Names{"author", "likes", "post"}, "0003: INFO FOR DB lists author, likes, post");
    expect(fields(db, "author") == Names{"born", "name"}, "0003: active is gone");
    ann = db.query("SELECT * FROM ONLY author:ann").take(0);
    expect(ann["born"].is_string() && ann["born"].as_string() == "1990",
           "0003: born was converted to a string");
    expect(!ann.contains("active"), "0003: the removed field's values are gone too");
    expect(db.query("UPDATE author:ann SET name = 'Ann C'").ok(), "0003: the author can still be updated");
    expect(db.query("RELATE author:ann->likes->post:hello").ok(), "0003: authors can like posts");

    auto history = surreal::migration_history(db);
    expect(history.size() == 3, "history records 3 migrations");

    roll_back_one(db);
    expect(tables(db) == Names{"author", "post"}, "down to 0002: likes is gone");
    expect(fields(db, "author") == Names{"active", "born", "name"}, "down to 0002: active is back");
    ann = db.query("SELECT * FROM ONLY author:ann").take(0);
    expect(ann["born"].is_int() && ann["born"].as_int() == 1990, "down to 0002: born is an int again");
    expect(db.query("UPDATE author:ann SET name = 'Ann D'").ok(), "down to 0002: the author can be updated");

    roll_back_one(db);
    expect(tables(db) == Names{"author"}, "down to 0001: post is gone");
    expect(fields(db, "author") == Names{"born", "name"}, "down to 0001: active is gone");
    expect(indexes(db, "author").empty(), "down to 0001: the index is gone");
    expect(db.query("UPDATE author:ann SET name = 'Ann E'").ok(), "down to 0001: the author can be updated");

    roll_back_one(db);
    expect(tables(db).empty(), "down to 0000: no tables left");
    expect(surreal::migration_history(db).empty(), "down to 0000: the history is empty");

    migrate_to(db, "0003");
    expect(tables(db) == Names{"author", "likes", "post"},
           "up again: all three migrations apply to an empty database");
  } catch (const std::exception& error) {
    std::cerr << "evolving: " << error.what() << '\n';
    return 1;
  }
  std::cout << (failures ? "FAILED: " + std::to_string(failures) + " check(s)\n" : "all checks passed\n");
  return failures ? 1 : 0;
}

// Helpers for migration tests against devdb: a signed-in client on a fresh namespace/database of its own
// (the 2.x engine has one shared session, so every test uses unique names).
#pragma once

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <string>

#include <unistd.h>

#include <surreal/migrate.hpp>
#include <surreal/surreal.hpp>

#include "support/devdb.hpp"

namespace migratetest {

// A name no other test uses, in this process or another: ctest runs the same test executable against both
// engines at once, and two processes that started together once drew the same microsecond (one then deleted
// the other's temporary folder). The process id tells them apart; the time, runs of the same process id
// apart.
inline std::string unique_name(const std::string& prefix) {
  static std::atomic<int> counter{0};
  auto now = std::chrono::system_clock::now().time_since_epoch();
  return prefix + "_" + std::to_string(::getpid()) + "_" +
         std::to_string(std::chrono::duration_cast<std::chrono::microseconds>(now).count() % 100000000) +
         "_" + std::to_string(counter++);
}

struct Database {
  std::string ns;
  std::string db;
  surreal::Client client;
};

inline surreal::Client connect_to(const std::string& ns, const std::string& db) {
  auto client = surreal::Client::connect(surrealpp::test::devdb().ws_url);
  client.signin(surreal::RootAuth{"root", "root"});
  client.use(ns, db);
  return client;
}

inline Database fresh_database(const std::string& prefix) {
  std::string ns = unique_name(prefix);
  return Database{ns, "main", connect_to(ns, "main")};
}

// INFO FOR TABLE's field definitions, by name.
inline surreal::Value table_fields(surreal::Client& db, const std::string& table) {
  return db.query("INFO FOR TABLE " + table).take(0)["fields"];
}

inline surreal::Value table_names(surreal::Client& db) {
  surreal::Value tables = db.query("INFO FOR DB").take(0)["tables"];
  return tables;
}

}  // namespace migratetest

#pragma once
// Shared helpers of the client integration tests: connecting to this run's devdb with a fresh
// namespace/database per test (the 2.x engine shares one session between connections, so tests must not share
// names), and a private devdb that a test may kill and restart.
#include <surreal/surreal.hpp>

#include "support/devdb.hpp"

#include <doctest/doctest.h>

#include <unistd.h>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

namespace surrealpp::test {

/// A name no other test (or test process) uses: prefix_pid_counter.
inline std::string unique_name(const std::string& prefix) {
  static std::atomic<int> counter{0};
  return prefix + "_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
}

/// Connects, signs in as root and selects a fresh namespace and database.
inline surreal::Client connect_fresh(const std::string& url, surreal::Options options = {}) {
  auto db = surreal::Client::connect(url, std::move(options));
  db.signin(surreal::RootAuth{"root", "root"});
  db.use(unique_name("ns"), unique_name("db"));
  return db;
}

/// This run's devdb by both transports: its WebSocket URL, then its HTTP URL.
inline const std::vector<std::string>& transports() {
  static const std::vector<std::string> urls = {devdb().ws_url, devdb().http_url};
  return urls;
}

inline bool engine_is_3() { return devdb().engine >= 3; }

/// Prints why a check does not apply to this engine, so a skip is visible in the output, never a silent pass.
inline void skip_on_2x(const char* what) {
  const std::string text = "skipped on SurrealDB " + devdb().version + ": " + what;
  MESSAGE(text);
}

/// A devdb of the same engine as the run's fixture, owned by one test: it can be stopped and started again on
/// the same port.
class PrivateDevdb {
 public:
  explicit PrivateDevdb(const std::string& store = "mem://") : store_(store) {
    state_ = (std::filesystem::temp_directory_path() / (unique_name("surrealpp-devdb") + ".state")).string();
    start();
  }
  ~PrivateDevdb() { stop(); }
  PrivateDevdb(const PrivateDevdb&) = delete;
  PrivateDevdb& operator=(const PrivateDevdb&) = delete;

  void start() {
    std::string command = "node " + devdb_dir() + "/ctl.mjs start --engine " +
                          std::to_string(devdb().engine) + " --state " + state_ + " --store " + store_ +
                          " > /dev/null";
    if (port_ != 0) command += " --port " + std::to_string(port_);
    REQUIRE_MESSAGE(std::system(command.c_str()) == 0, "cannot start a private devdb: " << command);
    info_ = read_devdb_state(state_);
    port_ = info_.port;
    running_ = true;
  }
  void stop() {
    if (!running_) return;
    const std::string command = "node " + devdb_dir() + "/ctl.mjs stop --state " + state_ + " > /dev/null";
    CHECK(std::system(command.c_str()) == 0);
    running_ = false;
  }

  const std::string& ws_url() const { return info_.ws_url; }
  const std::string& http_url() const { return info_.http_url; }
  int port() const { return port_; }
  /// The server process (to freeze it with SIGSTOP in health-check tests).
  long pid() const { return info_.pid; }

 private:
  static std::string devdb_dir() {
    const char* dir = std::getenv("SURREALPP_DEVDB_DIR");
    return dir && *dir ? dir : std::string(SURREALPP_SOURCE_DIR) + "/devdb";
  }

  std::string store_;
  std::string state_;
  DevdbInfo info_;
  int port_ = 0;
  bool running_ = false;
};

/// Waits until `condition` holds or `limit` passes; returns whether it held.
template <class Condition>
bool eventually(Condition condition, std::chrono::milliseconds limit = std::chrono::seconds(10)) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < deadline) {
    if (condition()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return condition();
}

}  // namespace surrealpp::test

#pragma once
// Where the devdb fixture of this test run listens. ctest's fixture (`devdb/ctl.mjs start`) writes a state
// file of `key=value` lines and passes its path in SURREALPP_DEVDB_STATE; integration tests read it here.
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <map>
#include <stdexcept>
#include <string>

namespace surrealpp::test {

struct DevdbInfo {
  std::string ws_url;    // ws://127.0.0.1:PORT/rpc
  std::string http_url;  // http://127.0.0.1:PORT
  int port = 0;
  int engine = 0;       // 3 (SurrealDB 3.0.2) or 2 (SurrealDB 2.1.1)
  std::string version;  // e.g. 3.0.2
  long pid = 0;
  std::string state_file;
};

inline DevdbInfo read_devdb_state(const std::string& path) {
  std::ifstream in(path);
  if (!in)
    throw std::runtime_error("devdb state file " + path + " cannot be read: is the devdb fixture running?");
  std::map<std::string, std::string> kv;
  for (std::string line; std::getline(in, line);) {
    auto eq = line.find('=');
    if (eq != std::string::npos) kv[line.substr(0, eq)] = line.substr(eq + 1);
  }
  auto need = [&](const char* key) {
    auto it = kv.find(key);
    if (it == kv.end()) throw std::runtime_error("devdb state file " + path + " lacks `" + key + "`");
    return it->second;
  };
  DevdbInfo info;
  info.ws_url = need("ws_url");
  info.http_url = need("http_url");
  info.port = std::stoi(need("port"));
  info.engine = std::stoi(need("engine"));
  info.version = need("version");
  info.pid = std::stol(need("pid"));
  info.state_file = path;
  return info;
}

/// The devdb of this test run (read once). Throws with a clear message when the test runs outside ctest.
inline const DevdbInfo& devdb() {
  static const DevdbInfo info = [] {
    const char* path = std::getenv("SURREALPP_DEVDB_STATE");
    if (!path || !*path)
      throw std::runtime_error(
          "SURREALPP_DEVDB_STATE is not set: run integration tests through ctest, or start "
          "`node devdb/ctl.mjs start --engine 3 --state FILE` and export it");
    return read_devdb_state(path);
  }();
  return info;
}

}  // namespace surrealpp::test

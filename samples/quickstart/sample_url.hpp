#pragma once
// Where a sample connects: argv[1], else $SURREAL_URL, else the devdb fixture's state file named by
// $SURREALPP_DEVDB_STATE (ctest runs the samples against that fixture), else ws://127.0.0.1:8000/rpc.
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>

namespace sample {

inline std::string server_url(int argc, char** argv) {
  if (argc > 1) return argv[1];
  if (const char* url = std::getenv("SURREAL_URL"); url && *url) return url;
  if (const char* state = std::getenv("SURREALPP_DEVDB_STATE"); state && *state) {
    std::ifstream in(state);
    for (std::string line; std::getline(in, line);)
      if (line.rfind("ws_url=", 0) == 0) return line.substr(7);
  }
  return "ws://127.0.0.1:8000/rpc";
}

// A database name of its own for each run, so that runs against a shared server never see each other's data.
inline std::string fresh_database(const std::string& prefix) {
  std::random_device random;
  return prefix + "_" + std::to_string(random() % 1000000);
}

}  // namespace sample

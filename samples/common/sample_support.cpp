#include "sample_support.hpp"

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <stdexcept>

#include <surreal/auth.hpp>

namespace sample {

std::string server_url(int argc, char** argv) {
  if (argc > 1) return argv[1];
  if (const char* url = std::getenv("SURREAL_URL"); url && *url) return url;
  if (const char* state = std::getenv("SURREALPP_DEVDB_STATE"); state && *state) {
    std::ifstream in(state);
    for (std::string line; std::getline(in, line);)
      if (line.rfind("ws_url=", 0) == 0) return line.substr(7);
  }
  return "ws://127.0.0.1:8000/rpc";
}

std::string fresh_database(const std::string& prefix) {
  std::random_device random;
  return prefix + "_" + std::to_string(random() % 1000000);
}

surreal::Client connect(int argc, char** argv, const std::string& database_prefix) {
  std::string url = server_url(argc, argv);
  auto db = surreal::Client::connect(url);
  db.signin(surreal::RootAuth{"root", "root"});
  std::string database = fresh_database(database_prefix);
  db.use("samples", database);
  std::cout << "connected to " << url << " (" << db.server_version() << "), database samples/" << database
            << "\n";
  return db;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

void expect(bool condition, const std::string& what) {
  if (!condition) throw std::runtime_error("check failed: " + what);
}

}  // namespace sample

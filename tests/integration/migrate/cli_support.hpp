// Running the `surrealpp` command line from tests: output (stdout and stderr together) and exit code.
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "migrate_support.hpp"

namespace clitest {

struct Run {
  int exit_code = -1;
  std::string output;
  bool contains(const std::string& text) const { return output.find(text) != std::string::npos; }
};

// Runs `surrealpp ARGS` through the shell with `env` prefixed (e.g. "SURREAL_NS=a").
inline Run run_cli(const std::string& args, const std::string& env = {}) {
  std::string command = env + " " + SURREALPP_CLI + " " + args + " 2>&1";
  Run run;
  FILE* pipe = ::popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::array<char, 4096> buffer{};
  while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe))
    run.output.append(buffer.data(), n);
  int status = ::pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

// SURREAL_* for a fresh namespace of the devdb of this run.
inline std::string connection_env(const std::string& ns, const std::string& db = "main") {
  return "SURREAL_URL=" + surrealpp::test::devdb().ws_url + " SURREAL_NS=" + ns + " SURREAL_DB=" + db +
         " SURREAL_USER=root SURREAL_PASS=root";
}

struct TempDir {
  std::filesystem::path path;
  explicit TempDir(const std::string& prefix)
      : path(std::filesystem::temp_directory_path() / migratetest::unique_name(prefix)) {
    std::filesystem::create_directories(path);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  void write(const std::string& name, const std::string& text) const {
    std::filesystem::create_directories((path / name).parent_path());
    std::ofstream(path / name) << text;
  }
  std::string operator/(const std::string& name) const { return (path / name).string(); }
};

}  // namespace clitest

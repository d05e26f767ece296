// Generated files are written atomically and only when their content changes.
#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>

#include <unistd.h>

#include "surrealpp/emit/file_writer.hpp"

namespace fs = std::filesystem;
using surrealpp::emit::WriteOutcome;

namespace {
struct TempDir {
  fs::path path = fs::temp_directory_path() / ("surrealpp_writer_test_" + std::to_string(::getpid()));
  TempDir() { fs::remove_all(path); }
  ~TempDir() { fs::remove_all(path); }
};
std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}
}  // namespace

TEST_CASE("a new file is created with its folders") {
  TempDir dir;
  CHECK(surrealpp::emit::write_if_changed(dir.path / "a/b/x.hpp", "one") == WriteOutcome::Created);
  CHECK(read(dir.path / "a/b/x.hpp") == "one");
}

TEST_CASE("an unchanged file is not touched") {
  TempDir dir;
  auto file = dir.path / "x.hpp";
  surrealpp::emit::write_if_changed(file, "same");
  auto before = fs::last_write_time(file);
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  CHECK(surrealpp::emit::write_if_changed(file, "same") == WriteOutcome::Unchanged);
  CHECK(fs::last_write_time(file) == before);
}

TEST_CASE("a changed file is replaced and no temporary file is left behind") {
  TempDir dir;
  auto file = dir.path / "x.hpp";
  surrealpp::emit::write_if_changed(file, "old");
  CHECK(surrealpp::emit::write_if_changed(file, "new content") == WriteOutcome::Updated);
  CHECK(read(file) == "new content");
  std::size_t entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir.path)) ++entries;
  CHECK(entries == 1);
}

TEST_CASE("a file of the same size is compared byte for byte, past the first block read") {
  TempDir dir;
  auto file = dir.path / "big.hpp";
  std::string content(200000, 'x');  // several of the writer's 64 KiB read blocks
  surrealpp::emit::write_if_changed(file, content);
  CHECK(surrealpp::emit::write_if_changed(file, content) == WriteOutcome::Unchanged);
  content[150000] = 'y';  // same size, differs only in a later block
  CHECK(surrealpp::emit::write_if_changed(file, content) == WriteOutcome::Updated);
  CHECK(read(file) == content);
}

TEST_CASE("write_generated_files counts what it did") {
  TempDir dir;
  std::vector<surrealpp::emit::cpp::GeneratedFile> files{{"app/a.hpp", "a"}, {"app/b.hpp", "b"}};
  auto first = surrealpp::emit::write_generated_files(dir.path, files);
  CHECK(first.created == 2);
  files[1].content = "b2";
  auto second = surrealpp::emit::write_generated_files(dir.path, files);
  CHECK(second.unchanged == 1);
  CHECK(second.updated == 1);
}

TEST_CASE("a file that cannot be written fails with its path and leaves the old one") {
  TempDir dir;
  fs::create_directories(dir.path / "x.hpp");  // a folder where the file should go: rename cannot replace it
  CHECK_THROWS(surrealpp::emit::write_if_changed(dir.path / "x.hpp", "text"));
  CHECK(fs::is_directory(dir.path / "x.hpp"));
}

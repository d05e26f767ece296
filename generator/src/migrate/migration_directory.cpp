#include "migrate/migration_directory.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <stdexcept>

#include <fmt/format.h>

namespace surrealpp::migrate {

namespace fs = std::filesystem;

const MigrationFiles* MigrationDirectory::latest_with_snapshot() const {
  for (auto it = migrations.rbegin(); it != migrations.rend(); ++it)
    if (!it->snapshot.empty()) return &*it;
  return nullptr;
}

std::string MigrationDirectory::next_version() const {
  unsigned long highest = 0;
  for (const MigrationFiles& migration : migrations)
    highest = std::max(highest, std::stoul(migration.version));
  return fmt::format("{:04}", highest + 1);
}

std::string read_text_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

MigrationDirectory read_migration_directory(const fs::path& path) {
  MigrationDirectory directory;
  directory.path = path;
  if (!fs::exists(path)) return directory;
  if (!fs::is_directory(path)) throw std::runtime_error(path.string() + " is not a directory");
  static const std::regex pattern(R"(^(\d+)_([A-Za-z0-9_]+)\.(up|down|snapshot)\.surql$)");
  std::map<std::string, MigrationFiles> by_version;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(path))
    if (entry.is_regular_file()) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) {
    std::string filename = file.filename().string();
    if (file.extension() != ".surql") continue;
    std::smatch match;
    if (!std::regex_match(filename, match, pattern)) {
      directory.problems.push_back(
          fmt::format("{}: not a migration file name (expected NNNN_name.up.surql, "
                      ".down.surql or .snapshot.surql)",
                      filename));
      continue;
    }
    MigrationFiles& migration = by_version[match[1]];
    if (migration.version.empty()) {
      migration.version = match[1];
      migration.name = match[2];
    } else if (migration.name != match[2].str()) {
      directory.problems.push_back(fmt::format("{}: version {} is also used by {}_{}", filename,
                                               migration.version, migration.version, migration.name));
      continue;
    }
    if (match[3] == "up") {
      migration.up = file;
      migration.up_text = read_text_file(file);
    } else if (match[3] == "down") {
      migration.down = file;
      migration.down_text = read_text_file(file);
    } else {
      migration.snapshot = file;
    }
  }
  for (auto& [version, migration] : by_version) {
    if (migration.up.empty()) {
      directory.problems.push_back(fmt::format("{}: has no .up.surql file", migration.label()));
      continue;
    }
    directory.migrations.push_back(std::move(migration));
  }
  std::sort(directory.migrations.begin(), directory.migrations.end(),
            [](const auto& a, const auto& b) { return std::stoul(a.version) < std::stoul(b.version); });
  return directory;
}

std::string migration_name_slug(const std::string& name) {
  std::string slug;
  for (unsigned char c : name) {
    if (std::isalnum(c)) {
      slug.push_back(static_cast<char>(std::tolower(c)));
    } else if (!slug.empty() && slug.back() != '_') {
      slug.push_back('_');
    }
  }
  while (!slug.empty() && slug.back() == '_') slug.pop_back();
  return slug;
}

void write_file_atomically(const fs::path& path, const std::string& content) {
  if (path.has_parent_path()) fs::create_directories(path.parent_path());
  fs::path temporary = path;
  temporary += fmt::format(".tmp{}", ::getpid());
  int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) throw std::runtime_error("cannot write " + temporary.string());
  std::size_t written = 0;
  while (written < content.size()) {
    ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n <= 0) {
      ::close(fd);
      fs::remove(temporary);
      throw std::runtime_error("cannot write " + temporary.string());
    }
    written += static_cast<std::size_t>(n);
  }
  // fsync before rename: otherwise a crash can leave the new name pointing at an empty file.
  ::fsync(fd);
  ::close(fd);
  fs::rename(temporary, path);
}

}  // namespace surrealpp::migrate

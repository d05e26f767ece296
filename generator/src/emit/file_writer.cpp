#include "surrealpp/emit/file_writer.hpp"

#include <cstdio>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <system_error>

#include <unistd.h>

namespace surrealpp::emit {
namespace {

bool holds_exactly(const std::filesystem::path& path, std::string_view content) {
  std::error_code ec;
  auto size = std::filesystem::file_size(path, ec);
  if (ec || size != content.size()) return false;
  std::ifstream in(path, std::ios::binary);
  std::string existing((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return in.good() || in.eof() ? existing == content : false;
}

}  // namespace

WriteOutcome write_if_changed(const std::filesystem::path& path, std::string_view content) {
  bool exists = std::filesystem::exists(path);
  if (exists && holds_exactly(path, content)) return WriteOutcome::Unchanged;
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path());

  // The temporary name carries the process id so that two generators writing the same folder never share one.
  std::filesystem::path temporary = path;
  temporary += ".tmp" + std::to_string(::getpid());
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.flush();
    if (!out) {
      std::error_code ignored;
      std::filesystem::remove(temporary, ignored);
      throw std::runtime_error("cannot write " + temporary.string());
    }
  }
  std::error_code ec;
  std::filesystem::rename(temporary, path, ec);
  if (ec) {
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    throw std::filesystem::filesystem_error("cannot replace generated file", path, ec);
  }
  return exists ? WriteOutcome::Updated : WriteOutcome::Created;
}

WriteSummary write_generated_files(const std::filesystem::path& out_dir,
                                   const std::vector<cpp::GeneratedFile>& files) {
  WriteSummary summary;
  for (const auto& file : files) {
    switch (write_if_changed(out_dir / file.path, file.content)) {
      case WriteOutcome::Created:
        ++summary.created;
        break;
      case WriteOutcome::Updated:
        ++summary.updated;
        break;
      case WriteOutcome::Unchanged:
        ++summary.unchanged;
        break;
    }
  }
  return summary;
}

}  // namespace surrealpp::emit

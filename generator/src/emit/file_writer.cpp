#include "surrealpp/emit/file_writer.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace surrealpp::emit {
namespace {

// Plain POSIX calls rather than std::filesystem and streams: a generator run writes a thousand files, and
// exists() + file_size() + create_directories() + ofstream cost several system calls and allocations each
// where one open() answers "is it there, and how big" (bench/generate).

// Closes the descriptor when the scope ends, whatever path leaves it.
class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }
  // Closes now, so that a failing close (a delayed write error) can be reported: 0 or an errno value.
  int close() {
    int error = ::close(fd_) == 0 ? 0 : errno;
    fd_ = -1;
    return error;
  }

 private:
  int fd_;
};

[[noreturn]] void fail(const char* what, const std::filesystem::path& path, int error) {
  throw std::filesystem::filesystem_error(what, path, std::error_code(error, std::generic_category()));
}

enum class Existing { Missing, Same, Different };

// Whether `path` holds exactly `content`, read in blocks (no copy of the whole file).
Existing compare_existing(const std::filesystem::path& path, std::string_view content) {
  FileDescriptor file(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (file.get() < 0) return errno == ENOENT || errno == ENOTDIR ? Existing::Missing : Existing::Different;
  struct stat status {};
  if (::fstat(file.get(), &status) != 0 || !S_ISREG(status.st_mode) ||
      static_cast<std::size_t>(status.st_size) != content.size()) {
    return Existing::Different;
  }
  char block[65536];
  std::size_t offset = 0;
  while (offset < content.size()) {
    ssize_t got = ::read(file.get(), block, sizeof block);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0 || offset + static_cast<std::size_t>(got) > content.size()) return Existing::Different;
    if (std::memcmp(block, content.data() + offset, static_cast<std::size_t>(got)) != 0)
      return Existing::Different;
    offset += static_cast<std::size_t>(got);
  }
  return Existing::Same;
}

// Creates `temporary` for writing; its folders are created only when the first attempt says they are missing,
// so the folder of a thousand files costs one create_directories(), not a thousand.
int open_temporary(const std::filesystem::path& temporary) {
  constexpr int flags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC;
  constexpr mode_t mode = 0666;  // as std::ofstream: the umask decides
  int fd = ::open(temporary.c_str(), flags, mode);
  if (fd < 0 && errno == ENOENT && temporary.has_parent_path()) {
    std::filesystem::create_directories(temporary.parent_path());
    fd = ::open(temporary.c_str(), flags, mode);
  }
  if (fd < 0) fail("cannot write generated file", temporary, errno);
  return fd;
}

void write_all(int fd, std::string_view content, const std::filesystem::path& path) {
  while (!content.empty()) {
    ssize_t wrote = ::write(fd, content.data(), content.size());
    if (wrote < 0 && errno == EINTR) continue;
    if (wrote <= 0) fail("cannot write generated file", path, wrote < 0 ? errno : EIO);
    content.remove_prefix(static_cast<std::size_t>(wrote));
  }
}

}  // namespace

WriteOutcome write_if_changed(const std::filesystem::path& path, std::string_view content) {
  Existing existing = compare_existing(path, content);
  if (existing == Existing::Same) return WriteOutcome::Unchanged;

  // The temporary name carries the process id so that two generators writing the same folder never share one.
  std::filesystem::path temporary = path;
  temporary += ".tmp" + std::to_string(::getpid());
  FileDescriptor out(open_temporary(temporary));
  try {
    write_all(out.get(), content, temporary);
    if (int error = out.close(); error != 0) fail("cannot write generated file", temporary, error);
    if (::rename(temporary.c_str(), path.c_str()) != 0) fail("cannot replace generated file", path, errno);
  } catch (...) {
    ::unlink(temporary.c_str());
    throw;
  }
  return existing == Existing::Missing ? WriteOutcome::Created : WriteOutcome::Updated;
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

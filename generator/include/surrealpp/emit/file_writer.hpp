// Writes generated files so that builds stay incremental and never see half a file: each file is written to a
// temporary file next to it and renamed over the old one, and only when its content changed (an unchanged
// file keeps its timestamp, so nothing that includes it recompiles).
#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

#include "surrealpp/emit/cpp_generator.hpp"

namespace surrealpp::emit {

enum class WriteOutcome { Created, Updated, Unchanged };

// Writes `content` to `path` (creating parent folders) unless the file already holds exactly that. Throws
// std::filesystem::filesystem_error or std::runtime_error naming the path on failure; the old file stays
// intact.
WriteOutcome write_if_changed(const std::filesystem::path& path, std::string_view content);

struct WriteSummary {
  std::size_t created = 0;
  std::size_t updated = 0;
  std::size_t unchanged = 0;
};

// write_if_changed() for every file, relative to `out_dir`.
WriteSummary write_generated_files(const std::filesystem::path& out_dir,
                                   const std::vector<cpp::GeneratedFile>& files);

}  // namespace surrealpp::emit

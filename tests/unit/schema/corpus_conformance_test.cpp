// Conformance with SurrealDB's own parser: every corpus file SurrealDB parses must be accepted, every file it
// marks `parsing-error` rejected. Files whose `version` requirement excludes 3.x are judged with the 2.x
// rules.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "surrealpp/schema/parse.hpp"

namespace {

namespace fs = std::filesystem;
using surrealpp::schema::ParseOptions;
using surrealpp::schema::Syntax;

struct ManifestRow {
  std::string path;
  std::string results_form;
  std::string version_requirement;
};

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> columns;
  std::stringstream stream(line);
  std::string column;
  while (std::getline(stream, column, '\t')) columns.push_back(column);
  if (!line.empty() && line.back() == '\t') columns.emplace_back();
  return columns;
}

std::vector<ManifestRow> read_manifest(const fs::path& corpus) {
  std::ifstream in(corpus / "MANIFEST.tsv");
  std::string line;
  std::getline(in, line);
  std::vector<std::string> header = split_tabs(line);
  auto column = [&](const std::string& name) {
    for (std::size_t i = 0; i < header.size(); ++i) {
      if (header[i] == name) return i;
    }
    return header.size();
  };
  const std::size_t path = column("path"), form = column("results_form"), version = column("version_req");
  std::vector<ManifestRow> rows;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    std::vector<std::string> columns = split_tabs(line);
    columns.resize(header.size());
    rows.push_back({columns[path], columns[form], columns[version]});
  }
  return rows;
}

// `<3.0.0` and the like: a requirement that excludes every 3.x version.
bool excludes_v3(const std::string& requirement) {
  return requirement.find("<3") != std::string::npos || requirement.find("< 3") != std::string::npos;
}

}  // namespace

TEST_CASE("every corpus file is judged as SurrealDB's parser judges it") {
  const fs::path corpus = SURREALPP_CORPUS_DIR;
  if (!fs::exists(corpus / "MANIFEST.tsv")) {
    std::cout << "corpus not found at " << corpus << ": skipped\n";
    std::exit(SURREALPP_SKIP_RETURN_CODE);
  }
  std::vector<ManifestRow> rows = read_manifest(corpus);
  REQUIRE(rows.size() > 600);

  std::size_t accepted = 0, rejected = 0, mismatched = 0;
  for (const ManifestRow& row : rows) {
    ParseOptions options;
    options.syntax = excludes_v3(row.version_requirement) ? Syntax::V2 : Syntax::V3;
    auto result =
        surrealpp::schema::parse_surql_file(corpus / "surrealdb-language-tests" / row.path, options);
    const bool must_fail = row.results_form == "parsing-error";
    (result.ok() ? accepted : rejected) += 1;
    if (result.ok() == !must_fail) continue;
    ++mismatched;
    std::string why = must_fail
                          ? "accepted, but SurrealDB rejects it"
                          : "rejected: " + surrealpp::schema::format_diagnostic(result.diagnostics.front());
    std::cout << "MISMATCH " << row.path << ": " << why << '\n';
  }
  std::cout << "corpus: " << rows.size() << " files, " << accepted << " accepted, " << rejected
            << " rejected, " << mismatched << " mismatched\n";
  CHECK(mismatched == 0);
}

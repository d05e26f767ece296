// `migrate make`: diff the schema against the latest snapshot of the migrations directory and write the next
// migration (up, down, snapshot). Nothing is written when nothing changed.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "diff/operation.hpp"
#include "surrealpp/schema/parse.hpp"

namespace surrealpp::migrate {

struct MakeOptions {
  std::vector<std::filesystem::path> schema_paths;
  std::filesystem::path directory = "migrations";
  std::string name;
  schema::Syntax syntax = schema::Syntax::V3;
  bool check_only = false;  // compute the plan, write nothing
};

struct MakeResult {
  bool written = false;
  std::string label;  // 0003_add_email
  std::vector<std::filesystem::path> files;
  schema::diff::Plan plan;
};

// Throws std::runtime_error for an unreadable schema, schema syntax errors, or a migrations directory with
// problems.
MakeResult make_migration(const MakeOptions& options);

// The snapshot text of a schema: its definitions rendered canonically in load order, with a header comment.
std::string snapshot_text(const schema::Schema& schema, const std::string& label, schema::Syntax syntax);

// The schema recorded by a snapshot file.
schema::Schema read_snapshot(const std::filesystem::path& path, schema::Syntax syntax);

}  // namespace surrealpp::migrate

// The C++ generator: a schema IR in, the text of the generated headers out (DESIGN.md "Generated C++",
// docs/generated-code.md). Writing them to disk is write_generated_files()
// (<surrealpp/emit/file_writer.hpp>).
#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "surrealpp/schema/ir.hpp"

namespace surrealpp::emit::cpp {

struct GenerateOptions {
  // The C++ namespace of every generated name; `a::b` nests. Headers go to `<out>/a/b/`.
  std::string cpp_namespace = "app";
  // `number` and `decimal` fields become `double` instead of `surreal::Decimal`.
  bool decimal_as_double = false;
  // A folder whose `<name>.mustache` files replace the embedded templates of the same name.
  std::optional<std::filesystem::path> templates_dir;
  // Named in the "generated from" line of every file (the schema files as given on the command line).
  std::vector<std::string> sources;
  // How many files the definitions are split into: `models.cpp`, then `models_1.cpp` … `models_<n-1>.cpp`.
  // A table goes to the file its name hashes to, so that adding or changing a table rewrites (and recompiles)
  // only its own file, and the files compile in parallel; each includes only the headers of its tables. One
  // file for a large schema is slow and big to compile (100 tables: about 34 s and 1.2 GB at -O2).
  std::size_t source_files = 1;
};

// One output file: its path relative to the output folder (`app/user.hpp`) and its full text.
struct GeneratedFile {
  std::string path;
  std::string content;
};

// A schema the generator cannot turn into C++ (a bad namespace, a template that fails to render, …).
class GenerateError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Renders one header per table, `models.hpp` (includes them all), `models.cpp` (the codecs, JSON revivers and
// static columns the headers declare), `fwd.hpp` (forward declarations), `support.hpp` (JSON helpers shared
// by the models) and `functions.hpp` when the schema defines functions. The result depends only on the schema
// and the options: same input, byte-identical output.
std::vector<GeneratedFile> generate_cpp(const schema::Schema& schema, const GenerateOptions& options);

}  // namespace surrealpp::emit::cpp

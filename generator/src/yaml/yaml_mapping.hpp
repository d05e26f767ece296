// Checked access to the YAML nodes of a schema document: every value is read with the type the format
// expects, and every problem becomes a YamlError at the node's `file:line:col`.
#pragma once

#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "surrealpp/schema/diagnostic.hpp"
#include "surrealpp/schema/ir.hpp"

namespace surrealpp::schema::yaml {

// A problem in the document at a known place.
class YamlError : public std::runtime_error {
 public:
  YamlError(SourceLocation location, const std::string& message)
      : std::runtime_error(message), location_(std::move(location)) {}
  const SourceLocation& location() const { return location_; }

 private:
  SourceLocation location_;
};

// Where a node is: yaml-cpp counts lines and columns from 0, diagnostics from 1.
SourceLocation location_of(const YAML::Node& node, const std::string& file);

// What kind of node it is, for messages: "a mapping", "a list", "a scalar", "nothing".
std::string describe(const YAML::Node& node);

// Reads the keys of one mapping. Keys are taken one by one; finish() reports the keys nobody took.
class Mapping {
 public:
  // Throws YamlError when `node` is not a mapping. `what` names the item in messages ("table", "field").
  Mapping(const YAML::Node& node, std::string file, std::string what);

  bool has(const char* key) const;
  // The raw value, or an undefined node when absent (marks the key as known).
  YAML::Node get(const char* key);

  // A scalar value as text; throws when it is a list or mapping.
  std::optional<std::string> text(const char* key);
  // Like text(), but a missing value is an error ("a table needs a `name`").
  std::string required_text(const char* key);
  std::optional<bool> boolean(const char* key);
  std::optional<std::uint64_t> unsigned_integer(const char* key);
  // A scalar or a list of scalars.
  std::vector<std::string> text_list(const char* key);
  // An expression: the scalar text with the position of the value.
  std::optional<Expression> expression(const char* key);

  // Adds one error diagnostic per key that no reader asked for.
  void finish(std::vector<Diagnostic>& diagnostics) const;

  const YAML::Node& node() const { return node_; }
  const std::string& file() const { return file_; }
  const std::string& what() const { return what_; }
  SourceLocation location() const { return location_of(node_, file_); }

 private:
  YAML::Node node_;
  std::string file_;
  std::string what_;
  std::set<std::string> known_;
};

// The scalar text of a node, or a YamlError naming `what` it should have been.
std::string scalar_text(const YAML::Node& node, const std::string& file, const std::string& what);

}  // namespace surrealpp::schema::yaml

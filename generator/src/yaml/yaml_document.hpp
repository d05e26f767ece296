// A small YAML tree and its text form, for the YAML schema writer. yaml-cpp's emitter is not used: the
// writer needs a fixed, readable layout (short items on one line, function bodies as `|-` blocks) and
// quoting rules chosen for how the reader takes scalars back (every scalar is read as text, so the only
// thing that matters is that the text comes back byte for byte).
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace surrealpp::schema::yaml {

struct YamlNode {
  enum class Kind { Scalar, List, Map };

  Kind kind = Kind::Scalar;
  std::string scalar;                                     // Kind::Scalar: the exact text the reader gets
  std::vector<YamlNode> items;                            // Kind::List
  std::vector<std::pair<std::string, YamlNode>> entries;  // Kind::Map, in writing order
  // Lists and maps: write `[a, b]` / `{ k: v }` on one line when every scalar fits on a line and the line
  // is not too long.
  bool prefer_flow = false;

  static YamlNode text(std::string value);
  static YamlNode boolean(bool value);
  static YamlNode list(bool flow = false);
  static YamlNode map(bool flow = false);

  // Map: appends an entry (keys are written in the order they are added).
  YamlNode& set(std::string key, YamlNode value);
  // List: appends an item.
  YamlNode& add(YamlNode value);
  bool empty() const { return kind == Kind::List ? items.empty() : kind == Kind::Map && entries.empty(); }
};

// The document (a map of sections) as YAML text. `header` lines are written first as `# …` comments.
std::string emit_yaml_document(const YamlNode& document, const std::vector<std::string>& header);

}  // namespace surrealpp::schema::yaml

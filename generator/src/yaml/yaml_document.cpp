#include "yaml/yaml_document.hpp"

#include "export/json_writer.hpp"

#include <optional>
#include <string_view>

namespace surrealpp::schema::yaml {
namespace {

// Lines longer than this are written in block style, even when a one-line form was preferred.
constexpr std::size_t kMaxLineWidth = 116;

bool has_control_character(std::string_view text, bool allow_newline) {
  for (unsigned char c : text) {
    if (c == '\n' && allow_newline) continue;
    if (c < 0x20 || c == 0x7f) return true;
  }
  return false;
}

// Whether `text` reads back as itself when written without quotes. Conservative: anything YAML could take
// for an indicator, a comment, a key or a null is quoted. (Booleans and numbers need no quotes: the reader
// takes every scalar as text.)
bool plain_is_safe(std::string_view text, bool flow) {
  if (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL") return false;
  const char first = text.front();
  constexpr std::string_view kIndicators = "-?:,[]{}#&*!|>'\"%@`";
  // `-1` is a plain scalar; `- x` would start a list.
  if (kIndicators.find(first) != std::string_view::npos &&
      !(first == '-' && text.size() > 1 && text[1] != ' '))
    return false;
  if (first == ' ' || text.back() == ' ' || text.back() == ':') return false;
  if (has_control_character(text, false)) return false;
  if (text.find(": ") != std::string_view::npos || text.find(" #") != std::string_view::npos) return false;
  if (flow && text.find_first_of(",[]{}") != std::string_view::npos) return false;
  return true;
}

// Double-quoted YAML: every JSON string escape (\" \\ \n \r \t \b \f \uXXXX) is also a YAML one, and
// json::quote escapes all that YAML cannot print (control characters and DEL).
std::string double_quoted(std::string_view text) { return json::quote(text); }

// A scalar on one line: plain when safe, single-quoted when that needs no escapes, double-quoted otherwise.
std::string one_line_scalar(std::string_view text, bool flow) {
  if (plain_is_safe(text, flow)) return std::string(text);
  if (!has_control_character(text, false) && text.find('\'') == std::string_view::npos)
    return "'" + std::string(text) + "'";
  return double_quoted(text);
}

// Multi-line text (function bodies, event blocks) reads best as a `|-` literal block. The block gives the
// text back exactly only when its first line sets the indentation (no leading blank), no line ends in
// blanks, there is no final newline (`-` strips it) and no carriage return.
bool literal_block_fits(std::string_view text) {
  if (text.find('\n') == std::string_view::npos) return false;
  if (text.front() == ' ' || text.front() == '\t' || text.front() == '\n' || text.back() == '\n')
    return false;
  if (text.find('\r') != std::string_view::npos) return false;
  for (unsigned char c : text)
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f) return false;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start && (text[end - 1] == ' ' || text[end - 1] == '\t')) return false;
    start = end + 1;
  }
  return true;
}

std::string literal_block(std::string_view text, std::size_t indent) {
  std::string out = "|-\n";
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) out += std::string(indent, ' ') + std::string(text.substr(start, end - start));
    out += '\n';
    start = end + 1;
  }
  return out;
}

std::optional<std::string> flow_text(const YamlNode& node) {
  switch (node.kind) {
    case YamlNode::Kind::Scalar:
      if (node.scalar.find('\n') != std::string::npos) return std::nullopt;
      return one_line_scalar(node.scalar, true);
    case YamlNode::Kind::List: {
      std::string out = "[";
      for (std::size_t i = 0; i < node.items.size(); ++i) {
        auto item = flow_text(node.items[i]);
        if (!item) return std::nullopt;
        out += (i ? ", " : "") + *item;
      }
      return out + "]";
    }
    case YamlNode::Kind::Map: {
      if (node.entries.empty()) return "{}";
      std::string out = "{ ";
      for (std::size_t i = 0; i < node.entries.size(); ++i) {
        auto value = flow_text(node.entries[i].second);
        if (!value) return std::nullopt;
        out += (i ? ", " : "") + one_line_scalar(node.entries[i].first, true) + ": " + *value;
      }
      return out + " }";
    }
  }
  return std::nullopt;
}

class Emitter {
 public:
  std::string out;

  // After `key:` or `-` at a line whose content starts at `column`; nested content is indented by `indent`.
  void value(const YamlNode& node, std::size_t column, std::size_t indent) {
    if (node.kind == YamlNode::Kind::Scalar) {
      if (literal_block_fits(node.scalar)) {
        out += ' ' + literal_block(node.scalar, indent);
      } else {
        out += ' ' + one_line_scalar(node.scalar, false) + '\n';
      }
      return;
    }
    if (node.empty()) {
      out += node.kind == YamlNode::Kind::List ? " []\n" : " {}\n";
      return;
    }
    if (node.prefer_flow) {
      auto flow = flow_text(node);
      if (flow && column + 1 + flow->size() <= kMaxLineWidth) {
        out += ' ' + *flow + '\n';
        return;
      }
    }
    out += '\n';
    if (node.kind == YamlNode::Kind::List)
      list_items(node, indent);
    else
      map_entries(node, indent, false);
  }

  void list_items(const YamlNode& list, std::size_t indent) {
    for (const auto& item : list.items) {
      out += std::string(indent, ' ') + '-';
      const std::size_t column = indent + 1;
      if (item.kind == YamlNode::Kind::Map && !item.empty()) {
        auto flow = item.prefer_flow ? flow_text(item) : std::nullopt;
        if (flow && column + 1 + flow->size() <= kMaxLineWidth) {
          out += ' ' + *flow + '\n';
          continue;
        }
        // The first entry shares the `- ` line; the others line up under it.
        out += ' ';
        map_entries(item, indent + 2, true);
        continue;
      }
      value(item, column, indent + 2);
    }
  }

  void map_entries(const YamlNode& map, std::size_t indent, bool first_inline) {
    bool first = true;
    for (const auto& [key, node] : map.entries) {
      if (!(first && first_inline)) out += std::string(indent, ' ');
      first = false;
      const std::string written_key = one_line_scalar(key, false);
      out += written_key + ':';
      value(node, indent + written_key.size() + 1, indent + 2);
    }
  }
};

}  // namespace

YamlNode YamlNode::text(std::string value) {
  YamlNode node;
  node.scalar = std::move(value);
  return node;
}

YamlNode YamlNode::boolean(bool value) { return text(value ? "true" : "false"); }

YamlNode YamlNode::list(bool flow) {
  YamlNode node;
  node.kind = Kind::List;
  node.prefer_flow = flow;
  return node;
}

YamlNode YamlNode::map(bool flow) {
  YamlNode node;
  node.kind = Kind::Map;
  node.prefer_flow = flow;
  return node;
}

YamlNode& YamlNode::set(std::string key, YamlNode value) {
  entries.emplace_back(std::move(key), std::move(value));
  return *this;
}

YamlNode& YamlNode::add(YamlNode value) {
  items.push_back(std::move(value));
  return *this;
}

std::string emit_yaml_document(const YamlNode& document, const std::vector<std::string>& header) {
  Emitter emitter;
  for (const auto& line : header) emitter.out += line.empty() ? "#\n" : "# " + line + '\n';
  bool first = true;
  for (const auto& [key, node] : document.entries) {
    // A blank line between sections, as a person would write them.
    if (!first || !header.empty()) emitter.out += '\n';
    first = false;
    emitter.out += one_line_scalar(key, false) + ':';
    // Top-level lists are indented by two, like the examples in docs/schema-yaml.md.
    emitter.value(node, key.size() + 1, 2);
  }
  return emitter.out;
}

}  // namespace surrealpp::schema::yaml

#include "yaml/yaml_mapping.hpp"

#include <algorithm>
#include <cctype>

namespace surrealpp::schema::yaml {
namespace {

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// The keys a mapping holds, for "expected one of" hints.
std::string key_list(const std::set<std::string>& keys) {
  std::string out;
  for (const auto& key : keys) out += (out.empty() ? "" : ", ") + key;
  return out;
}

}  // namespace

SourceLocation location_of(const YAML::Node& node, const std::string& file) {
  SourceLocation location;
  location.file = file;
  if (!node.IsDefined()) return location;
  const YAML::Mark mark = node.Mark();
  if (mark.line < 0) return location;
  location.line = static_cast<std::uint32_t>(mark.line) + 1;
  location.column = static_cast<std::uint32_t>(mark.column) + 1;
  location.offset = static_cast<std::size_t>(std::max(mark.pos, 0));
  if (node.IsScalar()) location.length = node.Scalar().size();
  return location;
}

std::string describe(const YAML::Node& node) {
  if (!node.IsDefined() || node.IsNull()) return "nothing";
  if (node.IsMap()) return "a mapping";
  if (node.IsSequence()) return "a list";
  return "`" + node.Scalar() + "`";
}

std::string scalar_text(const YAML::Node& node, const std::string& file, const std::string& what) {
  if (!node.IsScalar())
    throw YamlError(location_of(node, file), what + " must be a single value, not " + describe(node));
  return node.Scalar();
}

Mapping::Mapping(const YAML::Node& node, std::string file, std::string what)
    : node_(node), file_(std::move(file)), what_(std::move(what)) {
  if (!node_.IsMap())
    throw YamlError(location_of(node_, file_), what_ + " must be a mapping, not " + describe(node_));
}

bool Mapping::has(const char* key) const {
  const YAML::Node value = node_[key];
  return value.IsDefined();
}

YAML::Node Mapping::get(const char* key) {
  known_.insert(key);
  // operator[] on a const node never inserts.
  const YAML::Node& self = node_;
  return self[key];
}

std::optional<std::string> Mapping::text(const char* key) {
  YAML::Node value = get(key);
  if (!value.IsDefined() || value.IsNull()) return std::nullopt;
  return scalar_text(value, file_, "`" + std::string(key) + "` of " + what_);
}

std::string Mapping::required_text(const char* key) {
  YAML::Node value = get(key);
  if (!value.IsDefined() || value.IsNull())
    throw YamlError(location(), what_ + " needs a `" + std::string(key) + "`");
  std::string text = scalar_text(value, file_, "`" + std::string(key) + "` of " + what_);
  if (text.empty())
    throw YamlError(location_of(value, file_), "`" + std::string(key) + "` of " + what_ + " is empty");
  return text;
}

std::optional<bool> Mapping::boolean(const char* key) {
  YAML::Node value = get(key);
  if (!value.IsDefined() || value.IsNull()) return std::nullopt;
  const std::string text = lower(scalar_text(value, file_, "`" + std::string(key) + "` of " + what_));
  if (text == "true" || text == "yes" || text == "on") return true;
  if (text == "false" || text == "no" || text == "off") return false;
  throw YamlError(location_of(value, file_), "`" + std::string(key) + "` of " + what_ +
                                                 " must be true or false, not " + describe(value));
}

std::optional<std::uint64_t> Mapping::unsigned_integer(const char* key) {
  YAML::Node value = get(key);
  if (!value.IsDefined() || value.IsNull()) return std::nullopt;
  const std::string text = scalar_text(value, file_, "`" + std::string(key) + "` of " + what_);
  if (text.empty() || !std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); }))
    throw YamlError(location_of(value, file_), "`" + std::string(key) + "` of " + what_ +
                                                   " must be a whole number, not " + describe(value));
  return std::stoull(text);
}

std::vector<std::string> Mapping::text_list(const char* key) {
  YAML::Node value = get(key);
  std::vector<std::string> out;
  if (!value.IsDefined() || value.IsNull()) return out;
  const std::string what = "`" + std::string(key) + "` of " + what_;
  if (value.IsScalar()) {
    out.push_back(value.Scalar());
    return out;
  }
  if (!value.IsSequence())
    throw YamlError(location_of(value, file_), what + " must be a list, not " + describe(value));
  for (const auto& item : value) out.push_back(scalar_text(item, file_, "an item of " + what));
  return out;
}

std::optional<Expression> Mapping::expression(const char* key) {
  YAML::Node value = get(key);
  if (!value.IsDefined() || value.IsNull()) return std::nullopt;
  Expression expression;
  expression.text = scalar_text(value, file_, "`" + std::string(key) + "` of " + what_);
  expression.location = location_of(value, file_);
  return expression;
}

void Mapping::finish(std::vector<Diagnostic>& diagnostics) const {
  std::set<std::string> allowed = known_;
  for (const auto& entry : node_) {
    const std::string key = entry.first.IsScalar() ? entry.first.Scalar() : std::string();
    if (known_.count(key)) continue;
    Diagnostic diagnostic;
    diagnostic.location = location_of(entry.first, file_);
    diagnostic.message = "unknown key `" + key + "` in " + what_ + " (known keys: " + key_list(allowed) + ")";
    diagnostics.push_back(std::move(diagnostic));
  }
}

}  // namespace surrealpp::schema::yaml

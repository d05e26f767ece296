#include "export/json_writer.hpp"

#include <cstdio>

namespace surrealpp::schema::json {

std::string quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {  // DEL too: readers of YAML need it escaped
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04x",
                        static_cast<unsigned>(static_cast<unsigned char>(c)));
          out += buffer;
        } else {
          out += c;  // UTF-8 passes through unchanged
        }
    }
  }
  return out + '"';
}

void Writer::newline() {
  if (!pretty_) return;
  out_ += '\n';
  out_.append(levels_.size() * 2, ' ');
}

void Writer::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (levels_.empty()) return;
  if (!levels_.back().empty) out_ += ',';
  levels_.back().empty = false;
  newline();
}

void Writer::key(std::string_view name) {
  if (!levels_.back().empty) out_ += ',';
  levels_.back().empty = false;
  newline();
  out_ += quote(name);
  out_ += pretty_ ? ": " : ":";
  after_key_ = true;
}

void Writer::begin_object() {
  before_value();
  out_ += '{';
  levels_.push_back({false, true});
}

void Writer::end_object() {
  const bool empty = levels_.back().empty;
  levels_.pop_back();
  if (!empty) newline();
  out_ += '}';
}

void Writer::begin_array() {
  before_value();
  out_ += '[';
  levels_.push_back({true, true});
}

void Writer::end_array() {
  const bool empty = levels_.back().empty;
  levels_.pop_back();
  if (!empty) newline();
  out_ += ']';
}

void Writer::value(std::string_view text) {
  before_value();
  out_ += quote(text);
}

void Writer::value(bool flag) {
  before_value();
  out_ += flag ? "true" : "false";
}

void Writer::value(std::uint64_t number) {
  before_value();
  out_ += std::to_string(number);
}

void Writer::null() {
  before_value();
  out_ += "null";
}

}  // namespace surrealpp::schema::json

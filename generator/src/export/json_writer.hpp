// A small streaming JSON writer: keys come out in the order they are written (so the IR export has a stable,
// documented key order), strings are escaped per RFC 8259, output is indented two spaces per level.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace surrealpp::schema::json {

class Writer {
 public:
  explicit Writer(bool pretty = true) : pretty_(pretty) {}

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  // The key of the next value inside an object.
  void key(std::string_view name);

  void value(std::string_view text);
  void value(const char* text) { value(std::string_view(text)); }
  void value(const std::string& text) { value(std::string_view(text)); }
  void value(bool flag);
  void value(std::uint64_t number);
  void null();

  // key + value in one call.
  template <typename T>
  void member(std::string_view name, const T& v) {
    key(name);
    value(v);
  }

  const std::string& str() const { return out_; }

 private:
  void before_value();
  void newline();

  struct Level {
    bool array = false;
    bool empty = true;
  };
  bool pretty_;
  bool after_key_ = false;
  std::vector<Level> levels_;
  std::string out_;
};

// `text` as a JSON string literal, quotes included.
std::string quote(std::string_view text);

}  // namespace surrealpp::schema::json

#pragma once
// The output of every typed query: SurrealQL text plus the values bound to its parameters.
//
//   auto q = db.select(app::user).where(app::user.age >= 18).to_surql();
//   q.text  == "SELECT * FROM user WHERE age >= $p0"
//   q.vars  == surreal::Object{{"p0", 18}}
//
// Values never enter the text: a builder hands each one to SurqlWriter::bind(), which names it `$p0`, `$p1`,
// … in the order the text mentions them. Identifiers (table and field names) do enter the text, escaped with
// backticks when SurrealDB would not read them as plain identifiers (see escape_identifier()).
#include <cstddef>
#include <string>
#include <string_view>

#include <surreal/value.hpp>

namespace surreal {

/// A statement ready to send: `db.query(q.text, q.vars)`.
struct SurrealQL {
  std::string text;
  Object vars;
  friend bool operator==(const SurrealQL&, const SurrealQL&) = default;
};

/// `name` as SurrealDB reads an identifier: unchanged when it is a plain identifier ([A-Za-z_][A-Za-z0-9_]*)
/// that is not a keyword SurrealQL would read differently (`select`, `true`, `none`, …); otherwise in
/// backticks with `\` and `` ` `` escaped by a backslash ("a-b" -> "`a-b`", "select" -> "`select`").
std::string escape_identifier(std::string_view name);

/// A field path ("address.city", "tags[0]" is not a path: only dot-separated names) with every part escaped.
/// "address.city" -> "address.city"; "my-field.x" -> "`my-field`.x".
std::string escape_field_path(std::string_view path);

/// Builds the text of one statement while binding its values as `$p0`, `$p1`, ….
class SurqlWriter {
 public:
  /// Binds `value` to the next parameter and returns its reference (`$p3`).
  std::string bind(Value value);
  /// Appends raw SurrealQL (keywords, operators; never user values).
  SurqlWriter& append(std::string_view text) {
    text_ += text;
    return *this;
  }
  /// Appends an escaped field path.
  SurqlWriter& field(std::string_view path) {
    text_ += escape_field_path(path);
    return *this;
  }
  /// Appends an escaped identifier (a table name).
  SurqlWriter& identifier(std::string_view name) {
    text_ += escape_identifier(name);
    return *this;
  }
  /// Binds `value` and appends its parameter reference.
  SurqlWriter& value(Value value) {
    text_ += bind(std::move(value));
    return *this;
  }
  const std::string& text() const noexcept { return text_; }
  std::size_t bound() const noexcept { return next_; }
  SurrealQL finish() && { return SurrealQL{std::move(text_), std::move(vars_)}; }

 private:
  std::string text_;
  Object vars_;
  std::size_t next_ = 0;
};

}  // namespace surreal

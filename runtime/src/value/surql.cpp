// SurrealQL literal text: rendering (Value::to_surql, RecordId::to_string, Range::to_string) and parsing
// (from_surql, RecordId::parse).
#include <surreal/value.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>

namespace surreal {

namespace {

// ------------------------------------------------------------------------------------------------------------------
// Rendering

bool is_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// Non-empty, only [A-Za-z0-9_], not starting with a digit, not NaN/Infinity.
bool is_plain_word(std::string_view s) {
  if (s.empty() || is_digit(s.front())) return false;
  for (char c : s)
    if (!is_word_byte(c)) return false;
  return s != "NaN" && s != "Infinity";
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

/// Words that may start a statement or an expression: tables named like these are put in backticks so that
/// `select:1` cannot be read as the start of a SELECT.
constexpr std::array<std::string_view, 64> kKeywords = {
    "ALTER",    "AND",     "AS",     "BEGIN",    "BREAK", "CANCEL",  "COMMIT",   "CONTAINS",
    "CONTINUE", "CREATE",  "DEFINE", "DELETE",   "ELSE",  "END",     "EXPLAIN",  "FALSE",
    "FETCH",    "FOR",     "FROM",   "FUNCTION", "IF",    "IN",      "INFO",     "INSERT",
    "INTO",     "IS",      "KILL",   "LET",      "LIMIT", "LIVE",    "MATH",     "NONE",
    "NOT",      "NULL",    "ONLY",   "OPTION",   "OR",    "ORDER",   "RELATE",   "REMOVE",
    "RETURN",   "SELECT",  "SET",    "SHOW",     "SLEEP", "SPLIT",   "START",    "THEN",
    "THROW",    "TRUE",    "UPDATE", "UPSERT",   "USE",   "VALUE",   "VALUES",   "WHERE",
    "WITH",     "REBUILD", "ACCESS", "GROUP",    "OMIT",  "TIMEOUT", "PARALLEL", "RAND"};

bool is_keyword(std::string_view s) {
  return std::any_of(kKeywords.begin(), kKeywords.end(), [&](std::string_view k) { return iequals(s, k); });
}

/// SurrealDB's escaping inside a quoted string/ident: backslash, the closing quote, NUL, CR, LF and tab.
void append_escaped(std::string& out, std::string_view s, std::string_view close) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\\') {
      out += "\\\\";
    } else if (s.compare(i, close.size(), close) == 0) {
      out += '\\';
      out.append(close);
      i += close.size() - 1;
    } else if (c == '\0') {
      out += "\\0";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else {
      out += c;
    }
  }
}

void append_string(std::string& out, std::string_view s) {
  char q = s.find('\'') != std::string_view::npos ? '"' : '\'';
  out += q;
  append_escaped(out, s, std::string_view(&q, 1));
  out += q;
}

void append_key(std::string& out, std::string_view k) {
  if (is_plain_word(k)) {
    out.append(k);
  } else {
    out += '"';
    append_escaped(out, k, "\"");
    out += '"';
  }
}

void append_ident(std::string& out, std::string_view t) {
  if (is_plain_word(t) && !is_keyword(t)) {
    out.append(t);
  } else {
    out += '`';
    append_escaped(out, t, "`");
    out += '`';
  }
}

/// A string record key, as SurrealDB 3.x renders it: plain when it is only [A-Za-z0-9_] with at least one
/// character that is not a digit or '_' (so it cannot read as a number) and is not NaN/Infinity; otherwise in
/// backticks. (Backticks, not ⟨…⟩: both engines parse them with the same escapes, while `\⟩` inside ⟨…⟩ is
/// rejected by both and 2.x reads ⟨…⟩ without processing escapes at all.)
void append_rid_string(std::string& out, std::string_view k) {
  bool word = !k.empty() && std::all_of(k.begin(), k.end(), is_word_byte);
  bool numeric_like = std::all_of(k.begin(), k.end(), [](char c) { return is_digit(c) || c == '_'; });
  if (word && !numeric_like && k != "NaN" && k != "Infinity") {
    out.append(k);
  } else {
    out += '`';
    append_escaped(out, k, "`");
    out += '`';
  }
}

/// Shortest round-trip decimal text without an exponent (like Rust's Display for f64).
void append_plain_double(std::string& out, double d) {
  char buf[400];
  auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::fixed);
  out.append(buf, r.ptr);
}

void append_float(std::string& out, double d) {
  if (std::isnan(d)) {
    out += "NaN";
  } else if (std::isinf(d)) {
    out += d > 0 ? "math::inf" : "math::neg_inf";
  } else {
    append_plain_double(out, d);
    out += 'f';
  }
}

void append_value(std::string& out, const Value& v, bool in_set = false);

void append_point_coords(std::string& out, const GeometryPoint& p) {
  out += '[';
  append_plain_double(out, p.x);
  out += ", ";
  append_plain_double(out, p.y);
  out += ']';
}
void append_line_coords(std::string& out, const std::vector<GeometryPoint>& ps) {
  out += '[';
  for (std::size_t i = 0; i < ps.size(); ++i) {
    if (i) out += ", ";
    append_point_coords(out, ps[i]);
  }
  out += ']';
}
void append_polygon_coords(std::string& out, const GeometryPolygon& pg) {
  out += '[';
  for (std::size_t i = 0; i < pg.rings.size(); ++i) {
    if (i) out += ", ";
    append_line_coords(out, pg.rings[i].points);
  }
  out += ']';
}

void append_geometry(std::string& out, const Geometry& g) {
  if (const GeometryPoint* p = g.get_if<GeometryPoint>()) {
    out += '(';
    append_plain_double(out, p->x);
    out += ", ";
    append_plain_double(out, p->y);
    out += ')';
    return;
  }
  out += "{ type: '";
  out += g.type_name();
  out += "', ";
  if (const GeometryCollection* c = g.get_if<GeometryCollection>()) {
    out += "geometries: [";
    for (std::size_t i = 0; i < c->geometries.size(); ++i) {
      if (i) out += ", ";
      const Geometry& sub = c->geometries[i];
      if (const GeometryPoint* p = sub.get_if<GeometryPoint>()) {
        out += "{ type: 'Point', coordinates: ";
        append_point_coords(out, *p);
        out += " }";
      } else {
        append_geometry(out, sub);
      }
    }
    out += "] }";
    return;
  }
  out += "coordinates: ";
  std::visit(
      [&](const auto& s) {
        using S = std::decay_t<decltype(s)>;
        if constexpr (std::is_same_v<S, GeometryLine>) {
          append_line_coords(out, s.points);
        } else if constexpr (std::is_same_v<S, GeometryPolygon>) {
          append_polygon_coords(out, s);
        } else if constexpr (std::is_same_v<S, GeometryMultiPoint>) {
          append_line_coords(out, s.points);
        } else if constexpr (std::is_same_v<S, GeometryMultiLine>) {
          out += '[';
          for (std::size_t i = 0; i < s.lines.size(); ++i) {
            if (i) out += ", ";
            append_line_coords(out, s.lines[i].points);
          }
          out += ']';
        } else if constexpr (std::is_same_v<S, GeometryMultiPolygon>) {
          out += '[';
          for (std::size_t i = 0; i < s.polygons.size(); ++i) {
            if (i) out += ", ";
            append_polygon_coords(out, s.polygons[i]);
          }
          out += ']';
        }
      },
      g.variant());
  out += " }";
}

void append_range(std::string& out, const Range& r, bool as_key);

/// A record id key (the part after "table:").
void append_rid_key(std::string& out, const Value& k) {
  switch (k.kind()) {
    case Kind::String:
      append_rid_string(out, *k.get_if<std::string>());
      break;
    case Kind::Range:
      append_range(out, *k.get_if<Range>(), true);
      break;
    default:
      append_value(out, k);
      break;
  }
}

void append_range(std::string& out, const Range& r, bool as_key) {
  auto bound_value = [&](const Value& v) {
    if (as_key)
      append_rid_key(out, v);
    else
      append_value(out, v);
  };
  if (!r.begin().is_unbounded()) {
    bound_value(r.begin().value());
    if (r.begin().is_excluded()) out += '>';
  }
  out += "..";
  if (!r.end().is_unbounded()) {
    if (r.end().is_included()) out += '=';
    bound_value(r.end().value());
  }
}

void append_record_id(std::string& out, const RecordId& id) {
  append_ident(out, id.table());
  out += ':';
  append_rid_key(out, id.key());
}

void append_value(std::string& out, const Value& v, bool in_set) {
  switch (v.kind()) {
    case Kind::None:
      out += "NONE";
      break;
    case Kind::Null:
      out += "NULL";
      break;
    case Kind::Bool:
      out += *v.get_if<bool>() ? "true" : "false";
      break;
    case Kind::Int:
      out += std::to_string(*v.get_if<std::int64_t>());
      break;
    case Kind::Float:
      append_float(out, *v.get_if<double>());
      break;
    case Kind::Decimal:
      out += v.get_if<Decimal>()->text();
      out += "dec";
      break;
    case Kind::String:
      append_string(out, *v.get_if<std::string>());
      break;
    case Kind::Bytes: {
      static constexpr char hex[] = "0123456789ABCDEF";
      out += "b\"";
      for (auto b : v.get_if<Bytes>()->data()) {
        out += hex[b >> 4];
        out += hex[b & 15];
      }
      out += '"';
      break;
    }
    case Kind::Datetime:
      out += "d'";
      out += v.get_if<Datetime>()->to_string();
      out += '\'';
      break;
    case Kind::Duration:
      out += v.get_if<Duration>()->to_string();
      break;
    case Kind::Uuid:
      out += "u'";
      out += v.get_if<Uuid>()->to_string();
      out += '\'';
      break;
    case Kind::Array: {
      out += '[';
      bool first = true;
      for (const auto& x : *v.get_if<Array>()) {
        if (!first) out += ", ";
        first = false;
        append_value(out, x);
      }
      out += ']';
      break;
    }
    case Kind::Object: {
      const Object& o = *v.get_if<Object>();
      if (o.empty()) {
        out += "{}";
        break;
      }
      out += "{ ";
      bool first = true;
      for (const auto& [k, x] : o) {
        if (!first) out += ", ";
        first = false;
        append_key(out, k);
        out += ": ";
        append_value(out, x);
      }
      out += " }";
      break;
    }
    case Kind::RecordId:
      if (in_set) {
        // `{user:1}` would read as an object; r"…" is unambiguous.
        std::string text;
        append_record_id(text, *v.get_if<RecordId>());
        out += 'r';
        append_string(out, text);
      } else {
        append_record_id(out, *v.get_if<RecordId>());
      }
      break;
    case Kind::Table:
      out += "type::table(";
      append_string(out, v.get_if<Table>()->name);
      out += ')';
      break;
    case Kind::Range:
      append_range(out, *v.get_if<Range>(), false);
      break;
    case Kind::Geometry:
      append_geometry(out, *v.get_if<Geometry>());
      break;
    case Kind::File: {
      const File& f = *v.get_if<File>();
      std::string text = f.bucket() + ":" + (f.key().empty() || f.key().front() != '/' ? "/" : "") + f.key();
      out += "f\"";
      append_escaped(out, text, "\"");
      out += '"';
      break;
    }
    case Kind::Set: {
      const Set& s = *v.get_if<Set>();
      if (s.empty()) {
        out += "{,}";
        break;
      }
      out += '{';
      bool first = true;
      for (const auto& x : s.items()) {
        if (!first) out += ", ";
        first = false;
        append_value(out, x, true);
      }
      if (s.size() == 1) out += ',';
      out += '}';
      break;
    }
  }
}

// ------------------------------------------------------------------------------------------------------------------
// Parsing

class Parser {
 public:
  explicit Parser(std::string_view s) : s_(s) {}

  [[noreturn]] void fail(const std::string& why) const {
    throw ConversionError("invalid SurrealQL literal at offset " + std::to_string(i_) + ": " + why);
  }

  Value value_with_range() {
    ws();
    if (starts("..")) return range_from(Bound::unbounded(), false);
    Value v = value();
    std::size_t save = i_;
    ws();
    if (starts(">..") || starts("..")) {
      if (starts(">..")) {
        i_ += 1;
        return range_from(Bound::excluded(std::move(v)), false);
      }
      return range_from(Bound::included(std::move(v)), false);
    }
    i_ = save;
    return v;
  }

  void finish() {
    ws();
    if (i_ != s_.size()) fail("unexpected trailing text");
  }

  RecordId record_id() {
    ws();
    std::string table = ident();
    if (!eat(':')) fail("expected ':' after the table name");
    return RecordId(std::move(table), rid_key_with_range());
  }

  bool at_end() const { return i_ >= s_.size(); }

 private:
  char peek(std::size_t k = 0) const { return i_ + k < s_.size() ? s_[i_ + k] : '\0'; }
  bool starts(std::string_view t) const { return s_.substr(i_, t.size()) == t; }
  bool eat(char c) {
    if (peek() == c && i_ < s_.size()) {
      ++i_;
      return true;
    }
    return false;
  }
  bool eat(std::string_view t) {
    if (starts(t)) {
      i_ += t.size();
      return true;
    }
    return false;
  }
  void expect(char c) {
    ws();
    if (!eat(c)) fail(std::string("expected '") + c + "'");
  }
  void ws() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
  }
  std::string_view word() {
    std::size_t b = i_;
    while (i_ < s_.size() && is_word_byte(s_[i_])) ++i_;
    return s_.substr(b, i_ - b);
  }

  static void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  /// ⟨…⟩ as SurrealDB 2.x writes it: only `\⟩` is an escape, every other byte is taken as it is.
  std::string angle_body() {
    std::string out;
    while (true) {
      if (i_ >= s_.size()) fail("unterminated \u27e8\u2026\u27e9");
      if (starts("\xE2\x9F\xA9")) {
        i_ += 3;
        return out;
      }
      if (starts("\\\xE2\x9F\xA9")) {
        out += "\xE2\x9F\xA9";
        i_ += 4;
        continue;
      }
      out += s_[i_++];
    }
  }

  /// Text up to the unescaped `close` (after the opening delimiter was consumed).
  std::string quoted_body(std::string_view close) {
    std::string out;
    while (true) {
      if (i_ >= s_.size()) fail("unterminated quoted text");
      if (starts(close)) {
        i_ += close.size();
        return out;
      }
      char c = s_[i_++];
      if (c != '\\') {
        out += c;
        continue;
      }
      if (i_ >= s_.size()) fail("unterminated escape");
      char e = s_[i_++];
      switch (e) {
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case '0':
          out += '\0';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'u': {
          std::uint32_t cp = 0;
          if (eat('{')) {
            std::size_t b = i_;
            while (i_ < s_.size() && s_[i_] != '}') ++i_;
            auto hex = s_.substr(b, i_ - b);
            if (!eat('}') || hex.empty() ||
                std::from_chars(hex.data(), hex.data() + hex.size(), cp, 16).ptr != hex.data() + hex.size())
              fail("bad \\u{…} escape");
          } else {
            auto hex = s_.substr(i_, 4);
            if (hex.size() != 4 || std::from_chars(hex.data(), hex.data() + 4, cp, 16).ptr != hex.data() + 4)
              fail("bad \\u escape");
            i_ += 4;
          }
          if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) fail("bad code point in \\u escape");
          append_utf8(out, cp);
          break;
        }
        default:
          // \\, \', \", \`, \/, \⟩ and anything else: the character itself (whole UTF-8 sequence).
          out += e;
          while (i_ < s_.size() && (static_cast<unsigned char>(s_[i_]) & 0xC0) == 0x80) out += s_[i_++];
          break;
      }
    }
  }

  std::string string_literal() {
    char q = peek();
    if (q != '\'' && q != '"') fail("expected a quoted string");
    ++i_;
    return quoted_body(std::string_view(&s_[i_ - 1], 1));
  }

  std::string ident() {
    if (eat('`')) return quoted_body("`");
    if (eat("\xE2\x9F\xA8")) return angle_body();
    std::string_view w = word();
    if (w.empty()) fail("expected an identifier");
    return std::string(w);
  }

  Value range_from(Bound begin, bool key) {
    if (!eat("..")) fail("expected '..'");
    bool inclusive = eat('=');
    ws();
    char c = peek();
    bool has_end = c != '\0' && c != ',' && c != ']' && c != '}' && c != ')';
    if (!has_end) {
      if (inclusive) fail("expected a value after '..='");
      return Value(Range(std::move(begin), Bound::unbounded()));
    }
    Value e = key ? rid_key() : value();
    return Value(
        Range(std::move(begin), inclusive ? Bound::included(std::move(e)) : Bound::excluded(std::move(e))));
  }

  Value rid_key_with_range() {
    if (starts("..")) return range_from(Bound::unbounded(), true);
    Value k = rid_key();
    if (starts(">..")) {
      i_ += 1;
      return range_from(Bound::excluded(std::move(k)), true);
    }
    if (starts("..")) return range_from(Bound::included(std::move(k)), true);
    return k;
  }

  Value rid_key() {
    char c = peek();
    if (c == '`') {
      ++i_;
      return Value(quoted_body("`"));
    }
    if (starts("\xE2\x9F\xA8")) {
      i_ += 3;
      return Value(angle_body());
    }
    if (c == '[' || c == '{') return value();
    if ((c == 'u') && (peek(1) == '\'' || peek(1) == '"')) return value();
    // A number or a word. Digits only (optionally negative) make an int; anything else made of word bytes
    // is a string.
    std::size_t b = i_;
    if (c == '-' || c == '+') ++i_;
    while (i_ < s_.size() && is_word_byte(s_[i_])) ++i_;
    std::string_view w = s_.substr(b, i_ - b);
    if (w.empty() || w == "-" || w == "+") fail("expected a record id key");
    std::string_view digits = (w.front() == '-' || w.front() == '+') ? w.substr(1) : w;
    bool numeric = !digits.empty() && std::all_of(digits.begin(), digits.end(), is_digit);
    if (numeric) {
      std::int64_t n = 0;
      std::string_view num = w.front() == '+' ? w.substr(1) : w;
      auto r = std::from_chars(num.data(), num.data() + num.size(), n);
      if (r.ec != std::errc() || r.ptr != num.data() + num.size()) fail("record id number out of range");
      return Value(n);
    }
    if (w.front() == '-' || w.front() == '+') fail("bad record id key");
    return Value(std::string(w));
  }

  Value number_or_duration() {
    std::size_t b = i_;
    bool neg = eat('-');
    if (!neg) eat('+');
    std::size_t db = i_;
    while (is_digit(peek())) ++i_;
    if (i_ == db) fail("expected a number");
    // Duration: digits directly followed by a unit letter (not the f / dec suffixes).
    auto unit_start = [&]() {
      char c = peek();
      if (starts("dec")) return false;
      return c == 'n' || c == 'u' || c == 'm' || c == 's' || c == 'h' || c == 'd' || c == 'w' || c == 'y' ||
             starts("\xC2\xB5") || starts("\xCE\xBC");
    };
    if (!neg && unit_start()) {
      std::size_t e = i_;
      while (e < s_.size() && (is_word_byte(s_[e]) || (static_cast<unsigned char>(s_[e]) >= 0x80))) ++e;
      std::string_view text = s_.substr(db, e - db);
      i_ = e;
      return Value(Duration::parse(text));
    }
    bool is_float = false;
    if (peek() == '.' && is_digit(peek(1))) {
      is_float = true;
      ++i_;
      while (is_digit(peek())) ++i_;
    }
    if ((peek() == 'e' || peek() == 'E') &&
        (is_digit(peek(1)) || ((peek(1) == '-' || peek(1) == '+') && is_digit(peek(2))))) {
      is_float = true;
      i_ += 2;
      while (is_digit(peek())) ++i_;
    }
    std::string_view text = s_.substr(b, i_ - b);
    if (eat("dec")) return Value(Decimal(std::string(text.front() == '+' ? text.substr(1) : text)));
    if (eat('f')) is_float = true;
    if (text.front() == '+') text.remove_prefix(1);
    if (is_float) {
      double d = 0;
      auto r = std::from_chars(text.data(), text.data() + text.size(), d);
      if (r.ptr != text.data() + text.size()) fail("bad float");
      return Value(d);
    }
    std::int64_t n = 0;
    auto r = std::from_chars(text.data(), text.data() + text.size(), n);
    if (r.ec != std::errc() || r.ptr != text.data() + text.size()) fail("integer out of range");
    return Value(n);
  }

  Value array() {
    ++i_;  // [
    Array a;
    while (true) {
      ws();
      if (eat(']')) return Value(std::move(a));
      a.push_back(value_with_range());
      ws();
      if (eat(',')) continue;
      if (eat(']')) return Value(std::move(a));
      fail("expected ',' or ']'");
    }
  }

  /// At '{': an object, or a set.
  Value brace() {
    ++i_;
    ws();
    if (eat('}')) return Value(Object());
    if (peek() == ',') {
      ++i_;
      expect('}');
      return Value(Set());
    }
    // An object when a key is followed by ':' (not '::').
    std::size_t save = i_;
    bool is_object = false;
    try {
      if (peek() == '"' || peek() == '\'') {
        string_literal();
      } else {
        std::size_t b = i_;
        while (i_ < s_.size() && is_word_byte(s_[i_])) ++i_;
        if (i_ == b) throw ConversionError("");
      }
      ws();
      is_object = peek() == ':' && peek(1) != ':';
    } catch (const ConversionError&) {
      is_object = false;
    }
    i_ = save;
    if (!is_object) {
      std::vector<Value> items;
      while (true) {
        ws();
        if (eat('}')) return Value(Set(std::move(items)));
        items.push_back(value_with_range());
        ws();
        if (eat(',')) continue;
        if (eat('}')) return Value(Set(std::move(items)));
        fail("expected ',' or '}' in a set");
      }
    }
    Object o;
    while (true) {
      ws();
      if (eat('}')) break;
      std::string key;
      if (peek() == '"' || peek() == '\'') {
        key = string_literal();
      } else {
        std::string_view w = word();
        if (w.empty()) fail("expected an object key");
        key = std::string(w);
      }
      expect(':');
      Value v = value_with_range();
      o.append_unchecked(std::move(key), std::move(v));
      ws();
      if (eat(',')) continue;
      if (eat('}')) break;
      fail("expected ',' or '}' in an object");
    }
    o.finish_unsorted();
    if (auto g = geometry_from_object(o)) return Value(std::move(*g));
    return Value(std::move(o));
  }

  static bool point_of(const Value& v, GeometryPoint& p) {
    const Array* a = v.get_if<Array>();
    if (!a || a->size() != 2 || !(*a)[0].is_number() || !(*a)[1].is_number()) return false;
    p = {(*a)[0].as_double(), (*a)[1].as_double()};
    return true;
  }
  static bool line_of(const Value& v, GeometryLine& l) {
    const Array* a = v.get_if<Array>();
    if (!a) return false;
    for (const auto& x : *a) {
      GeometryPoint p;
      if (!point_of(x, p)) return false;
      l.points.push_back(p);
    }
    return true;
  }
  static bool polygon_of(const Value& v, GeometryPolygon& pg) {
    const Array* a = v.get_if<Array>();
    if (!a || a->empty()) return false;
    for (const auto& x : *a) {
      GeometryLine l;
      if (!line_of(x, l)) return false;
      pg.rings.push_back(std::move(l));
    }
    return true;
  }
  /// SurrealDB turns GeoJSON-shaped objects into geometries.
  static std::optional<Geometry> geometry_from_object(const Object& o) {
    const Value* type = o.get("type");
    if (!type || !type->is_string() || o.size() != 2) return std::nullopt;
    const std::string& t = type->as_string();
    if (t == "GeometryCollection") {
      const Value* gs = o.get("geometries");
      if (!gs || !gs->is_array()) return std::nullopt;
      GeometryCollection c;
      for (const auto& x : gs->as_array()) {
        const Geometry* g = x.get_if<Geometry>();
        if (!g) return std::nullopt;
        c.geometries.push_back(*g);
      }
      return Geometry(std::move(c));
    }
    const Value* coords = o.get("coordinates");
    if (!coords) return std::nullopt;
    if (t == "Point") {
      GeometryPoint p;
      if (point_of(*coords, p)) return Geometry(p);
    } else if (t == "LineString") {
      GeometryLine l;
      if (line_of(*coords, l)) return Geometry(std::move(l));
    } else if (t == "Polygon") {
      GeometryPolygon pg;
      if (polygon_of(*coords, pg)) return Geometry(std::move(pg));
    } else if (t == "MultiPoint") {
      GeometryLine l;
      if (line_of(*coords, l)) return Geometry(GeometryMultiPoint{std::move(l.points)});
    } else if (t == "MultiLineString") {
      const Array* a = coords->get_if<Array>();
      if (!a) return std::nullopt;
      GeometryMultiLine m;
      for (const auto& x : *a) {
        GeometryLine l;
        if (!line_of(x, l)) return std::nullopt;
        m.lines.push_back(std::move(l));
      }
      return Geometry(std::move(m));
    } else if (t == "MultiPolygon") {
      const Array* a = coords->get_if<Array>();
      if (!a) return std::nullopt;
      GeometryMultiPolygon m;
      for (const auto& x : *a) {
        GeometryPolygon pg;
        if (!polygon_of(x, pg)) return std::nullopt;
        m.polygons.push_back(std::move(pg));
      }
      return Geometry(std::move(m));
    }
    return std::nullopt;
  }

  Value value() {
    ws();
    if (++depth_ > 256) fail("nesting too deep");
    struct Leave {
      int& d;
      ~Leave() { --d; }
    } leave{depth_};
    char c = peek();
    if (c == '\0' && i_ >= s_.size()) fail("expected a value");
    if (c == '[') return array();
    if (c == '{') return brace();
    if (c == '(') {
      ++i_;
      ws();
      Value x = number_or_duration();
      expect(',');
      ws();
      Value y = number_or_duration();
      expect(')');
      if (!x.is_number() || !y.is_number()) fail("a point needs two numbers");
      return Value(GeometryPoint{x.as_double(), y.as_double()});
    }
    if (c == '\'' || c == '"') return Value(string_literal());
    if (is_digit(c) || ((c == '-' || c == '+') && is_digit(peek(1)))) return number_or_duration();
    if ((c == 's' || c == 'd' || c == 'u' || c == 'r' || c == 'b' || c == 'f') &&
        (peek(1) == '\'' || peek(1) == '"')) {
      ++i_;
      std::string text = string_literal();
      switch (c) {
        case 's':
          return Value(std::move(text));
        case 'd':
          return Value(Datetime::parse(text));
        case 'u':
          return Value(Uuid::parse(text));
        case 'r':
          return Value(RecordId::parse(text));
        case 'b': {
          if (text.size() % 2) fail("odd number of hex digits in b\"…\"");
          std::vector<std::uint8_t> out(text.size() / 2);
          for (std::size_t k = 0; k < out.size(); ++k) {
            unsigned v = 0;
            auto r = std::from_chars(text.data() + 2 * k, text.data() + 2 * k + 2, v, 16);
            if (r.ptr != text.data() + 2 * k + 2) fail("bad hex digit in b\"…\"");
            out[k] = static_cast<std::uint8_t>(v);
          }
          return Value(Bytes(std::move(out)));
        }
        default: {
          auto colon = text.find(':');
          if (colon == std::string::npos) fail("a file needs bucket:/key");
          return Value(File(text.substr(0, colon), text.substr(colon + 1)));
        }
      }
    }
    if (eat("math::nan")) return Value(std::nan(""));
    if (eat("math::inf")) return Value(INFINITY);
    if (eat("math::neg_inf")) return Value(-INFINITY);
    if (eat("-Infinity")) return Value(-INFINITY);
    if (eat("type::table(")) {
      ws();
      std::string t = string_literal();
      expect(')');
      return Value(Table(std::move(t)));
    }
    if (c == '`' || starts("\xE2\x9F\xA8")) return Value(record_id());
    std::size_t save = i_;
    std::string_view w = word();
    if (w.empty()) fail("unexpected character");
    if (peek() == ':' && peek(1) != ':') {
      i_ = save;
      return Value(record_id());
    }
    if (iequals(w, "NONE")) return Value::none();
    if (iequals(w, "NULL")) return Value::null();
    if (iequals(w, "true")) return Value(true);
    if (iequals(w, "false")) return Value(false);
    if (w == "NaN") return Value(std::nan(""));
    if (w == "Infinity") return Value(INFINITY);
    i_ = save;
    fail("unsupported expression '" + std::string(w) + "'");
  }

  std::string_view s_;
  std::size_t i_ = 0;
  int depth_ = 0;
};

}  // namespace

std::string Value::to_surql() const {
  std::string out;
  append_value(out, *this);
  return out;
}

std::string RecordId::to_string() const {
  std::string out;
  append_record_id(out, *this);
  return out;
}

std::string Range::to_string() const {
  std::string out;
  append_range(out, *this, false);
  return out;
}

Value from_surql(std::string_view text) {
  Parser p(text);
  Value v = p.value_with_range();
  p.finish();
  return v;
}

RecordId RecordId::parse(std::string_view text) {
  std::string_view t = text;
  while (!t.empty() && (t.front() == ' ' || t.front() == '\t' || t.front() == '\n')) t.remove_prefix(1);
  while (!t.empty() && (t.back() == ' ' || t.back() == '\t' || t.back() == '\n')) t.remove_suffix(1);
  std::string unwrapped;
  if (t.size() >= 3 && t.front() == 'r' && (t[1] == '\'' || t[1] == '"') && t.back() == t[1]) {
    Parser q(t.substr(1));
    Value s = q.value_with_range();
    q.finish();
    unwrapped = s.as_string();
    t = unwrapped;
  }
  Parser p(t);
  RecordId id = p.record_id();
  p.finish();
  return id;
}

}  // namespace surreal

#include "parse/identifiers.hpp"

#include <cstdint>

namespace surrealpp::schema::parse {

namespace {

void append_utf8(std::string& out, std::uint32_t code_point) {
  if (code_point < 0x80) {
    out += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    out += static_cast<char>(0xC0 | (code_point >> 6));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    out += static_cast<char>(0xE0 | (code_point >> 12));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code_point >> 18));
    out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  }
}

bool is_hex(std::string_view digits) {
  if (digits.empty()) return false;
  for (char h : digits) {
    bool digit = h >= '0' && h <= '9';
    bool letter = (h | 0x20) >= 'a' && (h | 0x20) <= 'f';
    if (!digit && !letter) return false;
  }
  return true;
}

std::uint32_t hex_value(std::string_view digits) {
  std::uint32_t code_point = 0;
  for (char h : digits)
    code_point = code_point * 16 + static_cast<std::uint32_t>(h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
  return code_point;
}

// Resolves backslash escapes of the body between the quotes.
std::string unescape(std::string_view body) {
  std::string out;
  out.reserve(body.size());
  for (std::size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c != '\\' || i + 1 == body.size()) {
      out += c;
      continue;
    }
    char next = body[++i];
    switch (next) {
      case 'n':
        out += '\n';
        break;
      case 't':
        out += '\t';
        break;
      case 'r':
        out += '\r';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case '0':
        out += '\0';
        break;
      case 'u':
        if (i + 1 < body.size() && body[i + 1] == '{') {
          std::size_t close = body.find('}', i + 2);
          if (close != std::string_view::npos && is_hex(body.substr(i + 2, close - i - 2))) {
            append_utf8(out, hex_value(body.substr(i + 2, close - i - 2)));
            i = close;
            break;
          }
        }
        // SurrealDB also takes the JSON form: exactly four hex digits without braces (`\u0053` is `S`).
        if (i + 4 < body.size() && is_hex(body.substr(i + 1, 4))) {
          append_utf8(out, hex_value(body.substr(i + 1, 4)));
          i += 4;
          break;
        }
        out += next;
        break;
      default:
        out += next;
        break;  // \\ \' \" \` and the ⟩ lead byte: the character itself
    }
  }
  return out;
}

constexpr std::string_view kOpenAngle = "\xE2\x9F\xA8";   // ⟨
constexpr std::string_view kCloseAngle = "\xE2\x9F\xA9";  // ⟩

}  // namespace

std::string identifier_value(std::string_view text, EscapeRules rules) {
  if (text.size() >= 2 && text.front() == '`' && text.back() == '`') {
    return unescape(text.substr(1, text.size() - 2));
  }
  if (text.size() >= kOpenAngle.size() + kCloseAngle.size() &&
      text.substr(0, kOpenAngle.size()) == kOpenAngle &&
      text.substr(text.size() - kCloseAngle.size()) == kCloseAngle) {
    std::string_view body =
        text.substr(kOpenAngle.size(), text.size() - kOpenAngle.size() - kCloseAngle.size());
    if (rules == EscapeRules::V2) return std::string(body);
    // `\⟩` escapes the closing bracket: drop the backslash in front of its three bytes.
    std::string out;
    for (std::size_t i = 0; i < body.size(); ++i) {
      if (body[i] == '\\' && body.substr(i + 1, kCloseAngle.size()) == kCloseAngle) continue;
      out += body[i];
    }
    return unescape(out);
  }
  return std::string(text);
}

std::string string_value(std::string_view text) {
  std::size_t start = 0;
  if (!text.empty() && text.front() != '\'' && text.front() != '"') start = 1;  // s'' d'' r'' u'' b"" f""
  if (text.size() < start + 2) return std::string(text);
  return unescape(text.substr(start + 1, text.size() - start - 2));
}

}  // namespace surrealpp::schema::parse

#include "render/type_text.hpp"

#include <algorithm>

#include "parse/identifiers.hpp"
#include "render/render_error.hpp"
#include "render/surql_text.hpp"
#include "surrealpp/schema/names.hpp"

namespace surrealpp::schema::render {
namespace {

std::string join_names(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& name : names) {
    if (!out.empty()) out += " | ";
    out += escape_keyword_free_identifier(name);
  }
  return out;
}

// `kind` or `kind<a | b>`.
std::string with_names(Type::Kind kind, const std::vector<std::string>& names) {
  std::string out(type_kind_name(kind));
  return names.empty() ? out : out + '<' + join_names(names) + '>';
}

// An object key of a literal object type: bare when plain, else double-quoted as SurrealDB prints keys.
std::string object_key(const std::string& key) {
  std::string escaped = escape_keyword_free_identifier(key);
  if (escaped == key) return key;
  std::string out = "\"";
  for (char c : key) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + '"';
}

// A literal type: strings re-quoted the canonical way, everything else as written.
std::string literal(const std::string& text) {
  if (!text.empty() && (text.front() == '"' || text.front() == '\''))
    return quote_string(parse::string_value(text));
  return text;
}

bool is_none(const Type& type) { return type.kind == Type::Kind::None; }

}  // namespace

std::string render_type(const Type& type, Syntax syntax) {
  using K = Type::Kind;
  auto sub = [&](const Type& t) { return render_type(t, syntax); };
  auto sized = [&](Type::Kind kind) {
    const std::string keyword(type_kind_name(kind));
    if (type.parameters.empty() && !type.max_length) return keyword;
    std::string inner = type.parameters.empty() ? std::string("any") : sub(type.parameters.front());
    if (type.max_length) inner += ", " + std::to_string(*type.max_length);
    return keyword + '<' + inner + '>';
  };
  switch (type.kind) {
    case K::Any:
    case K::None:
    case K::Null:
    case K::Bool:
    case K::Bytes:
    case K::Datetime:
    case K::Decimal:
    case K::Duration:
    case K::Float:
    case K::Int:
    case K::Number:
    case K::Object:
    case K::String:
    case K::Uuid:
    case K::Regex:
    case K::Range:
    case K::Function:
      return std::string(type_kind_name(type.kind));  // a bare keyword
    case K::Point:
      return "geometry<point>";
    case K::Geometry:
    case K::Record:
    case K::Table:
    case K::File:
      return with_names(type.kind, type.names);
    case K::Option:
      return "option<" + (type.parameters.empty() ? std::string("any") : sub(type.parameters.front())) + '>';
    case K::Array:
    case K::Set:
      return sized(type.kind);
    case K::Either: {
      // 2.x has no `none | T`: it spells an optional union as option<T | U>.
      bool optional =
          syntax == Syntax::V2 && std::any_of(type.parameters.begin(), type.parameters.end(), is_none);
      std::string out;
      for (const auto& alternative : type.parameters) {
        if (optional && is_none(alternative)) continue;
        if (!out.empty()) out += " | ";
        out += sub(alternative);
      }
      return optional ? "option<" + out + '>' : out;
    }
    case K::Literal:
      return literal(type.literal_text);
    case K::LiteralObject: {
      std::string out;
      for (const auto& field : type.object_fields) {
        out += out.empty() ? "{ " : ", ";
        out += object_key(field.name) + ": " +
               (field.type.empty() ? std::string("any") : sub(field.type.front()));
      }
      return out.empty() ? "{  }" : out + " }";
    }
    case K::LiteralArray: {
      std::string out = "[";
      for (std::size_t i = 0; i < type.parameters.size(); ++i)
        out += (i ? ", " : "") + sub(type.parameters[i]);
      return out + ']';
    }
    case K::References: {
      if (type.names.empty()) return std::string(type_kind_name(type.kind));
      std::string out =
          std::string(type_kind_name(type.kind)) + "<" + escape_keyword_free_identifier(type.names.front());
      for (std::size_t i = 1; i < type.names.size(); ++i) out += ", " + type.names[i];
      return out + '>';
    }
    case K::Future:
      if (syntax == Syntax::V3)
        throw RenderError("the `future` type", syntax, type.location, "3.x uses COMPUTED");
      return std::string(type_kind_name(type.kind));
    case K::Named:
      return type.text.empty() && !type.names.empty() ? type.names.front() : type.text;
  }
  return type.text;
}

}  // namespace surrealpp::schema::render

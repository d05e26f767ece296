#include "emit/cpp/type_mapping.hpp"

namespace surrealpp::emit::cpp {

using Kind = schema::Type::Kind;

std::optional<LeafType> map_leaf_type(const schema::Type& type, bool decimal_as_double) {
  switch (type.kind) {
    case Kind::String:
      return LeafType{"std::string", ColumnKind::String};
    case Kind::Int:
      return LeafType{"std::int64_t", ColumnKind::Int};
    case Kind::Float:
      return LeafType{"double", ColumnKind::Float};
    case Kind::Number:
    case Kind::Decimal:
      return decimal_as_double ? LeafType{"double", ColumnKind::Float}
                               : LeafType{"surreal::Decimal", ColumnKind::Decimal};
    case Kind::Bool:
      return LeafType{"bool", ColumnKind::Bool};
    case Kind::Datetime:
      return LeafType{"surreal::Datetime", ColumnKind::Datetime};
    case Kind::Duration:
      return LeafType{"surreal::Duration", ColumnKind::Duration};
    case Kind::Uuid:
      return LeafType{"surreal::Uuid", ColumnKind::Uuid};
    case Kind::Bytes:
      return LeafType{"surreal::Bytes", ColumnKind::Bytes};
    case Kind::Point:
      return LeafType{"surreal::GeometryPoint", ColumnKind::Geometry};
    case Kind::Geometry: {
      if (type.names.size() != 1) return LeafType{"surreal::Geometry", ColumnKind::Geometry};
      const std::string& shape = type.names.front();
      if (shape == "point") return LeafType{"surreal::GeometryPoint", ColumnKind::Geometry};
      if (shape == "line") return LeafType{"surreal::GeometryLine", ColumnKind::Geometry};
      if (shape == "polygon") return LeafType{"surreal::GeometryPolygon", ColumnKind::Geometry};
      if (shape == "multipoint") return LeafType{"surreal::GeometryMultiPoint", ColumnKind::Geometry};
      if (shape == "multiline") return LeafType{"surreal::GeometryMultiLine", ColumnKind::Geometry};
      if (shape == "multipolygon") return LeafType{"surreal::GeometryMultiPolygon", ColumnKind::Geometry};
      if (shape == "collection") return LeafType{"surreal::GeometryCollection", ColumnKind::Geometry};
      return LeafType{"surreal::Geometry", ColumnKind::Geometry};
    }
    case Kind::Table:
      return LeafType{"surreal::Table", ColumnKind::Any};
    case Kind::Range:
      return LeafType{"surreal::Range", ColumnKind::Any};
    case Kind::File:
      return LeafType{"surreal::File", ColumnKind::Any};
    case Kind::References:
      return LeafType{"std::vector<surreal::RecordId>", ColumnKind::Array, ColumnKind::Record};
    case Kind::LiteralArray:
      return LeafType{"surreal::Array", ColumnKind::Array};
    // No C++ type says more than "some value" for these.
    case Kind::Any:
    case Kind::None:
    case Kind::Null:
    case Kind::Regex:
    case Kind::Function:
    case Kind::Future:
    case Kind::Named:
      return LeafType{"surreal::Value", ColumnKind::Any};
    case Kind::Option:
    case Kind::Either:
    case Kind::Array:
    case Kind::Set:
    case Kind::Object:
    case Kind::LiteralObject:
    case Kind::Record:
    case Kind::Literal:
      return std::nullopt;
  }
  return std::nullopt;
}

bool is_nullish(const schema::Type& type) { return type.kind == Kind::None || type.kind == Kind::Null; }

bool is_string_literal(const schema::Type& type) {
  const std::string& text = type.literal_text;
  return type.kind == Kind::Literal && text.size() >= 2 &&
         ((text.front() == '"' && text.back() == '"') || (text.front() == '\'' && text.back() == '\''));
}

std::string string_literal_value(const schema::Type& type) {
  const std::string& text = type.literal_text;
  std::string out;
  for (std::size_t i = 1; i + 1 < text.size(); ++i) {
    if (text[i] == '\\' && i + 2 < text.size()) ++i;
    out += text[i];
  }
  return out;
}

}  // namespace surrealpp::emit::cpp

namespace surrealpp::emit::cpp {

const char* column_kind_name(ColumnKind kind) {
  switch (kind) {
    case ColumnKind::Any:
      return "Any";
    case ColumnKind::Bool:
      return "Bool";
    case ColumnKind::Int:
      return "Int";
    case ColumnKind::Float:
      return "Float";
    case ColumnKind::Decimal:
      return "Decimal";
    case ColumnKind::String:
      return "String";
    case ColumnKind::Enum:
      return "Enum";
    case ColumnKind::Datetime:
      return "Datetime";
    case ColumnKind::Duration:
      return "Duration";
    case ColumnKind::Uuid:
      return "Uuid";
    case ColumnKind::Bytes:
      return "Bytes";
    case ColumnKind::Array:
      return "Array";
    case ColumnKind::Object:
      return "Object";
    case ColumnKind::Record:
      return "Record";
    case ColumnKind::Geometry:
      return "Geometry";
  }
  return "Any";
}

}  // namespace surrealpp::emit::cpp

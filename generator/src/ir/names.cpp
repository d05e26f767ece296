#include "surrealpp/schema/names.hpp"

#include <type_traits>

namespace surrealpp::schema {

std::string_view keyword_of(DefinitionKind kind) {
  switch (kind) {
    case DefinitionKind::Namespace:
      return "NAMESPACE";
    case DefinitionKind::Database:
      return "DATABASE";
    case DefinitionKind::Table:
      return "TABLE";
    case DefinitionKind::Field:
      return "FIELD";
    case DefinitionKind::Index:
      return "INDEX";
    case DefinitionKind::Event:
      return "EVENT";
    case DefinitionKind::Analyzer:
      return "ANALYZER";
    case DefinitionKind::Access:
      return "ACCESS";
    case DefinitionKind::Function:
      return "FUNCTION";
    case DefinitionKind::Param:
      return "PARAM";
    case DefinitionKind::User:
      return "USER";
    case DefinitionKind::Sequence:
      return "SEQUENCE";
    case DefinitionKind::Config:
      return "CONFIG";
    case DefinitionKind::Api:
      return "API";
    case DefinitionKind::Bucket:
      return "BUCKET";
    case DefinitionKind::Module:
      return "MODULE";
    case DefinitionKind::Model:
      return "MODEL";
    case DefinitionKind::Scope:
      return "SCOPE";
    case DefinitionKind::Token:
      return "TOKEN";
    case DefinitionKind::System:
      return "SYSTEM";
  }
  return "";
}

std::string_view keyword_of(Base base) {
  switch (base) {
    case Base::Root:
      return "ROOT";
    case Base::Namespace:
      return "NAMESPACE";
    case Base::Database:
      return "DATABASE";
    case Base::Scope:
      return "SCOPE";
  }
  return "";
}

std::string_view keyword_of(PermissionAction action) {
  switch (action) {
    case PermissionAction::Select:
      return "select";
    case PermissionAction::Create:
      return "create";
    case PermissionAction::Update:
      return "update";
    case PermissionAction::Delete:
      return "delete";
  }
  return "";
}

std::string_view type_kind_name(Type::Kind kind) {
  using K = Type::Kind;
  switch (kind) {
    case K::Any:
      return "any";
    case K::None:
      return "none";
    case K::Null:
      return "null";
    case K::Bool:
      return "bool";
    case K::Bytes:
      return "bytes";
    case K::Datetime:
      return "datetime";
    case K::Decimal:
      return "decimal";
    case K::Duration:
      return "duration";
    case K::Float:
      return "float";
    case K::Int:
      return "int";
    case K::Number:
      return "number";
    case K::Object:
      return "object";
    case K::String:
      return "string";
    case K::Uuid:
      return "uuid";
    case K::Regex:
      return "regex";
    case K::Range:
      return "range";
    case K::Point:
      return "point";
    case K::Geometry:
      return "geometry";
    case K::Record:
      return "record";
    case K::Table:
      return "table";
    case K::Option:
      return "option";
    case K::Array:
      return "array";
    case K::Set:
      return "set";
    case K::Either:
      return "either";
    case K::Literal:
      return "literal";
    case K::LiteralObject:
      return "literal_object";
    case K::LiteralArray:
      return "literal_array";
    case K::Function:
      return "function";
    case K::File:
      return "file";
    case K::References:
      return "references";
    case K::Future:
      return "future";
    case K::Named:
      return "named";
  }
  return "any";
}

std::optional<DefinitionKind> defined_kind(const StatementNode& node) {
  return std::visit(
      [](const auto& n) -> std::optional<DefinitionKind> {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, NamespaceDefinition>)
          return DefinitionKind::Namespace;
        else if constexpr (std::is_same_v<T, DatabaseDefinition>)
          return DefinitionKind::Database;
        else if constexpr (std::is_same_v<T, TableDefinition>)
          return DefinitionKind::Table;
        else if constexpr (std::is_same_v<T, FieldDefinition>)
          return DefinitionKind::Field;
        else if constexpr (std::is_same_v<T, IndexDefinition>)
          return DefinitionKind::Index;
        else if constexpr (std::is_same_v<T, EventDefinition>)
          return DefinitionKind::Event;
        else if constexpr (std::is_same_v<T, AnalyzerDefinition>)
          return DefinitionKind::Analyzer;
        else if constexpr (std::is_same_v<T, AccessDefinition>)
          return DefinitionKind::Access;
        else if constexpr (std::is_same_v<T, FunctionDefinition>)
          return DefinitionKind::Function;
        else if constexpr (std::is_same_v<T, ParamDefinition>)
          return DefinitionKind::Param;
        else if constexpr (std::is_same_v<T, UserDefinition>)
          return DefinitionKind::User;
        else if constexpr (std::is_same_v<T, SequenceDefinition>)
          return DefinitionKind::Sequence;
        else if constexpr (std::is_same_v<T, ConfigDefinition>)
          return DefinitionKind::Config;
        else if constexpr (std::is_same_v<T, ApiDefinition>)
          return DefinitionKind::Api;
        else if constexpr (std::is_same_v<T, BucketDefinition>)
          return DefinitionKind::Bucket;
        else if constexpr (std::is_same_v<T, ModuleDefinition>)
          return n.kind == ModuleDefinition::Kind::Model ? DefinitionKind::Model : DefinitionKind::Module;
        else if constexpr (std::is_same_v<T, ScopeDefinition>)
          return DefinitionKind::Scope;
        else if constexpr (std::is_same_v<T, TokenDefinition>)
          return DefinitionKind::Token;
        else
          return std::nullopt;
      },
      node);
}

}  // namespace surrealpp::schema

#include "diff/statement_text.hpp"

#include <type_traits>

#include <fmt/format.h>

#include "render/render.hpp"
#include "render/surql_text.hpp"
#include "surrealpp/schema/names.hpp"

namespace surrealpp::schema::diff {

std::string define_text(const Statement& statement, DefineMode mode, Syntax syntax) {
  Statement copy = statement;
  std::visit(
      [&](auto& node) {
        if constexpr (requires { node.mode; }) node.mode = mode;
      },
      copy.node);
  RenderOptions options;
  options.syntax = syntax;
  options.reorder = false;
  return render_statement(copy, options);
}

std::string canonical_text(const Statement& statement, Syntax syntax) {
  return define_text(statement, DefineMode::Create, syntax);
}

std::string table_text(const std::string& table) { return render::escape_identifier(table); }

std::string field_text(const FieldDefinition& field, Syntax syntax) {
  return render::render_field_idiom(field.name, syntax);
}

std::string remove_text(const DefinitionKey& key, const Statement& statement, Syntax syntax) {
  std::string keyword(keyword_of(key.kind));
  auto base_clause = [&] {
    return key.base < 0 ? std::string{} : fmt::format(" ON {}", keyword_of(static_cast<Base>(key.base)));
  };
  switch (key.kind) {
    case DefinitionKind::Field:
      return fmt::format("REMOVE FIELD {} ON {}",
                         field_text(std::get<FieldDefinition>(statement.node), syntax),
                         table_text(key.table));
    case DefinitionKind::Index:
    case DefinitionKind::Event:
      return fmt::format("REMOVE {} {} ON {}", keyword, render::escape_identifier(key.name),
                         table_text(key.table));
    case DefinitionKind::Param:
      return fmt::format("REMOVE PARAM ${}", render::escape_keyword_free_identifier(key.name));
    case DefinitionKind::Function:
    case DefinitionKind::Module:
    case DefinitionKind::Model:
      return fmt::format("REMOVE {} {}", keyword, key.name);  // fn::a::b paths are written as they are
    case DefinitionKind::Api:
      return fmt::format("REMOVE API {}", render::quote_string(key.name));
    case DefinitionKind::Config:
      return fmt::format("REMOVE CONFIG {}", key.name);
    case DefinitionKind::Access:
    case DefinitionKind::User:
      return fmt::format("REMOVE {} {}{}", keyword, render::escape_identifier(key.name), base_clause());
    case DefinitionKind::Token:
      if (!key.table.empty())
        return fmt::format("REMOVE TOKEN {} ON SCOPE {}", render::escape_identifier(key.name),
                           render::escape_identifier(key.table));
      return fmt::format("REMOVE TOKEN {}{}", render::escape_identifier(key.name), base_clause());
    default:
      return fmt::format("REMOVE {} {}", keyword, render::escape_identifier(key.name));
  }
}

}  // namespace surrealpp::schema::diff

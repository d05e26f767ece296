// REMOVE, ALTER, INFO, USE and the statements the IR keeps verbatim.
#include "render/definition_text.hpp"
#include "render/render_error.hpp"
#include "render/surql_text.hpp"
#include "surrealpp/schema/names.hpp"

namespace surrealpp::schema::render {
namespace {

// The name of the thing a REMOVE or ALTER targets, spelled the way its DEFINE spells it.
std::string target_name(DefinitionKind kind, const Name& name, Syntax syntax) {
  switch (kind) {
    case DefinitionKind::Field:
      return render_field_idiom(name, syntax);
    case DefinitionKind::Param:
      return render_param_name(name);
    case DefinitionKind::Function:
    case DefinitionKind::Model:
    case DefinitionKind::Config:
      return name.text.empty() ? name.value : name.text;
    case DefinitionKind::Api: {
      std::string path = name.text.empty() ? quote_string(name.value) : name.text;
      if (auto value = string_literal_value(path)) return quote_string(*value);
      return path;
    }
    default:
      return render_name(name);
  }
}

bool lacks_v2_form(DefinitionKind kind) {
  return kind == DefinitionKind::Sequence || kind == DefinitionKind::Api || kind == DefinitionKind::Bucket ||
         kind == DefinitionKind::Module;
}

// `ON table`, `ON DATABASE`, `ON SCOPE s`.
std::string on_text(const std::optional<Name>& on, const std::optional<Base>& base) {
  std::string out;
  if (base) out += " ON " + std::string(keyword_of(*base));
  if (on) out += (base ? " " : " ON ") + render_name(*on);
  return out;
}

}  // namespace

std::string render_definition(const RemoveStatement& remove, Syntax syntax) {
  DefinitionKind kind = remove.kind;
  std::optional<Base> base = remove.base;
  std::optional<Name> on = remove.on;
  if (syntax == Syntax::V2 && lacks_v2_form(kind))
    throw RenderError("REMOVE " + std::string(keyword_of(kind)), syntax, remove.location);
  if (syntax == Syntax::V3 && (kind == DefinitionKind::Scope || kind == DefinitionKind::Token)) {
    // 3.x removes the access that DEFINE SCOPE / TOKEN became.
    if (kind == DefinitionKind::Token && base == Base::Scope)
      throw RenderError("REMOVE TOKEN … ON SCOPE", syntax, remove.location);
    if (kind == DefinitionKind::Scope) base = Base::Database;
    kind = DefinitionKind::Access;
    on.reset();
  }
  return "REMOVE " + std::string(keyword_of(kind)) + (remove.if_exists ? " IF EXISTS " : " ") +
         target_name(kind, remove.name, syntax) + on_text(on, base);
}

std::string render_definition(const AlterStatement& alter, Syntax syntax) {
  if (syntax == Syntax::V2 && alter.kind != DefinitionKind::Table)
    throw RenderError("ALTER " + std::string(keyword_of(alter.kind)), syntax, alter.location);
  std::string out = "ALTER " + std::string(keyword_of(alter.kind));
  if (alter.if_exists) out += " IF EXISTS";
  if (alter.name) out += ' ' + target_name(alter.kind, *alter.name, syntax);
  out += on_text(alter.on, alter.base);
  for (const auto& clause : alter.clauses) {
    out += clause.drop ? " DROP " + clause.keyword : ' ' + clause.keyword;
    if (clause.argument) out += ' ' + expression_text(*clause.argument, syntax);
  }
  return out;
}

std::string render_definition(const InfoStatement& info, Syntax syntax) {
  std::string out = "INFO FOR ";
  switch (info.target) {
    case InfoStatement::Target::Root:
      out += "ROOT";
      break;
    case InfoStatement::Target::Namespace:
      out += "NAMESPACE";
      break;
    case InfoStatement::Target::Database:
      out += "DATABASE";
      break;
    case InfoStatement::Target::Table:
      out += "TABLE";
      break;
    case InfoStatement::Target::User:
      out += "USER";
      break;
    case InfoStatement::Target::Index:
      out += "INDEX";
      break;
  }
  if (info.name) out += ' ' + render_name(*info.name);
  out += on_text(info.on, info.base);
  if (info.version) out += " VERSION " + expression_text(*info.version, syntax);
  if (info.structure) out += " STRUCTURE";
  return out;
}

std::string render_definition(const UseStatement& use, Syntax) {
  std::string out = "USE";
  if (use.namespace_name) out += " NAMESPACE " + render_name(*use.namespace_name);
  if (use.database_name) out += " DATABASE " + render_name(*use.database_name);
  return out;
}

std::string render_definition(const OpaqueStatement& opaque, Syntax syntax) {
  return expression_text(opaque.text, syntax);
}

}  // namespace surrealpp::schema::render

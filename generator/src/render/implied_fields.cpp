#include "render/implied_fields.hpp"

#include <type_traits>

#include "render/surql_text.hpp"
#include "render/type_text.hpp"

namespace surrealpp::schema::render {
namespace {

Type record_of(const std::vector<std::string>& tables) {
  Type type;
  type.kind = Type::Kind::Record;
  type.names = tables;
  return type;
}

// Two types are the same when they print the same: the tree may differ in spelling only (option<T> is none |
// T).
bool same_type(const Type& a, const Type& b) {
  return render_type(a, Syntax::V3) == render_type(b, Syntax::V3);
}

bool permissions_are_full(const std::optional<Permissions>& permissions) {
  if (!permissions) return true;
  for (const auto& rule : permissions->rules)
    if (rule.kind != PermissionRule::Kind::Full) return false;
  return true;
}

// Collects the alternatives of a type, flattening unions and options.
void alternatives(const Type& type, std::vector<const Type*>& out) {
  if (type.kind == Type::Kind::Either || type.kind == Type::Kind::Option) {
    for (const auto& parameter : type.parameters) alternatives(parameter, out);
    return;
  }
  out.push_back(&type);
}

}  // namespace

std::string ImpliedFields::field_key(const Name& name) { return render_field_idiom(name, Syntax::V3); }

std::optional<Type> ImpliedFields::element_type(const Type& type) {
  std::vector<const Type*> options;
  alternatives(type, options);
  std::vector<Type> elements;
  for (const Type* option : options) {
    if ((option->kind != Type::Kind::Array && option->kind != Type::Kind::Set) || option->parameters.empty())
      continue;
    std::vector<const Type*> inner;
    alternatives(option->parameters.front(), inner);
    for (const Type* element : inner) {
      bool known = false;
      for (const auto& seen : elements) known = known || same_type(seen, *element);
      if (!known) elements.push_back(*element);
    }
  }
  if (elements.empty()) return std::nullopt;
  if (elements.size() == 1) return elements.front();
  Type either;
  either.kind = Type::Kind::Either;
  either.parameters = std::move(elements);
  return either;
}

void ImpliedFields::imply_elements(TableFields& fields, const std::string& key, const Type& type) {
  auto element = element_type(type);
  if (!element) return;
  const std::string child = key + ".*";
  if (!fields.explicit_fields.count(child) && !fields.implied.count(child))
    fields.implied.emplace(child, *element);
  imply_elements(fields, child, *element);
}

std::optional<Type> ImpliedFields::implied_type(const std::string& table, const std::string& key) const {
  auto t = tables_.find(table);
  if (t == tables_.end() || t->second.explicit_fields.count(key)) return std::nullopt;
  auto f = t->second.implied.find(key);
  if (f == t->second.implied.end()) return std::nullopt;
  return f->second;
}

ImpliedFields::Disposition ImpliedFields::classify(const FieldDefinition& field) const {
  if (field.mode != DefineMode::Create) return Disposition::Render;
  auto implied = implied_type(field.table.value, field_key(field.name));
  if (!implied) return Disposition::Render;
  const bool identical = field.type && same_type(*field.type, *implied) && !field.flexible &&
                         !field.default_value && !field.value && !field.assertion && !field.readonly &&
                         !field.computed && !field.reference && !field.comment &&
                         permissions_are_full(field.permissions);
  return identical ? Disposition::Skip : Disposition::Overwrite;
}

void ImpliedFields::observe(const StatementNode& node) {
  std::visit(
      [&](const auto& n) {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, TableDefinition>) {
          if (n.type != TableDefinition::Type::Relation) return;
          TableFields& fields = tables_[n.name.value];
          for (const char* side : {"in", "out"}) {
            if (fields.explicit_fields.count(side)) continue;
            fields.implied.insert_or_assign(side, record_of(side[0] == 'i' ? n.relation_in : n.relation_out));
          }
        } else if constexpr (std::is_same_v<T, FieldDefinition>) {
          TableFields& fields = tables_[n.table.value];
          const std::string key = field_key(n.name);
          fields.explicit_fields.insert(key);
          fields.implied.erase(key);
          if (n.type) imply_elements(fields, key, *n.type);
        } else if constexpr (std::is_same_v<T, RemoveStatement>) {
          if (n.kind == DefinitionKind::Table) tables_.erase(n.name.value);
          if (n.kind == DefinitionKind::Field && n.on) {
            TableFields& fields = tables_[n.on->value];
            fields.explicit_fields.erase(field_key(n.name));
            fields.implied.erase(field_key(n.name));
          }
        }
      },
      node);
}

}  // namespace surrealpp::schema::render

#include "emit/cpp/surreal_type_text.hpp"

#include <algorithm>
#include <exception>

#include "render/type_text.hpp"

namespace surrealpp::emit::cpp {
namespace {

using Kind = schema::Type::Kind;

bool is_none(const schema::Type& type) { return type.kind == Kind::None; }

// `none | T | U` -> option<T | U>, at every depth; option<option<T>> stays as written (it is rare and legal).
schema::Type with_options_spelled_out(schema::Type type) {
  for (auto& parameter : type.parameters) parameter = with_options_spelled_out(std::move(parameter));
  for (auto& field : type.object_fields)
    for (auto& field_type : field.type) field_type = with_options_spelled_out(std::move(field_type));
  if (type.kind != Kind::Either || std::none_of(type.parameters.begin(), type.parameters.end(), is_none))
    return type;
  std::vector<schema::Type> rest;
  for (auto& alternative : type.parameters)
    if (!is_none(alternative)) rest.push_back(std::move(alternative));
  schema::Type option;
  option.kind = Kind::Option;
  if (rest.size() == 1) {
    option.parameters.push_back(std::move(rest.front()));
  } else if (!rest.empty()) {
    schema::Type either;
    either.kind = Kind::Either;
    either.parameters = std::move(rest);
    option.parameters.push_back(std::move(either));
  } else {
    return type;  // `none` alone
  }
  return option;
}

}  // namespace

std::string surreal_type_text(const schema::Type& type) {
  try {
    return schema::render::render_type(with_options_spelled_out(type), schema::Syntax::V3);
  } catch (const std::exception&) {
    return type.text;  // a type 3.x cannot spell (2.x `future`): the comment keeps it as written
  }
}

}  // namespace surrealpp::emit::cpp

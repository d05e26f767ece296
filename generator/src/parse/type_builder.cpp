// kind (the field type grammar) → schema::Type.
#include <algorithm>
#include <cctype>
#include <map>

#include "parse/identifiers.hpp"
#include "parse/statement_builder.hpp"

namespace surrealpp::schema::parse {

namespace {

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

// Type names that take no parameters, and the names whose parameters are names (tables, geometries, buckets).
const std::map<std::string, Type::Kind>& scalar_kinds() {
  static const std::map<std::string, Type::Kind> kinds = {
      {"any", Type::Kind::Any},         {"none", Type::Kind::None},
      {"null", Type::Kind::Null},       {"bool", Type::Kind::Bool},
      {"bytes", Type::Kind::Bytes},     {"datetime", Type::Kind::Datetime},
      {"decimal", Type::Kind::Decimal}, {"duration", Type::Kind::Duration},
      {"float", Type::Kind::Float},     {"int", Type::Kind::Int},
      {"number", Type::Kind::Number},   {"object", Type::Kind::Object},
      {"string", Type::Kind::String},   {"uuid", Type::Kind::Uuid},
      {"regex", Type::Kind::Regex},     {"range", Type::Kind::Range},
      {"point", Type::Kind::Point},     {"function", Type::Kind::Function},
      {"future", Type::Kind::Future},
  };
  return kinds;
}

const std::map<std::string, Type::Kind>& named_parameter_kinds() {
  static const std::map<std::string, Type::Kind> kinds = {
      {"record", Type::Kind::Record},         {"geometry", Type::Kind::Geometry},
      {"table", Type::Kind::Table},           {"file", Type::Kind::File},
      {"references", Type::Kind::References}, {"refs", Type::Kind::References},
  };
  return kinds;
}

}  // namespace

Type StatementBuilder::type(P::KindContext* context) {
  auto singles = context->kindSingle();
  if (singles.size() == 1) return single_type(singles[0]);
  Type result;
  result.kind = Type::Kind::Either;
  result.text = text(context);
  result.location = location(context);
  for (auto* single : singles) result.parameters.push_back(single_type(single));
  return result;
}

Type StatementBuilder::single_type(P::KindSingleContext* context) {
  Type result;
  result.text = text(context);
  result.location = location(context);
  if (auto* named = dynamic_cast<P::KindNamedContext*>(context)) {
    std::string word = lower(identifier_value(text(named->identifier())));
    auto arguments = named->kind();
    bool has_arguments = named->LT() != nullptr;
    if (word == "true" || word == "false") {
      result.kind = Type::Kind::Literal;
      result.literal_text = word;
      return result;
    }
    if (auto scalar = scalar_kinds().find(word); scalar != scalar_kinds().end()) {
      result.kind = scalar->second;
      if (has_arguments)
        error(location(named->LT()), "unexpected `<`: type `" + word + "` takes no parameters");
      return result;
    }
    if (auto kind = named_parameter_kinds().find(word); kind != named_parameter_kinds().end()) {
      result.kind = kind->second;
      // The parameters are names (tables, geometry kinds, buckets), not types: do not resolve them as types.
      for (auto* argument : arguments) {
        for (auto* single : argument->kindSingle()) {
          if (auto* part = dynamic_cast<P::KindNamedContext*>(single);
              part != nullptr && part->LT() == nullptr) {
            result.names.push_back(identifier_value(text(part->identifier())));
          } else {
            result.names.push_back(text(single));
          }
        }
      }
      return result;
    }
    if (word == "option" || word == "array" || word == "set") {
      result.kind = word == "option"  ? Type::Kind::Option
                    : word == "array" ? Type::Kind::Array
                                      : Type::Kind::Set;
      if (word == "option" && arguments.size() != 1) {
        error(result.location, "`option` takes exactly one type: option<T>");
      }
      if (!arguments.empty()) result.parameters.push_back(type(arguments[0]));
      if (arguments.size() > 1) {
        Type limit = type(arguments[1]);
        bool numeric = limit.kind == Type::Kind::Literal && !limit.literal_text.empty() &&
                       std::all_of(limit.literal_text.begin(), limit.literal_text.end(),
                                   [](unsigned char c) { return std::isdigit(c); });
        if (word == "option" || !numeric || arguments.size() > 2) {
          error(limit.location, "unexpected `" + limit.text + "`, expected a maximum length such as " + word +
                                    "<string, 10>");
        } else {
          result.max_length = std::stoull(limit.literal_text);
        }
      }
      return result;
    }
    if (word == "literal") {
      result.kind = Type::Kind::Named;
      result.names.push_back(word);
      return result;
    }
    error(result.location, "unknown type `" + result.text + "`");
    result.kind = Type::Kind::Named;
    result.names.push_back(word);
    for (auto* argument : arguments) result.parameters.push_back(type(argument));
    return result;
  }
  if (dynamic_cast<P::KindNumberContext*>(context) != nullptr ||
      dynamic_cast<P::KindStringContext*>(context) != nullptr) {
    result.kind = Type::Kind::Literal;
    result.literal_text = result.text;
    return result;
  }
  if (auto* object = dynamic_cast<P::KindObjectContext*>(context)) {
    result.kind = Type::Kind::LiteralObject;
    for (auto* field : object->kindObjectField()) {
      LiteralObjectField literal_field;
      literal_field.name = field->identifier() != nullptr ? identifier_value(text(field->identifier()))
                                                          : string_value(text(field->STRING()));
      literal_field.type.push_back(type(field->kind()));
      result.object_fields.push_back(std::move(literal_field));
    }
    return result;
  }
  auto* array = dynamic_cast<P::KindArrayContext*>(context);
  result.kind = Type::Kind::LiteralArray;
  for (auto* element : array->kind()) result.parameters.push_back(type(element));
  return result;
}

}  // namespace surrealpp::schema::parse

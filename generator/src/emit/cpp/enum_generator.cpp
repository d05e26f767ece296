#include "emit/cpp/enum_generator.hpp"

#include "emit/cpp/string_literal.hpp"

namespace surrealpp::emit::cpp {

Data enum_data(const EnumPlan& plan, const std::string& cpp_namespace) {
  DataList values;
  for (const auto& value : plan.values) {
    DataObject entry;
    entry["name"] = value.name;
    entry["enum"] = plan.name;
    entry["namespace"] = cpp_namespace;
    entry["literal"] = cpp_string_literal(value.literal);
    entry["literal_comment"] = comment_text(cpp_string_literal(value.literal));
    values.push_back(entry);
  }
  DataObject data;
  data["name"] = plan.name;
  data["path"] = comment_text(plan.path);
  data["values"] = values;
  return data;
}

}  // namespace surrealpp::emit::cpp

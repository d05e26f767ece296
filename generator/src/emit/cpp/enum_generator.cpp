#include "emit/cpp/enum_generator.hpp"

#include <utility>

#include "emit/cpp/string_literal.hpp"

namespace surrealpp::emit::cpp {

Data enum_data(const EnumPlan& plan, const std::string& cpp_namespace) {
  Data values = list();
  for (const auto& value : plan.values) {
    Data entry;
    entry["name"] = value.name;
    entry["enum"] = plan.name;
    entry["namespace"] = cpp_namespace;
    entry["literal"] = cpp_string_literal(value.literal);
    entry["literal_comment"] = comment_text(cpp_string_literal(value.literal));
    append(values, std::move(entry));
  }
  Data data;
  data["name"] = plan.name;
  data["path"] = comment_text(plan.path);
  data["values"] = std::move(values);
  return data;
}

}  // namespace surrealpp::emit::cpp

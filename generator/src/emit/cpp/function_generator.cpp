#include "emit/cpp/function_generator.hpp"

#include "emit/cpp/string_literal.hpp"

namespace surrealpp::emit::cpp {

DataList functions_data(const ModelPlan& plan) {
  DataList functions;
  for (const auto& function : plan.functions) {
    std::string function_namespace;
    for (const auto& part : function.namespaces)
      function_namespace += (function_namespace.empty() ? "" : "::") + part;
    std::string signature = function.surreal_name + "(";
    DataList parameters;
    for (std::size_t i = 0; i < function.parameters.size(); ++i) {
      const auto& parameter = function.parameters[i];
      signature += (i ? ", $" : "$") + parameter.name + ": " + parameter.surreal_type;
      parameters.push_back(DataObject{{"name", parameter.name},
                                      {"type", parameter.type},
                                      {"last", flag(i + 1 == function.parameters.size())}});
    }
    signature += ")";
    if (!function.surreal_result.empty()) signature += " -> " + function.surreal_result;
    DataObject entry;
    entry["function_namespace"] = function_namespace;
    entry["name"] = function.name;
    entry["surreal_name"] = cpp_string_literal(function.surreal_name);
    entry["signature"] = comment_text(signature);
    entry["result_type"] = function.result_type;
    entry["parameters"] = parameters;
    functions.push_back(entry);
  }
  return functions;
}

}  // namespace surrealpp::emit::cpp

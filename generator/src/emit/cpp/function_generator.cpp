#include "emit/cpp/function_generator.hpp"

#include <utility>

#include "emit/cpp/string_literal.hpp"

namespace surrealpp::emit::cpp {

Data functions_data(const ModelPlan& plan) {
  Data functions = list();
  for (const auto& function : plan.functions) {
    std::string function_namespace;
    for (const auto& part : function.namespaces)
      function_namespace += (function_namespace.empty() ? "" : "::") + part;
    std::string signature = function.surreal_name + "(";
    Data parameters = list();
    for (std::size_t i = 0; i < function.parameters.size(); ++i) {
      const auto& parameter = function.parameters[i];
      signature += (i ? ", $" : "$") + parameter.name + ": " + parameter.surreal_type;
      Data entry;
      entry["name"] = parameter.name;
      entry["type"] = parameter.type;
      entry["last"] = flag(i + 1 == function.parameters.size());
      append(parameters, std::move(entry));
    }
    signature += ")";
    if (!function.surreal_result.empty()) signature += " -> " + function.surreal_result;
    Data entry;
    entry["function_namespace"] = function_namespace;
    entry["name"] = function.name;
    entry["surreal_name"] = cpp_string_literal(function.surreal_name);
    entry["signature"] = comment_text(signature);
    entry["result_type"] = function.result_type;
    entry["parameters"] = std::move(parameters);
    append(functions, std::move(entry));
  }
  return functions;
}

}  // namespace surrealpp::emit::cpp

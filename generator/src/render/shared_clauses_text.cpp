// The clauses several statement kinds share: define mode, expressions, COMMENT and DURATION.
#include "render/definition_text.hpp"
#include "render/surql_text.hpp"

namespace surrealpp::schema::render {

std::string mode_text(DefineMode mode) {
  switch (mode) {
    case DefineMode::Create:
      return "";
    case DefineMode::IfNotExists:
      return " IF NOT EXISTS";
    case DefineMode::Overwrite:
      return " OVERWRITE";
  }
  return "";
}

std::string expression_text(const Expression& expression, Syntax syntax) {
  return adapt_expression(expression.text, syntax);
}

std::string comment_text(const std::optional<Expression>& comment, Syntax syntax) {
  if (!comment) return {};
  // A plain string literal is re-quoted the way SurrealDB prints it; anything else (a parameter, an
  // expression) stays as written.
  if (auto value = string_literal_value(comment->text)) return " COMMENT " + quote_string(*value);
  return " COMMENT " + expression_text(*comment, syntax);
}

std::string durations_text(const std::optional<Durations>& durations, Syntax syntax) {
  if (!durations) return {};
  std::string parts;
  auto add = [&](const char* what, const std::optional<Expression>& value) {
    if (!value) return;
    parts += (parts.empty() ? " DURATION FOR " : ", FOR ") + std::string(what) + ' ' +
             expression_text(*value, syntax);
  };
  add("GRANT", durations->grant);
  add("TOKEN", durations->token);
  add("SESSION", durations->session);
  return parts;
}

}  // namespace surrealpp::schema::render

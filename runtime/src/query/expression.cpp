#include <surreal/query/expression.hpp>

#include <utility>

namespace surreal {

// Out of line on purpose (see the class comment): the vector of variant<string, Value> is instantiated here
// once.
Expression::Expression() noexcept = default;
Expression::Expression(const Expression& other) = default;
Expression::Expression(Expression&& other) noexcept = default;
Expression& Expression::operator=(const Expression& other) = default;
Expression& Expression::operator=(Expression&& other) noexcept = default;
Expression::~Expression() = default;

Expression Expression::text(std::string surql) {
  Expression e;
  e.pieces_.emplace_back(std::move(surql));
  return e;
}

Expression Expression::field(std::string_view path) { return text(escape_field_path(path)); }

Expression Expression::value(Value v) {
  Expression e;
  e.pieces_.emplace_back(std::move(v));
  return e;
}

Expression& Expression::append(std::string_view surql) {
  if (!pieces_.empty())
    if (auto* last = std::get_if<std::string>(&pieces_.back())) {
      *last += surql;
      return *this;
    }
  pieces_.emplace_back(std::string(surql));
  return *this;
}

Expression& Expression::append_field(std::string_view path) { return append(escape_field_path(path)); }

Expression& Expression::append_value(Value v) {
  pieces_.emplace_back(std::move(v));
  return *this;
}

Expression& Expression::append(const Expression& other) {
  for (const auto& piece : other.pieces_) {
    if (const auto* s = std::get_if<std::string>(&piece))
      append(*s);
    else
      pieces_.push_back(piece);
  }
  return *this;
}

void Expression::write(SurqlWriter& out) const {
  for (const auto& piece : pieces_) {
    if (const auto* s = std::get_if<std::string>(&piece))
      out.append(*s);
    else
      out.value(std::get<Value>(piece));
  }
}

SurrealQL Expression::to_surql() const {
  SurqlWriter w;
  write(w);
  return std::move(w).finish();
}

Expression Expression::conjunction(const Expression& a, const Expression& b) {
  Expression e;
  e.append_operand(a, Shape::Or).append(" AND ").append_operand(b, Shape::Or);
  e.shape_ = Shape::And;
  return e;
}

Expression Expression::disjunction(const Expression& a, const Expression& b) {
  Expression e;
  e.append(a).append(" OR ").append(b);
  e.shape_ = Shape::Or;
  return e;
}

Expression Expression::negation(const Expression& a) {
  Expression e = text("!(");
  e.append(a).append(")");
  return e;
}

Expression& Expression::append_operand(const Expression& operand, Shape needs_parentheses) {
  if (operand.shape_ == needs_parentheses) return append("(").append(operand).append(")");
  return append(operand);
}

}  // namespace surreal

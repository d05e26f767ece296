#pragma once
// Conditions: the WHERE part of a typed query, built from column comparisons and combined with &&, || and !.
//
//   app::user.age >= 18 && (app::user.name.starts_with("A") || !app::user.tags.contains("banned"))
//
// A condition is a sequence of SurrealQL text pieces and values. The values stay values until the statement
// is written: SurqlWriter binds them as `$p0`, `$p1`, … in text order, so one condition can be reused in
// several queries and every query numbers its own parameters from zero.
//
// `Condition<Table>` carries the table of its columns: a condition on `app::post` columns does not compile in
// a query on `app::user`.
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include <surreal/query/surql.hpp>
#include <surreal/value.hpp>

namespace surreal {

/// SurrealQL text with values not yet bound: the untyped core of Condition and of other expressions.
///
/// Every member is defined in expression.cpp, special members included: a typed query instantiates its
/// builder templates once per table, and keeping this (and the Value variant code it holds) out of line is
/// what keeps a translation unit with many typed queries cheap to compile.
class Expression {
 public:
  /// How the expression combines, so that && and || add parentheses only where SurrealQL precedence needs
  /// them.
  enum class Shape { Atom, And, Or };

  Expression() noexcept;
  Expression(const Expression& other);
  Expression(Expression&& other) noexcept;
  Expression& operator=(const Expression& other);
  Expression& operator=(Expression&& other) noexcept;
  ~Expression();

  /// Raw SurrealQL text (operators, functions, escaped identifiers — never user values).
  static Expression text(std::string surql);
  /// An escaped field path.
  static Expression field(std::string_view path);
  /// A value, bound as a parameter when written.
  static Expression value(Value v);

  Expression& append(std::string_view surql);
  Expression& append_field(std::string_view path);
  Expression& append_value(Value v);
  Expression& append(const Expression& other);

  bool empty() const noexcept { return pieces_.empty(); }
  Shape shape() const noexcept { return shape_; }
  Expression& shape(Shape s) noexcept {
    shape_ = s;
    return *this;
  }

  /// Writes the text, binding each value.
  void write(SurqlWriter& out) const;
  /// The expression alone as a statement fragment (parameters numbered from $p0): for tests and messages.
  SurrealQL to_surql() const;

  /// `a AND b`, parenthesising an OR operand.
  static Expression conjunction(const Expression& a, const Expression& b);
  /// `a OR b` (AND binds tighter, so no operand needs parentheses).
  static Expression disjunction(const Expression& a, const Expression& b);
  /// `!(a)`.
  static Expression negation(const Expression& a);

 private:
  Expression& append_operand(const Expression& operand, Shape needs_parentheses);

  std::vector<std::variant<std::string, Value>> pieces_;
  Shape shape_ = Shape::Atom;
};

/// A boolean condition on the columns of `Table` (see the header comment).
template <class Table>
class Condition {
 public:
  using table_type = Table;
  explicit Condition(Expression e) : expr_(std::move(e)) {}
  const Expression& expression() const noexcept { return expr_; }
  SurrealQL to_surql() const { return expr_.to_surql(); }

  friend Condition operator&&(const Condition& a, const Condition& b) {
    return Condition(Expression::conjunction(a.expr_, b.expr_));
  }
  friend Condition operator||(const Condition& a, const Condition& b) {
    return Condition(Expression::disjunction(a.expr_, b.expr_));
  }
  friend Condition operator!(const Condition& a) { return Condition(Expression::negation(a.expr_)); }

 private:
  Expression expr_;
};

/// A hand-written condition for what the typed columns do not cover. `surql` is inserted as is: put values in
/// `vars`-free form only through `Expression::value`, never by formatting them into the text.
template <class Table>
Condition<Table> raw_condition(Expression e) {
  return Condition<Table>(std::move(e));
}

}  // namespace surreal

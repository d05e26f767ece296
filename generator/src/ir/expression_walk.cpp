#include "ir/expression_walk.hpp"

#include <type_traits>

namespace surrealpp::schema {
namespace {

struct Walker {
  const std::function<void(Expression&)>& visit;

  void operator()(Expression& e) const { visit(e); }
  void operator()(std::optional<Expression>& e) const {
    if (e) visit(*e);
  }
  void operator()(std::vector<Expression>& list) const {
    for (auto& e : list) visit(e);
  }
  void operator()(std::optional<Permissions>& permissions) const {
    if (!permissions) return;
    for (auto& rule : permissions->rules) (*this)(rule.condition);
  }
  void operator()(std::optional<Durations>& durations) const {
    if (!durations) return;
    (*this)(durations->grant);
    (*this)(durations->token);
    (*this)(durations->session);
  }

  template <typename Node>
  void statement(Node& n) const {
    if constexpr (requires { n.comment; }) (*this)(n.comment);
    if constexpr (requires { n.permissions; }) (*this)(n.permissions);
    if constexpr (requires { n.durations; }) (*this)(n.durations);
    if constexpr (requires { n.body; }) (*this)(n.body);
    if constexpr (requires { n.signup; }) (*this)(n.signup);
    if constexpr (requires { n.signin; }) (*this)(n.signin);
    if constexpr (std::is_same_v<Node, TableDefinition>) (*this)(n.view);
    if constexpr (std::is_same_v<Node, FieldDefinition>) {
      (*this)(n.default_value);
      (*this)(n.value);
      (*this)(n.assertion);
      (*this)(n.computed);
      if (n.reference) (*this)(n.reference->then);
    }
    if constexpr (std::is_same_v<Node, IndexDefinition>) {
      (*this)(n.fields);
      (*this)(n.count_condition);
    }
    if constexpr (std::is_same_v<Node, EventDefinition>) {
      (*this)(n.when);
      (*this)(n.then);
    }
    if constexpr (std::is_same_v<Node, AnalyzerDefinition>) (*this)(n.filters);
    if constexpr (std::is_same_v<Node, AccessDefinition>) {
      (*this)(n.authenticate);
      if (n.jwt) {
        (*this)(n.jwt->key);
        (*this)(n.jwt->url);
        (*this)(n.jwt->issuer_key);
      }
    }
    if constexpr (std::is_same_v<Node, ParamDefinition> || std::is_same_v<Node, TokenDefinition>)
      (*this)(n.value);
    if constexpr (std::is_same_v<Node, UserDefinition>) {
      (*this)(n.password);
      (*this)(n.passhash);
    }
    if constexpr (std::is_same_v<Node, SequenceDefinition>) (*this)(n.timeout);
    if constexpr (std::is_same_v<Node, BucketDefinition>) (*this)(n.backend);
    if constexpr (std::is_same_v<Node, AlterStatement>)
      for (auto& clause : n.clauses) (*this)(clause.argument);
    if constexpr (std::is_same_v<Node, InfoStatement>) (*this)(n.version);
    if constexpr (std::is_same_v<Node, OpaqueStatement>) (*this)(n.text);
  }
};

}  // namespace

void for_each_expression(StatementNode& node, const std::function<void(Expression&)>& visit) {
  const Walker walker{visit};
  std::visit([&](auto& n) { walker.statement(n); }, node);
}

}  // namespace surrealpp::schema

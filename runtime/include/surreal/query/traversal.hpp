#pragma once
// Graph traversal from the rows of a select:
//
//   db.select(app::user).where(app::user.id == bob.id).traverse_in(app::follows).all();   // bob's followers
//   // SELECT * FROM array::distinct(array::flatten((SELECT VALUE <-follows<-? FROM user WHERE id = $p0)))
//
// traverse_out(edge) follows `->edge->?` (to the edge's OUT records), traverse_in(edge) `<-edge<-?` (to its
// IN records), traverse_both(edge) the union of both (`array::union(->edge->?, <-edge<-?)`: the neighbours on
// either side; SurrealDB's own `<->` would also return the starting record itself). Steps chain
// (`->follows->?->follows->?`: friends of friends). The result is the distinct records reached, decoded as
// the relation's model on that side (surreal::Value when the relation allows several tables there). The
// select's WHERE / ORDER BY / LIMIT / START choose the starting rows.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <surreal/query/runner.hpp>
#include <surreal/query/select_spec.hpp>

namespace surreal {

namespace query_detail {
/// The model reached over a relation side: `void` (several tables) reads as surreal::Value.
template <class M>
using reached_model_t = std::conditional_t<std::is_void_v<M>, Value, M>;

/// Whether rows of model `From` may start a step whose start side is `Side` (void: any table).
template <class Side, class From>
inline constexpr bool step_fits_v =
    std::is_void_v<Side> || std::is_same_v<From, Value> || std::is_same_v<Side, From>;

/// A traversal path: a SurrealQL expression giving, for one starting row, the array of records reached.
struct GraphPath {
  std::string expr;   // "" for the starting row itself
  bool plain = true;  // a chain of graph steps (flat by itself); false once a union is involved

  /// One step with arrows `arrow` ("->" or "<-") along `edge`.
  GraphPath step(std::string_view arrow, std::string_view edge) const {
    std::string graph = std::string(arrow) + escape_identifier(edge) + std::string(arrow) + "?";
    if (plain) return {expr + graph, true};
    // Graph steps on an array give one array per element: flatten them.
    return {"array::flatten(" + expr + graph + ")", false};
  }
  GraphPath both(std::string_view edge) const {
    return {"array::union(" + step("->", edge).expr + ", " + step("<-", edge).expr + ")", false};
  }
};
}  // namespace query_detail

/// A relation whose IN and OUT sides hold the same model: `traverse_both` reaches one kind of record.
template <class E>
concept SymmetricRelation = RelationDescriptor<E> && std::is_same_v < typename TableTraits<E>::in_model,
typename TableTraits<E>::out_model > ;

template <class D, class Model>
class TraversalQuery {
 public:
  using model = Model;

  TraversalQuery(query_detail::BoundClient client, query_detail::SelectSpec spec,
                 query_detail::GraphPath path)
      : client_(std::move(client)), spec_(std::move(spec)), path_(std::move(path)) {}

  /// Another step along `edge`, from its IN side to its OUT side.
  template <RelationDescriptor E>
  requires query_detail::step_fits_v<typename TableTraits<E>::in_model, Model>
  auto traverse_out(const E&) const {
    using Next = query_detail::reached_model_t<typename TableTraits<E>::out_model>;
    return TraversalQuery<D, Next>(client_, spec_, path_.step("->", TableTraits<E>::name));
  }
  /// Another step along `edge`, from its OUT side to its IN side.
  template <RelationDescriptor E>
  requires query_detail::step_fits_v<typename TableTraits<E>::out_model, Model>
  auto traverse_in(const E&) const {
    using Next = query_detail::reached_model_t<typename TableTraits<E>::in_model>;
    return TraversalQuery<D, Next>(client_, spec_, path_.step("<-", TableTraits<E>::name));
  }
  /// Another step to the records on either side of `edge`.
  template <SymmetricRelation E>
  requires query_detail::step_fits_v<typename TableTraits<E>::in_model, Model>
  auto traverse_both(const E&) const {
    using Next = query_detail::reached_model_t<typename TableTraits<E>::in_model>;
    return TraversalQuery<D, Next>(client_, spec_, path_.both(TableTraits<E>::name));
  }

  SurrealQL to_surql() const { return render("SELECT * FROM ", ""); }

  std::vector<Model> all() {
    return client_.run(to_surql(), "this traversal").template take<std::vector<Model>>(0);
  }
  std::optional<Model> first() {
    auto rows = all();
    if (rows.empty()) return std::nullopt;
    return std::move(rows.front());
  }
  /// The number of distinct records reached: `RETURN array::len(array::distinct(…))`.
  std::int64_t count() {
    return client_.run(render("RETURN array::len(", ")"), "this traversal").template take<std::int64_t>(0);
  }

 private:
  /// `<before>array::distinct(array::flatten((SELECT VALUE <path> FROM …)))<after>`.
  SurrealQL render(std::string_view before, std::string_view after) const {
    SurqlWriter out;
    out.append(before).append("array::distinct(array::flatten((");
    spec_.write_select(out, "VALUE " + path_.expr);
    out.append(")))").append(after);
    return std::move(out).finish();
  }

  query_detail::BoundClient client_;
  query_detail::SelectSpec spec_;
  query_detail::GraphPath path_;
};

}  // namespace surreal

#pragma once
// Typed RELATE:
//
//   app::Follows edge = db.relate(alice.id, app::follows, bob.id, app::Follows{.since =
//   surreal::Datetime::now()});
//   // RELATE $p0->follows->$p1 CONTENT $p2        (the content without id / in / out)
//
// `db.relate(…)` runs at once and returns the created edge; `surreal::relate(…)` builds the statement
// unbound, for to_surql().
#include <optional>
#include <utility>
#include <vector>

#include <surreal/query/runner.hpp>
#include <surreal/query/table.hpp>

namespace surreal {

template <class E>
class RelateQuery {
 public:
  using descriptor = E;
  using model = model_of<E>;

  RelateQuery(RecordId from, RecordId to, std::optional<model> data, query_detail::BoundClient client = {})
      : client_(std::move(client)), from_(std::move(from)), to_(std::move(to)) {
    if (data) {
      Value v = to_value(*data);
      if (v.is_object()) {
        // The statement decides these; a model's empty defaults must not override them.
        v.as_object().erase("id");
        v.as_object().erase("in");
        v.as_object().erase("out");
      }
      content_ = std::move(v);
    }
  }

  SurrealQL to_surql() const {
    SurqlWriter out;
    out.append("RELATE ").value(from_).append("->").identifier(TableTraits<E>::name).append("->").value(to_);
    if (content_) out.append(" CONTENT ").value(*content_);
    return std::move(out).finish();
  }

  /// Creates the edge; returns it.
  model run() {
    auto rows = client_.run(to_surql(), "this relate").template take<std::vector<model>>(0);
    if (rows.empty()) throw QueryError("RELATE created no edge");
    return std::move(rows.front());
  }

 private:
  query_detail::BoundClient client_;
  RecordId from_, to_;
  std::optional<Value> content_;
};

/// Unbound builders for to_surql().
template <RelationDescriptor E>
RelateQuery<std::remove_cvref_t<E>> relate(const RecordId& from, const E&, const RecordId& to,
                                           const model_of<E>& data) {
  return RelateQuery<std::remove_cvref_t<E>>(from, to, data);
}
template <RelationDescriptor E>
RelateQuery<std::remove_cvref_t<E>> relate(const RecordId& from, const E&, const RecordId& to) {
  return RelateQuery<std::remove_cvref_t<E>>(from, to, std::nullopt);
}

}  // namespace surreal

#pragma once
// Grouped selects: `db.select(app::user).group_by(app::user.role).aggregate(surreal::count()).all()`.
//
//   SELECT role, count() AS count FROM user WHERE … GROUP BY role
//
// Without group_by (`db.select(app::user).aggregate(…)`) the whole selection is one group (GROUP ALL). Rows
// come back as surreal::Object (group columns plus one key per aggregate alias) or, with all<Row>(), decoded
// into your own struct through surreal::Codec<Row>.
#include <string_view>
#include <utility>
#include <vector>

#include <surreal/query/aggregate.hpp>
#include <surreal/query/runner.hpp>
#include <surreal/query/select_spec.hpp>

namespace surreal {

template <class D>
class GroupQuery {
 public:
  GroupQuery(query_detail::BoundClient client, query_detail::SelectSpec spec,
             std::vector<std::string_view> groups)
      : client_(std::move(client)), spec_(std::move(spec)), groups_(std::move(groups)) {}

  /// Adds aggregates (count(), sum(col), avg(col), min(col), max(col), each optionally `.as("alias")`).
  template <class... Aggs>
  requires(std::convertible_to<Aggs, Aggregate<D>>&&...) GroupQuery& aggregate(const Aggs&... aggregates) {
    (aggregates_.push_back(static_cast<Aggregate<D>>(aggregates)), ...);
    return *this;
  }

  SurrealQL to_surql() const {
    SurqlWriter out;
    out.append("SELECT ");
    bool first = true;
    for (std::string_view g : groups_) {
      if (!first) out.append(", ");
      first = false;
      out.field(g);
    }
    for (const auto& a : aggregates_) {
      if (!first) out.append(", ");
      first = false;
      a.write(out);
    }
    if (first) throw QueryBuildError("a grouped select needs group columns or aggregates");
    out.append(" FROM ");
    spec_.write_aggregate_source(out);
    if (groups_.empty()) {
      out.append(" GROUP ALL");
    } else {
      for (std::size_t i = 0; i < groups_.size(); ++i)
        out.append(i == 0 ? " GROUP BY " : ", ").field(groups_[i]);
    }
    return std::move(out).finish();
  }

  /// One object per group.
  std::vector<Object> all() { return all<Object>(); }
  /// One Row per group, decoded through Codec<Row>.
  template <class Row>
  std::vector<Row> all() {
    return client_.run(to_surql(), "this grouped select").template take<std::vector<Row>>(0);
  }

 private:
  query_detail::BoundClient client_;
  query_detail::SelectSpec spec_;
  std::vector<std::string_view> groups_;
  std::vector<Aggregate<D>> aggregates_;
};

}  // namespace surreal

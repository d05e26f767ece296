#include <surreal/query/select_spec.hpp>

#include <cstdint>
#include <utility>

namespace surreal::query_detail {

void write_order_term(SurqlWriter& out, std::string_view path, bool descending, bool collate, bool numeric) {
  out.field(path);
  if (collate) out.append(" COLLATE");
  if (numeric) out.append(" NUMERIC");
  out.append(descending ? " DESC" : " ASC");
}

SelectSpec::SelectSpec(std::string_view table_name) noexcept : table(table_name) {}
SelectSpec::SelectSpec(const SelectSpec& other) = default;
SelectSpec::SelectSpec(SelectSpec&& other) noexcept = default;
SelectSpec& SelectSpec::operator=(const SelectSpec& other) = default;
SelectSpec& SelectSpec::operator=(SelectSpec&& other) noexcept = default;
SelectSpec::~SelectSpec() = default;

void SelectSpec::add_order(std::string_view path, bool descending, bool collate, bool numeric) {
  order.push_back(OrderSpec{path, descending, collate, numeric});
}

void SelectSpec::add_fetch(std::string_view path) { fetch.push_back(path); }

void SelectSpec::write_source(SurqlWriter& out) const {
  if (record)
    out.value(*record);
  else
    out.identifier(table);
}

void SelectSpec::write_clauses(SurqlWriter& out, bool with_order_and_window) const {
  where.write(out);
  if (!with_order_and_window) return;
  write_order(out);
  write_window(out);
}

void SelectSpec::write_order(SurqlWriter& out) const {
  for (std::size_t i = 0; i < order.size(); ++i) {
    out.append(i == 0 ? " ORDER BY " : ", ");
    write_order_term(out, order[i].path, order[i].descending, order[i].collate, order[i].numeric);
  }
}

void SelectSpec::write_window(SurqlWriter& out) const {
  if (limit) out.append(" LIMIT ").value(static_cast<std::int64_t>(*limit));
  if (start) out.append(" START ").value(static_cast<std::int64_t>(*start));
}

void SelectSpec::write_select(SurqlWriter& out, std::string_view projection) const {
  out.append("SELECT ").append(projection).append(" FROM ");
  write_source(out);
  write_clauses(out);
}

void SelectSpec::write_aggregate_source(SurqlWriter& out) const {
  if (!windowed()) {
    write_source(out);
    where.write(out);
    return;
  }
  out.append("(");
  write_select(out, "*");
  out.append(")");
}

SurrealQL SelectSpec::select_surql(std::optional<std::size_t> limit_override) const {
  SurqlWriter out;
  if (limit_override) {
    SelectSpec limited = *this;
    limited.limit = limit_override;
    limited.write_select(out, "*");
  } else {
    write_select(out, "*");
  }
  for (std::size_t i = 0; i < fetch.size(); ++i) out.append(i == 0 ? " FETCH " : ", ").field(fetch[i]);
  return std::move(out).finish();
}

SurrealQL SelectSpec::count_surql() const {
  SurqlWriter out;
  out.append("SELECT count() AS count FROM ");
  write_aggregate_source(out);
  out.append(" GROUP ALL");
  return std::move(out).finish();
}

SurrealQL SelectSpec::scalar_aggregate_surql(std::string_view function, std::string_view path) const {
  SurqlWriter out;
  out.append("SELECT ").append(function).append("(").field(path).append(") AS value, count(").field(path);
  out.append(" IS NOT NONE AND ").field(path).append(" IS NOT NULL) AS present FROM ");
  write_aggregate_source(out);
  out.append(" GROUP ALL");
  return std::move(out).finish();
}

}  // namespace surreal::query_detail

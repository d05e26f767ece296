#include <surreal/query/delete.hpp>

#include <utility>

namespace surreal::query_detail {

SurrealQL delete_surql(std::string_view table, const std::optional<RecordId>& record,
                       const WhereCore& where) {
  SurqlWriter out;
  out.append("DELETE ");
  if (record)
    out.value(*record);
  else
    out.identifier(table);
  where.write(out);
  out.append(" RETURN BEFORE");
  return std::move(out).finish();
}

}  // namespace surreal::query_detail

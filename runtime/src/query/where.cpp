#include <surreal/query/where.hpp>

namespace surreal::query_detail {

// Out of line so that the builders of every table share one copy of this code (see Expression).
WhereCore::WhereCore() noexcept = default;
WhereCore::WhereCore(const WhereCore& other) = default;
WhereCore::WhereCore(WhereCore&& other) noexcept = default;
WhereCore& WhereCore::operator=(const WhereCore& other) = default;
WhereCore& WhereCore::operator=(WhereCore&& other) noexcept = default;
WhereCore::~WhereCore() = default;

void WhereCore::add(const Expression& e) { expr_ = expr_ ? Expression::conjunction(*expr_, e) : e; }

void WhereCore::write(SurqlWriter& out) const {
  if (!expr_) return;
  out.append(" WHERE ");
  expr_->write(out);
}

}  // namespace surreal::query_detail

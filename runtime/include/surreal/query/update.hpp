#pragma once
// Typed UPDATE and UPSERT:
//
//   db.update(app::user).set(app::user.age = 40, app::user.tags += "vip").where(app::user.name ==
//   "Bob").run();
//   // UPDATE user SET age = $p0, tags += $p1 WHERE name = $p2            -> std::vector<app::User> (after)
//   db.update(app::user).record(bob.id).merge({{"age", 41}}).run();      // UPDATE $p0 MERGE $p1
//   db.update(app::user).record(bob.id).content(bob).run();              // UPDATE $p0 CONTENT $p1 (replaces)
//   db.upsert(app::user).record(surreal::RecordId{"user", "zoe"}).set(app::user.name = "Zoe").run();
//
// One data clause per statement: set()/unset() (any number of assignments), or merge(), or content().
// content() sends the model without its `id` (the target decides the id). run() returns the changed records.
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include <surreal/query/assignment.hpp>
#include <surreal/query/column.hpp>
#include <surreal/query/q.hpp>
#include <surreal/query/runner.hpp>
#include <surreal/query/table.hpp>
#include <surreal/query/where.hpp>

namespace surreal {

template <class D>
class UpdateQuery {
 public:
  using descriptor = D;
  using model = model_of<D>;
  enum class Statement { Update, Upsert };

  explicit UpdateQuery(Statement statement = Statement::Update, query_detail::BoundClient client = {})
      : statement_(statement), client_(std::move(client)) {}

  /// Only this record (`UPDATE $p0 …`).
  UpdateQuery& record(const RecordId& id) {
    record_ = id;
    return *this;
  }
  /// SET clauses: `app::user.age = 40`, `app::user.score += 1.5`, `app::user.tags -= "old"`.
  template <class... As>
  requires(sizeof...(As) > 0 &&
           (std::same_as<As, Assignment<D>> && ...)) UpdateQuery& set(const As&... assignments) {
    use(Data::Set);
    (sets_.push_back(assignments), ...);
    return *this;
  }
  /// Removes optional fields (`SET bio = NONE`).
  template <class... T>
  requires(sizeof...(T) > 0 &&
           (is_optional_column_v<T> && ...)) UpdateQuery& unset(const Column<D, T>&... columns) {
    use(Data::Set);
    (sets_.push_back(Assignment<D>{columns.path, "=", Value::none()}), ...);
    return *this;
  }
  /// MERGE: sets the given fields, keeps the others.
  UpdateQuery& merge(Object fields) {
    use(Data::Merge);
    data_ = Value(std::move(fields));
    return *this;
  }
  /// CONTENT: replaces each record's fields by the model's (its id is not sent).
  UpdateQuery& content(const model& row) {
    use(Data::Content);
    Value v = to_value(row);
    if (v.is_object()) v.as_object().erase("id");
    data_ = std::move(v);
    return *this;
  }
  UpdateQuery& where(const Condition<D>& condition) {
    where_.add(condition);
    return *this;
  }
  UpdateQuery& where(const Q& filter) {
    where_.add(filter);
    return *this;
  }

  SurrealQL to_surql() const {
    SurqlWriter out;
    out.append(statement_ == Statement::Update ? "UPDATE " : "UPSERT ");
    if (record_)
      out.value(*record_);
    else
      out.identifier(TableTraits<D>::name);
    switch (data_kind_) {
      case Data::None:
        break;
      case Data::Set:
        for (std::size_t i = 0; i < sets_.size(); ++i) {
          out.append(i == 0 ? " SET " : ", ");
          sets_[i].write(out);
        }
        break;
      case Data::Merge:
        out.append(" MERGE ").value(data_);
        break;
      case Data::Content:
        out.append(" CONTENT ").value(data_);
        break;
    }
    where_.write(out);
    out.append(" RETURN AFTER");
    return std::move(out).finish();
  }

  /// Runs it; the records after the change.
  std::vector<model> run() {
    return client_.run(to_surql(), statement_ == Statement::Update ? "this update" : "this upsert")
        .template take<std::vector<model>>(0);
  }

 private:
  enum class Data { None, Set, Merge, Content };
  void use(Data kind) {
    if (data_kind_ != Data::None && data_kind_ != kind)
      throw QueryBuildError("an UPDATE / UPSERT takes one kind of data: set()/unset(), merge() or content()");
    data_kind_ = kind;
  }

  Statement statement_;
  query_detail::BoundClient client_;
  std::optional<RecordId> record_;
  Data data_kind_ = Data::None;
  std::vector<Assignment<D>> sets_;
  Value data_;
  query_detail::WhereClause<D> where_;
};

/// Unbound builders for to_surql(): `surreal::update(app::user).set(…).to_surql()`.
template <TableDescriptor D>
UpdateQuery<std::remove_cvref_t<D>> update(const D&) {
  return UpdateQuery<std::remove_cvref_t<D>>(UpdateQuery<std::remove_cvref_t<D>>::Statement::Update);
}
template <TableDescriptor D>
UpdateQuery<std::remove_cvref_t<D>> upsert(const D&) {
  return UpdateQuery<std::remove_cvref_t<D>>(UpdateQuery<std::remove_cvref_t<D>>::Statement::Upsert);
}

}  // namespace surreal

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

namespace query_detail {

/// An UPDATE / UPSERT without its table type: what UpdateQuery<D> stores, written by code compiled once
/// (update_spec.cpp) for every table.
class UpdateSpec {
 public:
  UpdateSpec(std::string_view table, bool upsert) noexcept;
  UpdateSpec(const UpdateSpec& other);
  UpdateSpec(UpdateSpec&& other) noexcept;
  UpdateSpec& operator=(const UpdateSpec& other);
  UpdateSpec& operator=(UpdateSpec&& other) noexcept;
  ~UpdateSpec();

  bool upsert() const noexcept { return upsert_; }
  void record(const RecordId& id);
  /// One SET clause (`path op $p`); throws QueryBuildError after merge() / content().
  void set(std::string_view path, std::string_view op, const Value& value);
  /// `SET path = NONE`.
  void unset(std::string_view path);
  void merge(Object fields);
  /// CONTENT: the model's value without its `id`.
  void content(Value model);
  WhereCore& where() noexcept { return where_; }
  SurrealQL to_surql() const;

 private:
  enum class Data { None, Set, Merge, Content };
  struct SetClause {
    std::string_view path;
    std::string_view op;
    Value value;
  };
  void use(Data kind);

  std::string_view table_;
  bool upsert_ = false;
  std::optional<RecordId> record_;
  Data data_kind_ = Data::None;
  std::vector<SetClause> sets_;
  Value data_;
  WhereCore where_;
};

}  // namespace query_detail

template <class D>
class UpdateQuery {
 public:
  using descriptor = D;
  using model = model_of<D>;
  enum class Statement { Update, Upsert };

  explicit UpdateQuery(Statement statement = Statement::Update, query_detail::BoundClient client = {})
      : client_(std::move(client)), spec_(TableTraits<D>::name, statement == Statement::Upsert) {}

  /// Only this record (`UPDATE $p0 …`).
  UpdateQuery& record(const RecordId& id) {
    spec_.record(id);
    return *this;
  }
  /// SET clauses: `app::user.age = 40`, `app::user.score += 1.5`, `app::user.tags -= "old"`.
  template <class... As>
  requires(sizeof...(As) > 0 &&
           (std::same_as<As, Assignment<D>> && ...)) UpdateQuery& set(const As&... assignments) {
    (spec_.set(assignments.path, assignments.op, assignments.value), ...);
    return *this;
  }
  /// Removes optional fields (`SET bio = NONE`).
  template <class... T>
  requires(sizeof...(T) > 0 &&
           (is_optional_column_v<T> && ...)) UpdateQuery& unset(const Column<D, T>&... columns) {
    (spec_.unset(columns.path), ...);
    return *this;
  }
  /// MERGE: sets the given fields, keeps the others.
  UpdateQuery& merge(Object fields) {
    spec_.merge(std::move(fields));
    return *this;
  }
  /// CONTENT: replaces each record's fields by the model's (its id is not sent).
  UpdateQuery& content(const model& row) {
    spec_.content(to_value(row));
    return *this;
  }
  UpdateQuery& where(const Condition<D>& condition) {
    spec_.where().add(condition.expression());
    return *this;
  }
  UpdateQuery& where(const Q& filter) {
    spec_.where().add(filter.template on<D>().expression());
    return *this;
  }

  SurrealQL to_surql() const { return spec_.to_surql(); }

  /// Runs it; the records after the change.
  std::vector<model> run() {
    return client_.run(to_surql(), spec_.upsert() ? "this upsert" : "this update")
        .template take<std::vector<model>>(0);
  }

 private:
  query_detail::BoundClient client_;
  query_detail::UpdateSpec spec_;
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

#include <surreal/query/update.hpp>

#include <utility>

namespace surreal::query_detail {

void write_assignment(SurqlWriter& out, std::string_view path, std::string_view op, const Value& value) {
  out.field(path).append(" ").append(op).append(" ").value(value);
}

UpdateSpec::UpdateSpec(std::string_view table, bool upsert) noexcept : table_(table), upsert_(upsert) {}
UpdateSpec::UpdateSpec(const UpdateSpec& other) = default;
UpdateSpec::UpdateSpec(UpdateSpec&& other) noexcept = default;
UpdateSpec& UpdateSpec::operator=(const UpdateSpec& other) = default;
UpdateSpec& UpdateSpec::operator=(UpdateSpec&& other) noexcept = default;
UpdateSpec::~UpdateSpec() = default;

void UpdateSpec::record(const RecordId& id) { record_ = id; }

void UpdateSpec::set(std::string_view path, std::string_view op, const Value& value) {
  use(Data::Set);
  sets_.push_back(SetClause{path, op, value});
}

void UpdateSpec::unset(std::string_view path) {
  use(Data::Set);
  sets_.push_back(SetClause{path, "=", Value::none()});
}

void UpdateSpec::merge(Object fields) {
  use(Data::Merge);
  data_ = Value(std::move(fields));
}

void UpdateSpec::content(Value model) {
  use(Data::Content);
  if (model.is_object()) model.as_object().erase("id");
  data_ = std::move(model);
}

SurrealQL UpdateSpec::to_surql() const {
  SurqlWriter out;
  out.append(upsert_ ? "UPSERT " : "UPDATE ");
  if (record_)
    out.value(*record_);
  else
    out.identifier(table_);
  switch (data_kind_) {
    case Data::None:
      break;
    case Data::Set:
      for (std::size_t i = 0; i < sets_.size(); ++i) {
        out.append(i == 0 ? " SET " : ", ");
        write_assignment(out, sets_[i].path, sets_[i].op, sets_[i].value);
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

void UpdateSpec::use(Data kind) {
  if (data_kind_ != Data::None && data_kind_ != kind)
    throw QueryBuildError("an UPDATE / UPSERT takes one kind of data: set()/unset(), merge() or content()");
  data_kind_ = kind;
}

}  // namespace surreal::query_detail

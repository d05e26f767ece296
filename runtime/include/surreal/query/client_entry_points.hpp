#pragma once
// The definitions of the Client's typed query entry points declared in <surreal/client.hpp>.
#include <string>
#include <utility>
#include <vector>

#include <surreal/client.hpp>
#include <surreal/query/delete.hpp>
#include <surreal/query/insert.hpp>
#include <surreal/query/relate.hpp>
#include <surreal/query/select.hpp>
#include <surreal/query/update.hpp>

namespace surreal {

template <TableDescriptor D>
SelectQuery<D> Client::select(const D&) {
  return SelectQuery<D>(query_detail::BoundClient(*this));
}

template <TableDescriptor D>
UpdateQuery<D> Client::update(const D&) {
  return UpdateQuery<D>(UpdateQuery<D>::Statement::Update, query_detail::BoundClient(*this));
}

template <TableDescriptor D>
UpdateQuery<D> Client::upsert(const D&) {
  return UpdateQuery<D>(UpdateQuery<D>::Statement::Upsert, query_detail::BoundClient(*this));
}

template <TableDescriptor D>
DeleteQuery<D> Client::delete_from(const D&) {
  return DeleteQuery<D>(query_detail::BoundClient(*this));
}

template <TableDescriptor D>
InsertQuery<D> Client::insert(const D&, std::vector<model_of<D>> rows) {
  return InsertQuery<D>(std::move(rows), query_detail::BoundClient(*this));
}

template <TableDescriptor D>
InsertQuery<D> Client::insert(const D&, model_of<D> row) {
  std::vector<model_of<D>> rows;
  rows.push_back(std::move(row));
  return InsertQuery<D>(std::move(rows), query_detail::BoundClient(*this));
}

template <RelationDescriptor E>
model_of<E> Client::relate(const RecordId& from, const E&, const RecordId& to, const model_of<E>& data) {
  return RelateQuery<E>(from, to, data, query_detail::BoundClient(*this)).run();
}

template <RelationDescriptor E>
model_of<E> Client::relate(const RecordId& from, const E&, const RecordId& to) {
  return RelateQuery<E>(from, to, std::nullopt, query_detail::BoundClient(*this)).run();
}

template <TableDescriptor D>
LiveStream<model_of<D>> Client::live(const D&, LiveOptions options) {
  return live<model_of<D>>(std::string(TableTraits<D>::name), std::move(options));
}

}  // namespace surreal

#pragma once
// Declarations the Client needs for its typed query entry points (`db.select(app::user)`, …). The builders
// are defined in <surreal/query.hpp>; include that (generated model headers do) to call them.
#include <surreal/query/table.hpp>

namespace surreal {

template <class Descriptor>
class SelectQuery;
template <class Descriptor>
class UpdateQuery;
template <class Descriptor>
class DeleteQuery;
template <class Descriptor>
class InsertQuery;

}  // namespace surreal

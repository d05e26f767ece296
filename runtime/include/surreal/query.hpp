#pragma once
// The typed query builder: column and table descriptors (generated per schema), typed select / update /
// upsert / delete / insert / relate, graph traversal, aggregates, vector and full-text search, dynamic
// filters (surreal::Q) and typed live queries. Every value is a bound parameter; `to_surql()` shows the text
// and the variables.
//
//   #include <surreal/query.hpp>      // generated model headers include it
//   auto adults = db.select(app::user).where(app::user.age >= 18).order_by(app::user.name.asc()).all();
//
// See <surreal/query/table.hpp> for the shape of a table descriptor and <surreal/query/column.hpp> for what a
// column offers.
#include <surreal/link.hpp>
#include <surreal/query/aggregate.hpp>
#include <surreal/query/assignment.hpp>
#include <surreal/query/client_entry_points.hpp>
#include <surreal/query/column.hpp>
#include <surreal/query/column_types.hpp>
#include <surreal/query/delete.hpp>
#include <surreal/query/error.hpp>
#include <surreal/query/expression.hpp>
#include <surreal/query/group.hpp>
#include <surreal/query/insert.hpp>
#include <surreal/query/order.hpp>
#include <surreal/query/q.hpp>
#include <surreal/query/relate.hpp>
#include <surreal/query/select.hpp>
#include <surreal/query/surql.hpp>
#include <surreal/query/table.hpp>
#include <surreal/query/traversal.hpp>
#include <surreal/query/update.hpp>

// What the differ produces: an ordered list of schema operations, each with the SurrealQL that applies it
// (up) and the SurrealQL that undoes it (down), and how risky each direction is for the data already in the
// database.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "surrealpp/schema/ir.hpp"

namespace surrealpp::schema::diff {

// Ordered from harmless to dangerous, so the risk of several operations is the maximum of theirs.
//  Safe:     touches no data and cannot fail on the rows that exist.
//  DataLoss: deletes or lossily converts stored values (a removed field, float → int).
//  Unsafe:   may fail on existing data or leave rows the new schema rejects (a removed table, a string → int
//  cast,
//            a new required field without DEFAULT); a human has to review it.
enum class Safety { Safe = 0, DataLoss = 1, Unsafe = 2 };

std::string_view safety_name(Safety safety);  // SAFE, DATA_LOSS, UNSAFE
std::optional<Safety> parse_safety(std::string_view name);
inline Safety worst(Safety a, Safety b) { return a < b ? b : a; }

enum class Action {
  Create,    // a definition that did not exist
  Remove,    // a definition that no longer exists
  Redefine,  // a definition whose clauses changed (DEFINE … OVERWRITE, or REMOVE + DEFINE for indexes)
  Backfill,  // data: fill new required fields of a table from their DEFAULT
};

std::string_view action_name(Action action);  // create, remove, redefine, backfill

struct Operation {
  Action action = Action::Create;
  DefinitionKind kind = DefinitionKind::Table;
  std::string table;                // the table of a field, index or event (empty otherwise)
  std::string name;                 // the definition's name (for a backfill: the fields, comma separated)
  std::optional<Statement> before;  // the definition in the old schema (absent for Create)
  std::optional<Statement> after;   // the definition in the new schema (absent for Remove)
  std::vector<std::string> up;      // SurrealQL statements without the trailing `;`, in order
  std::vector<std::string> down;
  Safety up_safety = Safety::Safe;
  Safety down_safety = Safety::Safe;
  std::vector<std::string> notes;  // why a direction is not SAFE, what a reviewer should check

  // "define field email on user", "remove table post", "backfill user (active, score)".
  std::string describe() const;
};

struct Plan {
  std::vector<Operation> operations;
  std::vector<std::string> warnings;  // statements the differ cannot act on (ALTER, DML in a schema file, …)

  bool empty() const { return operations.empty(); }
  Safety up_safety() const;
  Safety down_safety() const;
};

}  // namespace surrealpp::schema::diff

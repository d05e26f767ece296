// The text of migration files: the differ's operations as SurrealQL with a comment per operation saying what
// it does and how safe it is (`-- [DATA_LOSS] remove field age on user`), which `migrate plan` reads back.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diff/operation.hpp"

namespace surrealpp::migrate {

enum class Direction { Up, Down };

// The script of one direction: a header, then each operation's statements (in reverse order for Down).
std::string render_migration_script(const schema::diff::Plan& plan, Direction direction,
                                    const std::string& label);

// One classified operation found in a script.
struct ScriptOperation {
  schema::diff::Safety safety = schema::diff::Safety::Safe;
  std::string description;
  std::vector<std::string> notes;
};

struct ScriptSafety {
  std::vector<ScriptOperation> operations;
  bool has_unclassified_statements = false;  // hand-written SurrealQL outside any annotated operation
  std::optional<schema::diff::Safety> overall()
      const;  // nullopt: nothing classified and nothing unclassified
};

// Reads the `-- [SAFETY] description` annotations of a script written by render_migration_script (or by
// hand).
ScriptSafety read_script_safety(const std::string& script);

}  // namespace surrealpp::migrate

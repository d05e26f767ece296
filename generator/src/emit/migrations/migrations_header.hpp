// Embeds a migrations directory into C++: one header defining `<namespace>::migrations`, the list
// `surreal::migrate(db, ns::migrations)` applies at start-up (see runtime/include/surreal/migrate.hpp). The
// scripts are embedded byte for byte, so the checksums the runtime records equal those of `surrealpp migrate
// up`: the command line and the application share one history table.
#pragma once

#include <string>
#include <vector>

#include "migrate/migration_directory.hpp"

namespace surrealpp::emit::migrations {

// The header text. `cpp_namespace` may be nested (`app::db`); `source` names the directory in the header
// comment.
std::string migrations_header(const std::vector<migrate::MigrationFiles>& migrations,
                              const std::string& cpp_namespace, const std::string& source);

// A C++ raw string literal holding `text` exactly, with a delimiter that does not occur in it.
std::string raw_string_literal(const std::string& text);

}  // namespace surrealpp::emit::migrations

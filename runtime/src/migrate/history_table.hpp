// The migration history table: one record per applied migration, keyed by version so that the database itself
// refuses a second application (a CREATE of an existing record id fails).
#pragma once

#include <string>
#include <vector>

#include <surreal/client.hpp>
#include <surreal/migrate.hpp>

namespace surreal::migrate_detail {

RecordId history_record_id(const std::string& version);

// DEFINE TABLE IF NOT EXISTS, so that reading it on 3.x (where SELECT on a missing table fails) works.
void ensure_history_table(Client& db);

std::vector<AppliedMigration> read_history(Client& db);

}  // namespace surreal::migrate_detail

#pragma once
// Schema migrations at run time: apply SurrealQL migrations to a database, each exactly once, each in one
// transaction, recorded in a history table that the `surrealpp migrate` command line shares.
//
//   #include "app/migrations.hpp"           // generated: surrealpp generate-migrations --namespace app …
//   surreal::migrate(db, app::migrations);   // applies what is pending; a no-op when the database is current
//
// What it guarantees:
// - A migration runs inside BEGIN/COMMIT together with the creation of its history record, so it either
// applies
//   fully and is recorded, or leaves the database as it was. A failure reports the statement that failed with
//   the server's message (not the "not executed due to a failed transaction" of the statements around it).
// - The history record's id is the migration's version: two processes migrating the same database at once
// cannot
//   both apply a migration; the loser's transaction fails, it re-reads the history and goes on. Conflicts the
//   server marks as retryable are retried the same way.
// - A migration that was edited after it was applied (its checksum changed) is refused with its name before
// anything
//   runs; so is a history that records a migration the caller does not know.
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <surreal/client.hpp>
#include <surreal/error.hpp>

namespace surreal {

/// One migration: its version orders it ("0001", "0002", …: compared as text, so keep them zero-padded).
struct Migration {
  std::string version;
  std::string name;  // "add_users"
  std::string up;    // SurrealQL that applies it
  std::string down;  // SurrealQL that undoes it (may be empty: not reversible)
};

/// A row of the history table.
struct AppliedMigration {
  std::string version;
  std::string name;
  std::string checksum;    // migration_checksum() of the `up` script when it was applied
  std::string applied_at;  // datetime as the server stored it (RFC 3339)
  std::int64_t duration_ms = 0;
  std::string applied_by;  // "surrealpp" (command line) or "surreal::migrate" (runtime)
};

/// The name of the history table (in the database the client uses).
inline constexpr std::string_view kMigrationHistoryTable = "_surrealpp_migrations";

/// SHA-256 (hex) of a migration script with line endings normalised to \n, so a checkout on another platform
/// does not look edited.
std::string migration_checksum(std::string_view script);

/// A migration failed: its version and name, the failing statement (1-based within the migration, 0 if
/// unknown) and the server's message. The database is as it was before the migration.
class MigrationError : public Error {
 public:
  MigrationError(const std::string& message, std::string version = {}, std::string name = {},
                 std::size_t statement = 0)
      : Error(message), version_(std::move(version)), name_(std::move(name)), statement_(statement) {}
  const std::string& version() const noexcept { return version_; }
  const std::string& name() const noexcept { return name_; }
  std::size_t statement() const noexcept { return statement_; }

 private:
  std::string version_;
  std::string name_;
  std::size_t statement_;
};

/// What happened to one migration during migrate()/rollback().
struct MigrationEvent {
  enum class Kind { Applying, Applied, AppliedElsewhere, RolledBack, WouldApply, WouldRollBack, Retrying };
  Kind kind;
  const Migration* migration = nullptr;
  std::chrono::milliseconds duration{0};
  std::string detail;
};

struct MigrateOptions {
  /// Apply up to and including this version (all pending when empty).
  std::optional<std::string> target;
  /// Only report what would be applied.
  bool dry_run = false;
  /// Recorded in the history's `applied_by`.
  std::string applied_by = "surreal::migrate";
  /// Retries of one migration after retryable conflicts (each after a re-read of the history).
  int max_retries = 20;
  /// Progress callback (optional).
  std::function<void(const MigrationEvent&)> on_event;
};

struct MigrateReport {
  std::vector<std::string> applied;            // versions this call applied
  std::vector<std::string> applied_elsewhere;  // versions another process applied meanwhile
  std::vector<std::string> would_apply;        // dry run
};

/// Applies the pending migrations in version order. Throws MigrationError (failed migration, edited
/// migration, unknown history entries, duplicate versions) or the client's errors (connection, auth).
MigrateReport migrate(Client& db, const std::vector<Migration>& migrations,
                      const MigrateOptions& options = {});

struct RollbackOptions {
  /// How many applied migrations to undo, newest first (ignored when `target` is set).
  std::size_t steps = 1;
  /// Undo every applied migration newer than this version ("0" or "" = all of them).
  std::optional<std::string> target;
  bool dry_run = false;
  int max_retries = 20;
  std::function<void(const MigrationEvent&)> on_event;
};

struct RollbackReport {
  std::vector<std::string> rolled_back;
  std::vector<std::string> would_roll_back;
};

/// Runs the `down` scripts of the newest applied migrations, each in a transaction with the removal of its
/// history record. Throws MigrationError when a migration to undo is unknown or has no down script.
RollbackReport rollback(Client& db, const std::vector<Migration>& migrations,
                        const RollbackOptions& options = {});

/// The history table, oldest first (empty when it does not exist yet).
std::vector<AppliedMigration> migration_history(Client& db);

/// Applied migrations whose checksum no longer matches, applied versions not in `migrations`, duplicate
/// versions: one message each (empty when consistent).
std::vector<std::string> verify_migrations(const std::vector<AppliedMigration>& history,
                                           const std::vector<Migration>& migrations);

}  // namespace surreal

// surreal::migrate / rollback: apply migrations exactly once, each in one transaction (see
// <surreal/migrate.hpp>).
#include <surreal/migrate.hpp>

#include <algorithm>
#include <chrono>
#include <map>
#include <random>
#include <set>
#include <thread>

#include "history_table.hpp"
#include "transaction_script.hpp"

namespace surreal {
namespace {

using namespace migrate_detail;
using Clock = std::chrono::steady_clock;

std::string label(const Migration& migration) {
  return migration.name.empty() ? migration.version : migration.version + "_" + migration.name;
}

void emit(const std::function<void(const MigrationEvent&)>& on_event, MigrationEvent::Kind kind,
          const Migration& migration, std::chrono::milliseconds duration = {}, std::string detail = {}) {
  if (on_event) on_event(MigrationEvent{kind, &migration, duration, std::move(detail)});
}

// Conflicting transactions are retried after a short, growing, jittered pause so that two processes do not
// collide again in lock step.
void back_off(int attempt) {
  static thread_local std::mt19937 random{std::random_device{}()};
  std::uniform_int_distribution<int> jitter(0, 40);
  std::this_thread::sleep_for(std::chrono::milliseconds(20 * std::min(attempt, 10) + jitter(random)));
}

bool is_applied(Client& db, const std::string& version) {
  auto history = read_history(db);
  return std::any_of(history.begin(), history.end(),
                     [&](const AppliedMigration& a) { return a.version == version; });
}

std::vector<Migration> sorted_by_version(const std::vector<Migration>& migrations) {
  std::vector<Migration> sorted = migrations;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const Migration& a, const Migration& b) { return a.version < b.version; });
  return sorted;
}

void refuse_inconsistencies(const std::vector<AppliedMigration>& history,
                            const std::vector<Migration>& migrations) {
  auto problems = verify_migrations(history, migrations);
  if (problems.empty()) return;
  std::string message = problems.front();
  for (std::size_t i = 1; i < problems.size(); ++i) message += "; " + problems[i];
  throw MigrationError(message);
}

enum class Outcome { Done, DoneElsewhere };

// Runs `script` in a transaction with `history_statement` first. Retries retryable conflicts;
// `done_elsewhere` says whether another process has meanwhile done the work (then this one stops).
Outcome run_transaction(Client& db, const Migration& migration, const std::string& history_statement,
                        const std::string& script, const Object& vars, int max_retries,
                        const std::function<bool()>& done_elsewhere,
                        const std::function<void(const MigrationEvent&)>& on_event, const char* what) {
  std::string text = wrap_in_transaction(history_statement, script);
  for (int attempt = 1;; ++attempt) {
    std::string failure_message;
    std::size_t failed_statement = 0;
    bool history_statement_failed = false;
    try {
      QueryResult result = db.query(text, vars);
      auto failure = real_failure(result);
      if (!failure) return Outcome::Done;
      failure_message = failure->message;
      // 3.x answers BEGIN with a result of its own, 2.x does not: count from the history statement.
      std::size_t begin_results = db.server_major() >= 3 ? 1 : 0;
      failed_statement = failure->index >= begin_results ? failure->index - begin_results : 0;
      history_statement_failed = failed_statement == 0;
    } catch (const ConnectionError&) {
      throw;
    } catch (const AuthError&) {
      throw;
    } catch (const Error& error) {
      if (!error.retryable() && !is_retryable_message(error.what()))
        throw MigrationError(std::string(what) + " " + label(migration) + " failed: " + error.what(),
                             migration.version, migration.name);
      failure_message = error.what();
    }
    bool retryable = is_retryable_message(failure_message);
    // The history change failing means another process got there first: its record exists (up) or is gone
    // (down).
    if (history_statement_failed && done_elsewhere()) return Outcome::DoneElsewhere;
    if (!retryable) {
      // Statement 0 is the history change; the script's statements count from 1.
      throw MigrationError(std::string(what) + " " + label(migration) + " failed at statement " +
                               std::to_string(failed_statement) + ": " + failure_message +
                               " (the transaction was rolled back; the database is unchanged)",
                           migration.version, migration.name, failed_statement);
    }
    if (attempt > max_retries)
      throw MigrationError(std::string(what) + " " + label(migration) + " kept conflicting with concurrent " +
                               "transactions after " + std::to_string(max_retries) +
                               " retries: " + failure_message,
                           migration.version, migration.name);
    emit(on_event, MigrationEvent::Kind::Retrying, migration, {}, failure_message);
    back_off(attempt);
    if (done_elsewhere()) return Outcome::DoneElsewhere;
  }
}

void ensure_history_table_with_retries(Client& db, int max_retries) {
  for (int attempt = 1;; ++attempt) {
    try {
      ensure_history_table(db);
      return;
    } catch (const Error& error) {
      if (attempt > max_retries || (!error.retryable() && !is_retryable_message(error.what()))) throw;
      back_off(attempt);
    }
  }
}

}  // namespace

std::vector<AppliedMigration> migration_history(Client& db) { return read_history(db); }

std::vector<std::string> verify_migrations(const std::vector<AppliedMigration>& history,
                                           const std::vector<Migration>& migrations) {
  std::vector<std::string> problems;
  std::map<std::string, const Migration*> by_version;
  for (const Migration& migration : migrations) {
    auto [it, inserted] = by_version.emplace(migration.version, &migration);
    if (!inserted)
      problems.push_back("two migrations have version " + migration.version + ": " + label(*it->second) +
                         " and " + label(migration));
  }
  for (const AppliedMigration& applied : history) {
    auto it = by_version.find(applied.version);
    if (it == by_version.end()) {
      problems.push_back(
          "migration " + applied.version + "_" + applied.name +
          " is recorded as applied but is not among the migrations (a newer migration set ran here?)");
      continue;
    }
    std::string checksum = migration_checksum(it->second->up);
    if (checksum != applied.checksum)
      problems.push_back("migration " + label(*it->second) + " was edited after it was applied (checksum " +
                         applied.checksum.substr(0, 12) + "… recorded, " + checksum.substr(0, 12) +
                         "… now); restore it and write a new migration instead");
  }
  return problems;
}

MigrateReport migrate(Client& db, const std::vector<Migration>& migrations, const MigrateOptions& options) {
  std::vector<Migration> sorted = sorted_by_version(migrations);
  std::vector<AppliedMigration> history = read_history(db);
  refuse_inconsistencies(history, sorted);
  if (options.target && std::none_of(sorted.begin(), sorted.end(),
                                     [&](const Migration& m) { return m.version == *options.target; }))
    throw MigrationError("no migration has version " + *options.target);

  std::set<std::string> applied;
  for (const AppliedMigration& entry : history) applied.insert(entry.version);
  MigrateReport report;
  if (!options.dry_run) ensure_history_table_with_retries(db, options.max_retries);
  for (const Migration& migration : sorted) {
    if (options.target && migration.version > *options.target) break;
    if (applied.contains(migration.version)) continue;
    if (options.dry_run) {
      report.would_apply.push_back(migration.version);
      emit(options.on_event, MigrationEvent::Kind::WouldApply, migration);
      continue;
    }
    emit(options.on_event, MigrationEvent::Kind::Applying, migration);
    RecordId id = history_record_id(migration.version);
    Object vars{{"surrealpp_migration_id", Value(id)},
                {"surrealpp_version", migration.version},
                {"surrealpp_name", migration.name},
                {"surrealpp_checksum", migration_checksum(migration.up)},
                {"surrealpp_applied_by", options.applied_by}};
    const std::string history_statement =
        "CREATE $surrealpp_migration_id SET version = $surrealpp_version, name = $surrealpp_name, checksum = "
        "$surrealpp_checksum, applied_at = time::now(), applied_by = $surrealpp_applied_by, duration_ms = 0";
    auto start = Clock::now();
    Outcome outcome = run_transaction(
        db, migration, history_statement, migration.up, vars, options.max_retries,
        [&] { return is_applied(db, migration.version); }, options.on_event, "migration");
    auto duration = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start);
    if (outcome == Outcome::DoneElsewhere) {
      report.applied_elsewhere.push_back(migration.version);
      emit(options.on_event, MigrationEvent::Kind::AppliedElsewhere, migration);
      continue;
    }
    // The timing is known only after the commit; recording it is best effort (the migration itself is in).
    try {
      db.query("UPDATE $id SET duration_ms = $ms",
               {{"id", Value(id)}, {"ms", static_cast<std::int64_t>(duration.count())}});
    } catch (const Error&) {
    }
    report.applied.push_back(migration.version);
    emit(options.on_event, MigrationEvent::Kind::Applied, migration, duration);
  }
  return report;
}

RollbackReport rollback(Client& db, const std::vector<Migration>& migrations,
                        const RollbackOptions& options) {
  std::vector<Migration> sorted = sorted_by_version(migrations);
  std::vector<AppliedMigration> history = read_history(db);
  refuse_inconsistencies(history, sorted);

  std::vector<const AppliedMigration*> to_undo;
  for (auto it = history.rbegin(); it != history.rend(); ++it) {
    if (options.target) {
      if (!options.target->empty() && it->version <= *options.target) break;
    } else if (to_undo.size() >= options.steps) {
      break;
    }
    to_undo.push_back(&*it);
  }
  // Everything is checked before anything runs: a rollback that would stop half way is refused up front.
  std::vector<const Migration*> plan;
  for (const AppliedMigration* applied : to_undo) {
    auto it = std::find_if(sorted.begin(), sorted.end(),
                           [&](const Migration& m) { return m.version == applied->version; });
    if (it->down.find_first_not_of(" \t\r\n") == std::string::npos)
      throw MigrationError("migration " + label(*it) + " has no down script; it cannot be rolled back",
                           it->version, it->name);
    plan.push_back(&*it);
  }
  RollbackReport report;
  for (const Migration* migration : plan) {
    if (options.dry_run) {
      report.would_roll_back.push_back(migration->version);
      emit(options.on_event, MigrationEvent::Kind::WouldRollBack, *migration);
      continue;
    }
    auto start = Clock::now();
    Object vars{{"surrealpp_migration_id", Value(history_record_id(migration->version))}};
    // Deleting the history record first makes a concurrent rollback of the same migration fail (`RETURN
    // BEFORE` plus the THROW) instead of running the down script twice.
    const std::string history_statement =
        "IF array::len((DELETE $surrealpp_migration_id RETURN BEFORE)) = 0 { THROW 'migration already rolled "
        "back' }";
    run_transaction(
        db, *migration, history_statement, migration->down, vars, options.max_retries,
        [&] { return !is_applied(db, migration->version); }, options.on_event, "rollback of");
    report.rolled_back.push_back(migration->version);
    emit(options.on_event, MigrationEvent::Kind::RolledBack, *migration,
         std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start));
  }
  return report;
}

}  // namespace surreal

#pragma once
// What every sample does before its own work: find the server, connect, sign in, and use a database of its
// own; and the two helpers they share (read a schema file, stop on a failed check).
#include <string>

#include <surreal/client.hpp>

namespace sample {

/// Where a sample connects: argv[1], else $SURREAL_URL, else the devdb fixture's state file named by
/// $SURREALPP_DEVDB_STATE (ctest runs the samples against that fixture), else ws://127.0.0.1:8000/rpc.
std::string server_url(int argc, char** argv);

/// A database name of its own for each run, so that runs against a shared server never see each other's data.
std::string fresh_database(const std::string& prefix);

/// Connects to server_url(), signs in as root and uses `samples/<fresh_database(prefix)>`; prints where.
surreal::Client connect(int argc, char** argv, const std::string& database_prefix);

/// The whole file; throws std::runtime_error when it cannot be read.
std::string read_file(const std::string& path);

/// Throws std::runtime_error("check failed: <what>") unless `condition`.
void expect(bool condition, const std::string& what);

}  // namespace sample

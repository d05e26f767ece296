// surreal-bench: the runtime's cost against a SurrealDB devdb (issue 3, item 9). Prints one machine-readable
// line per workload, each with wall time and this process's own CPU time (getrusage user+sys) per operation:
//   a. ws_seq_return1    sequential `RETURN 1` round trips over WebSocket;
//   b. ws_par64_return1  the same with 64 requests in flight on one connection, kept in flight by one thread
//                        with query_async() (as the JS SDK keeps 64 promises); ws_par64_pipelined: the same
//                        inside a Client::pipeline(), so that the calls sent between two waits are written
//                        together; and ws_par64_threads: the same from 64 threads, each making blocking
//                        calls;
//   c. insert_batch1000  records/second inserting 1,000-record batches;
//   d. select_100k       end-to-end `SELECT *` of 100,000 records, the first large result of the process;
//                        select_100k_warm: the same select 3 more times; then CBOR decode of the result bytes
//                        into Value (cbor_decode_value) and into typed structs (cbor_decode_typed: into
//                        values, then converted), and the conversion alone (from_value_typed).
//   e. ws_seq_floor, ws_par64_floor: the calls of a. and b. made with no library code, by the least code that
//                        can make them (socket_floor.hpp): the part of a client's CPU that the kernel charges
//                        for sending, sleeping and waking, which no client can avoid.
// Usage: surreal-bench [--url WS_URL] [--seq N] [--par-per-thread N] [--threads N] [--batches N] [--rows N]
//                      [--only WORKLOAD[,WORKLOAD...]] [--hold-first-result]
// (a count of 0 skips that workload; --only runs just the named workloads).
// Without --url it starts its own devdb (node devdb/ctl.mjs start --engine 3) and stops it at exit.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <surreal/surreal.hpp>

#include "socket_floor.hpp"

#ifndef SURREALPP_SOURCE_DIR
#define SURREALPP_SOURCE_DIR "."
#endif

namespace {

struct BenchRow {
  surreal::RecordId id;
  std::string name;
  std::int64_t n = 0;
  double score = 0;
  bool active = false;
  std::vector<std::string> tags;
};

}  // namespace

template <>
struct surreal::Codec<BenchRow> {
  static surreal::Value encode(const BenchRow& r) {
    surreal::Object o;
    surreal::encode_field(o, "id", r.id);
    surreal::encode_field(o, "name", r.name);
    surreal::encode_field(o, "n", r.n);
    surreal::encode_field(o, "score", r.score);
    surreal::encode_field(o, "active", r.active);
    surreal::encode_field(o, "tags", r.tags);
    return o;
  }
  static BenchRow decode(const surreal::Value& v) {
    const surreal::Object& o = surreal::expect_object(v, "BenchRow");
    BenchRow r;
    surreal::decode_field(o, "id", r.id);
    surreal::decode_field(o, "name", r.name);
    surreal::decode_field(o, "n", r.n);
    surreal::decode_field(o, "score", r.score);
    surreal::decode_field(o, "active", r.active);
    surreal::decode_field(o, "tags", r.tags);
    return r;
  }
};

namespace {

// ------------------------------------------------------------------------------------------------------------------
// Measurement

struct Clock {
  std::chrono::steady_clock::time_point wall;
  double cpu_s;
  // Minor faults: each first touch of a fresh page, which the kernel charges to the process as system time.
  long page_faults;
};

Clock now() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  auto secs = [](const timeval& t) {
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
  };
  return {std::chrono::steady_clock::now(), secs(u.ru_utime) + secs(u.ru_stime), u.ru_minflt};
}

struct Span {
  double wall_s;
  double cpu_s;
  long page_faults;
};

Span since(const Clock& start) {
  Clock end = now();
  return {std::chrono::duration<double>(end.wall - start.wall).count(), end.cpu_s - start.cpu_s,
          end.page_faults - start.page_faults};
}

void report(const char* name, const char* unit, std::size_t ops, Span s, const std::string& extra = {}) {
  const double n = static_cast<double>(ops);
  std::printf("bench %s %s=%zu wall_s=%.4f %s_per_s=%.1f cpu_s=%.4f cpu_us_per_op=%.3f page_faults=%ld%s\n",
              name, unit, ops, s.wall_s, unit, n / s.wall_s, s.cpu_s, s.cpu_s * 1e6 / n, s.page_faults,
              extra.c_str());
  std::fflush(stdout);
}

// ------------------------------------------------------------------------------------------------------------------
// devdb

class Devdb {
 public:
  Devdb() {
    char tmpl[] = "/tmp/surreal-bench-XXXXXX";
    if (mkdtemp(tmpl) == nullptr) throw std::runtime_error("mkdtemp failed");
    dir_ = tmpl;
    state_ = dir_ + "/devdb.state";
    if (ctl("start") != 0) {
      std::filesystem::remove_all(dir_);
      throw std::runtime_error("devdb start failed");
    }
    started_ = true;
    std::ifstream in(state_);
    for (std::string line; std::getline(in, line);) {
      if (line.rfind("ws_url=", 0) == 0) ws_url_ = line.substr(7);
      if (line.rfind("http_url=", 0) == 0) http_url_ = line.substr(9);
    }
    if (ws_url_.empty()) {
      stop();
      throw std::runtime_error("devdb state has no ws_url");
    }
  }
  Devdb(const Devdb&) = delete;
  Devdb& operator=(const Devdb&) = delete;
  ~Devdb() { stop(); }

  const std::string& ws_url() const { return ws_url_; }
  const std::string& http_url() const { return http_url_; }

  void stop() {
    if (started_) {
      started_ = false;
      ctl("stop");
    }
    if (!dir_.empty()) {
      std::error_code ec;
      std::filesystem::remove_all(dir_, ec);
      dir_.clear();
    }
  }

 private:
  int ctl(const char* verb) const {
    std::string ctl_path = std::string(SURREALPP_SOURCE_DIR) + "/devdb/ctl.mjs";
    pid_t pid = fork();
    if (pid < 0) return -1;
    if (pid == 0) {
      // stdout of ctl goes to stderr, so that ours carries only figures.
      dup2(STDERR_FILENO, STDOUT_FILENO);
      if (std::string(verb) == "start") {
        execlp("node", "node", ctl_path.c_str(), verb, "--engine", "3", "--state", state_.c_str(),
               static_cast<char*>(nullptr));
      } else {
        execlp("node", "node", ctl_path.c_str(), verb, "--state", state_.c_str(),
               static_cast<char*>(nullptr));
      }
      _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

  std::string dir_, state_, ws_url_, http_url_;
  bool started_ = false;
};

// ------------------------------------------------------------------------------------------------------------------
// Workloads

surreal::Client open(const std::string& url, const std::string& db_name) {
  auto db = surreal::Client::connect(url);
  db.signin(surreal::RootAuth{"root", "root"});
  db.use("bench", db_name);
  return db;
}

surreal::Value make_rows(std::size_t first, std::size_t count) {
  surreal::Array rows;
  rows.reserve(count);
  for (std::size_t i = first; i < first + count; ++i) {
    surreal::Object o;
    o.insert_or_assign("name", surreal::Value("row-" + std::to_string(i)));
    o.insert_or_assign("n", surreal::Value(static_cast<std::int64_t>(i)));
    o.insert_or_assign("score", surreal::Value(static_cast<double>(i) * 0.5));
    o.insert_or_assign("active", surreal::Value(i % 2 == 0));
    o.insert_or_assign("tags",
                       surreal::Value(surreal::Array{surreal::Value("alpha"), surreal::Value("beta")}));
    rows.emplace_back(std::move(o));
  }
  return surreal::Value(std::move(rows));
}

void bench_seq(surreal::Client& db, std::size_t ops) {
  // Untimed warm-up, as long as the JS bench's (which needs it for V8 to compile the SDK's hot paths).
  for (int i = 0; i < 1000; ++i) db.query("RETURN 1");
  Clock start = now();
  for (std::size_t i = 0; i < ops; ++i) db.query("RETURN 1");
  report("ws_seq_return1", "ops", ops, since(start));
}

/// Makes `total` calls of `RETURN 1`, `in_flight` at a time, from this thread. Each slot of the ring holds
/// one call in flight: collect its answer, send the next one in its place.
void run_ring(surreal::Client& db, std::size_t in_flight, std::size_t total) {
  std::vector<surreal::Pending<surreal::QueryResult>> ring(in_flight);
  std::size_t answered = 0;
  for (std::size_t i = 0; i < total + in_flight; ++i) {
    auto& slot = ring[i % in_flight];
    if (slot.valid()) {
      if (slot.get().take(0).as_int() != 1) throw std::runtime_error("RETURN 1 answered something else");
      ++answered;
    }
    if (i < total) slot = db.query_async("RETURN 1");
  }
  if (answered != total) throw std::runtime_error("async calls lost");
}

void bench_par_async(surreal::Client& db, std::size_t in_flight, std::size_t per_slot, bool pipelined) {
  const std::size_t total = in_flight * per_slot;
  std::optional<surreal::Pipeline> pipeline;
  if (pipelined) pipeline.emplace(db.pipeline());
  run_ring(db, in_flight, in_flight * 20);  // untimed warm-up, as in the JS bench
  Clock start = now();
  run_ring(db, in_flight, total);
  Span s = since(start);
  report(pipelined ? "ws_par64_pipelined" : "ws_par64_return1", "ops", total, s,
         " in_flight=" + std::to_string(in_flight) + " threads=1");
}

/// The same calls as bench_seq and bench_par_async, on a connection of their own that no library code touches
/// while the clock runs (socket_floor.hpp).
void bench_floor(const std::string& url, std::size_t seq_ops, std::size_t par_ops) {
  surreal_bench::RawWebSocketRing ring(url, "floor");
  if (seq_ops > 0) {
    ring.run(1, 1000);  // warm-up, as bench_seq's
    Clock start = now();
    ring.run(1, seq_ops);
    report("ws_seq_floor", "ops", seq_ops, since(start), " in_flight=1 no_library=1");
  }
  if (par_ops > 0) {
    ring.run(64, 64 * 20);
    Clock start = now();
    ring.run(64, par_ops);
    report("ws_par64_floor", "ops", par_ops, since(start), " in_flight=64 no_library=1");
  }
}

void bench_par(surreal::Client& db, std::size_t threads, std::size_t per_thread) {
  std::atomic<std::size_t> failures{0};
  std::vector<std::thread> pool;
  pool.reserve(threads);
  Clock start = now();
  for (std::size_t t = 0; t < threads; ++t) {
    pool.emplace_back([&] {
      for (std::size_t i = 0; i < per_thread; ++i) {
        try {
          db.query("RETURN 1");
        } catch (const std::exception&) {
          failures.fetch_add(1);
        }
      }
    });
  }
  for (auto& th : pool) th.join();
  Span s = since(start);
  if (failures.load() != 0)
    throw std::runtime_error(std::to_string(failures.load()) + " parallel calls failed");
  report("ws_par64_threads", "ops", threads * per_thread, s,
         " in_flight=" + std::to_string(threads) + " threads=" + std::to_string(threads));
}

void bench_insert(surreal::Client& db, std::size_t batches, std::size_t batch_size) {
  db.query("REMOVE TABLE IF EXISTS bench_insert");
  std::vector<surreal::Value> data;
  data.reserve(batches);
  for (std::size_t b = 0; b < batches; ++b) data.push_back(make_rows(b * batch_size, batch_size));
  db.insert(surreal::Value(surreal::Table("bench_warm")), make_rows(0, batch_size));  // warm-up
  Clock start = now();
  for (auto& rows : data) db.insert(surreal::Value(surreal::Table("bench_insert")), std::move(rows));
  report("insert_batch1000", "records", batches * batch_size, since(start),
         " batches=" + std::to_string(batches) + " batch=" + std::to_string(batch_size));
}

void bench_select(surreal::Client& db, std::size_t rows, bool hold_first) {
  db.query("REMOVE TABLE IF EXISTS bench_select");
  for (std::size_t first = 0; first < rows; first += 1000) {
    db.insert(surreal::Value(surreal::Table("bench_select")),
              make_rows(first, std::min<std::size_t>(1000, rows - first)));
  }
  db.query("SELECT * FROM bench_select LIMIT 1000");  // warm-up

  Clock start = now();
  std::optional<surreal::QueryResult> result = db.query("SELECT * FROM bench_select");
  Span e2e = since(start);
  const std::size_t got = result->take(0).as_array().size();
  if (got != rows) throw std::runtime_error("select returned " + std::to_string(got) + " records");
  report("select_100k", "records", got, e2e);

  // The result's CBOR bytes (as the server sent them, re-encoded canonically by the client), for the decode
  // figures below. Then the result is dropped, as a service drops a result it has handled; with
  // --hold-first-result it is kept while the selects below run, which shows the allocator's part (see
  // docs/runtime.md, "Large results and the allocator").
  const std::vector<std::uint8_t> bytes = surreal::cbor::encode(result->take(0));
  if (!hold_first) result.reset();

  // The same select, 3 more times, each result dropped before the next arrives, as a service that selects
  // again and again would. The first select above is the first large result of the process: its values go
  // into memory the process had never touched, and each fresh page costs the kernel a fault. Whether the
  // repeated ones fault again is the allocator's choice: glibc keeps freed memory for reuse, or gives it back
  // to the kernel once more than its trim threshold is free at the top of its heap (page_faults shows which).
  constexpr int warm_selects = 3;
  start = now();
  for (int i = 0; i < warm_selects; ++i) {
    if (db.query("SELECT * FROM bench_select").take(0).as_array().size() != rows)
      throw std::runtime_error("a repeated select lost records");
  }
  report("select_100k_warm", "records", rows * warm_selects, since(start),
         " selects=" + std::to_string(warm_selects) + (hold_first ? " first_result_held=1" : ""));

  const double mb = static_cast<double>(bytes.size()) / 1e6;
  constexpr int reps = 5;
  start = now();
  std::size_t check = 0;
  for (int i = 0; i < reps; ++i) check += surreal::cbor::decode(bytes).as_array().size();
  Span dec = since(start);
  if (check != got * reps) throw std::runtime_error("decode mismatch");
  char extra[160];
  std::snprintf(extra, sizeof extra, " bytes=%zu MB_per_s=%.1f", bytes.size(), mb * reps / dec.wall_s);
  report("cbor_decode_value", "records", got * reps, dec, extra);

  // Bytes into typed structs, the path of take<T>() and select<T>(): decode into values, convert those.
  start = now();
  check = 0;
  for (int i = 0; i < reps; ++i)
    check += surreal::from_value<std::vector<BenchRow>>(surreal::cbor::decode(bytes)).size();
  Span typed = since(start);
  if (check != got * reps) throw std::runtime_error("typed decode mismatch");
  std::snprintf(extra, sizeof extra, " bytes=%zu MB_per_s=%.1f", bytes.size(), mb * reps / typed.wall_s);
  report("cbor_decode_typed", "records", got * reps, typed, extra);

  // The conversion step alone (values already decoded): no bytes are read, so no MB/s.
  const surreal::Value value = surreal::cbor::decode(bytes);
  start = now();
  check = 0;
  for (int i = 0; i < reps; ++i) check += surreal::from_value<std::vector<BenchRow>>(value).size();
  Span convert = since(start);
  if (check != got * reps) throw std::runtime_error("typed conversion mismatch");
  report("from_value_typed", "records", got * reps, convert);
}

std::size_t arg_size(int argc, char** argv, int& i) {
  if (i + 1 >= argc) throw std::runtime_error(std::string(argv[i]) + " needs a value");
  return static_cast<std::size_t>(std::stoull(argv[++i]));
}

}  // namespace

int main(int argc, char** argv) {
  try {
    std::string url;
    std::string only;  // comma-separated workload names; empty: all
    bool hold_first = false;
    std::size_t seq = 2000, per_thread = 200, threads = 64, batches = 20, rows = 100000;
    for (int i = 1; i < argc; ++i) {
      std::string a = argv[i];
      if (a == "--url" && i + 1 < argc) {
        url = argv[++i];
      } else if (a == "--seq") {
        seq = arg_size(argc, argv, i);
      } else if (a == "--par-per-thread") {
        per_thread = arg_size(argc, argv, i);
      } else if (a == "--threads") {
        threads = arg_size(argc, argv, i);
      } else if (a == "--batches") {
        batches = arg_size(argc, argv, i);
      } else if (a == "--rows") {
        rows = arg_size(argc, argv, i);
      } else if (a == "--only" && i + 1 < argc) {
        only = argv[++i];
      } else if (a == "--hold-first-result") {
        hold_first = true;
      } else {
        std::fprintf(
            stderr,
            "usage: surreal-bench [--url WS_URL] [--seq N] [--par-per-thread N] [--threads N] [--batches N] "
            "[--rows N] [--only WORKLOAD[,WORKLOAD...]] [--hold-first-result]\n(a count of 0 skips that "
            "workload; --only runs just the named ones, e.g. ws_par64_pipelined,select_100k; "
            "--hold-first-result keeps the first select's result while the repeated selects run)\n");
        return 2;
      }
    }
    std::unique_ptr<Devdb> devdb;
    if (url.empty()) {
      devdb = std::make_unique<Devdb>();
      url = devdb->ws_url();
    }
    std::printf("# surreal-bench against %s\n", url.c_str());
    auto db = open(url, "cpp");
    auto wanted = [&only](const char* workload) {
      return only.empty() || ("," + only + ",").find("," + std::string(workload) + ",") != std::string::npos;
    };
    if (seq > 0 && wanted("ws_seq_return1")) bench_seq(db, seq);
    if (per_thread > 0 && wanted("ws_par64_return1")) bench_par_async(db, 64, per_thread, false);
    if (per_thread > 0 && wanted("ws_par64_pipelined")) bench_par_async(db, 64, per_thread, true);
    if (per_thread > 0 && threads > 0 && wanted("ws_par64_threads")) bench_par(db, threads, per_thread);
    const bool seq_floor = seq > 0 && wanted("ws_seq_floor"),
               par_floor = per_thread > 0 && wanted("ws_par64_floor");
    if (seq_floor || par_floor) bench_floor(url, seq_floor ? seq : 0, par_floor ? 64 * per_thread : 0);
    if (batches > 0 && wanted("insert_batch1000")) bench_insert(db, batches, 1000);
    if (rows > 0 && wanted("select_100k")) bench_select(db, rows, hold_first);
    db.close();
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "surreal-bench: %s\n", e.what());
    return 1;
  }
}

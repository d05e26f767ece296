#!/usr/bin/env bash
# bench.sh [BUILD_DIR]: every benchmark, printed as figures (`make bench`); never a pass/fail test.
#   - the parser bench (BUILD/bin/surrealpp-parse-bench*) and the generator bench (bench/generate/generate_bench.sh),
#     when built / present;
#   - the runtime bench (issue 3, item 9): runs BUILD/bin/surreal-bench and the official JavaScript SDK on the same
#     workloads (bench/runtime/js_sdk_bench.mjs), each run against a devdb (engine 3) started for it, in rounds,
#     and prints a comparison table of the medians:
#     wall throughput of each and their ratio, the client process's own CPU per operation of each and their ratio.
#     Targets: C++ never slower than JS in wall time, clearly faster on the 100,000-record select, >= 5x less CPU/op.
# Exits non-zero only when a benchmark fails to run.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
case "$build" in /*) ;; *) build="$root/$build" ;; esac
status=0

shopt -s nullglob
# BENCH_RUNTIME_ONLY=1 skips the parser and generator benches.
[ "${BENCH_RUNTIME_ONLY:-0}" = 1 ] || for exe in "$build"/bin/surrealpp-parse-bench*; do
  [ -x "$exe" ] || continue
  echo "== $(basename "$exe")"
  "$exe" || { echo "bench.sh: $(basename "$exe") failed" >&2; status=1; }
done
if [ "${BENCH_RUNTIME_ONLY:-0}" != 1 ] && [ -x "$root/bench/generate/generate_bench.sh" ] && [ -x "$build/bin/surrealpp" ]; then
  echo "== bench/generate"
  "$root/bench/generate/generate_bench.sh" "$build" || { echo "bench.sh: generate bench failed" >&2; status=1; }
fi

cpp_bench="$build/bin/surreal-bench"
if [ ! -x "$cpp_bench" ]; then
  echo "bench.sh: $cpp_bench is not built (cmake --build $build --target surreal-bench)" >&2
  exit 1
fi

work="$(mktemp -d)"
state="$work/devdb.state"
cleanup() {
  node "$root/devdb/ctl.mjs" stop --state "$state" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Each client run gets a devdb of its own, started for it and stopped after it. The devdb is a Node process in front
# of the engine: it collects garbage after a large select, and its store grows with every run (the insert and select
# workloads write 120,000 records), so a server shared by the runs would be slower for whichever client came later.
# A fresh server per run leaves both clients the same conditions; what drifts is the machine, so the clients also
# take turns at going first. Each side's figure is its median over the rounds (5 by default: the insert and select
# workloads are the server's time more than the clients', and one slow round would move a median of 3).
rounds="${BENCH_ROUNDS:-5}"
settle="${BENCH_SETTLE_SECONDS:-2}"
url=""
start_devdb() {
  sleep "$settle"
  node "$root/devdb/ctl.mjs" start --engine 3 --state "$state" >/dev/null || { echo "bench.sh: devdb start failed" >&2; exit 1; }
  url="$(sed -n 's/^ws_url=//p' "$state")"
}
stop_devdb() { node "$root/devdb/ctl.mjs" stop --state "$state" >/dev/null 2>&1 || true; }
run_cpp() {
  start_devdb
  echo "== runtime round $round/$rounds: surreal-bench (C++) against a fresh devdb at $url  [$(uptime | sed 's/.*load/load/')]"
  "$cpp_bench" --url "$url" "${@}" | tee "$work/cpp.$round.txt" || { echo "bench.sh: surreal-bench failed" >&2; status=1; }
  stop_devdb
}
run_js() {
  start_devdb
  echo "== runtime round $round/$rounds: js_sdk_bench.mjs (surrealdb JS SDK 2.0.8) against a fresh devdb at $url  [$(uptime | sed 's/.*load/load/')]"
  node --experimental-websocket --no-warnings "$root/bench/runtime/js_sdk_bench.mjs" --url "$url" "${@}" \
    | tee "$work/js.$round.txt" || { echo "bench.sh: js_sdk_bench.mjs failed" >&2; status=1; }
  stop_devdb
}
for round in $(seq 1 "$rounds"); do
  if [ $((round % 2)) -eq 1 ]; then
    run_cpp "${@:2}"; run_js "${@:2}"
  else
    run_js "${@:2}"; run_cpp "${@:2}"
  fi
done

# median_lines FILES...: one line per workload with the median of each numeric key over the rounds.
median_lines() {
  awk '
    /^bench / {
      w = $2; if (!(w in seen)) { seen[w] = 1; order[++n] = w }
      for (i = 3; i <= NF; i++) {
        split($i, kv, "="); k = kv[1]
        if (!((w, k) in count)) keys[w] = keys[w] " " k
        values[w, k, ++count[w, k]] = kv[2]
      }
    }
    END {
      for (o = 1; o <= n; o++) {
        w = order[o]; line = "bench " w; m = split(keys[w], ks, " ")
        for (q = 1; q <= m; q++) {
          k = ks[q]; c = count[w, k]
          for (i = 1; i <= c; i++) v[i] = values[w, k, i] + 0
          for (i = 2; i <= c; i++) { x = v[i]; for (j = i - 1; j >= 1 && v[j] > x; j--) v[j + 1] = v[j]; v[j + 1] = x }
          line = line " " k "=" (c % 2 ? v[(c + 1) / 2] : (v[c / 2] + v[c / 2 + 1]) / 2)
        }
        print line
      }
    }' "$@"
}
median_lines "$work"/cpp.*.txt > "$work/cpp.txt"
median_lines "$work"/js.*.txt > "$work/js.txt"

echo "== runtime: C++ vs JS SDK, medians of $rounds rounds  [$(uptime | sed 's/.*load/load/')]"
awk '
  # field "key=value" of a bench line
  function get(line, key,    n, i, parts, kv) {
    n = split(line, parts, " ")
    for (i = 1; i <= n; i++) { split(parts[i], kv, "="); if (kv[1] == key) return kv[2] }
    return ""
  }
  function rate(line,    r) { r = get(line, "ops_per_s"); return r != "" ? r : get(line, "records_per_s") }
  /^bench / { if (FILENAME ~ /cpp\.txt$/) cpp[$2] = $0; else js[$2] = $0; if (!($2 in seen)) { seen[$2] = 1; order[++n] = $2 } }
  END {
    printf "%-18s %13s %13s %9s %12s %12s %9s\n", "workload", "C++ ops/s", "JS ops/s", "wall C/J", "C++ cpu/op", "JS cpu/op", "cpu J/C"
    # ws_par64_pipelined (the same ring inside a Client::pipeline()) and ws_par64_threads (64 threads making
    # blocking calls) have no JS form: the SDK has neither pipelines nor threads. Both are set against its 64
    # requests in flight.
    counterpart["ws_par64_pipelined"] = "ws_par64_return1"
    counterpart["ws_par64_threads"] = "ws_par64_return1"
    # The floors: the same calls made with no library code at all (bench/runtime/socket_floor.hpp).
    counterpart["ws_seq_floor"] = "ws_seq_return1"
    counterpart["ws_par64_floor"] = "ws_par64_return1"
    for (i = 1; i <= n; i++) {
      w = order[i]
      jw = (w in js) ? w : ((w in counterpart) ? counterpart[w] : "")  # (reading counterpart[w] would create it)
      if (!(w in cpp) || jw == "" || !(jw in js)) continue
      c = rate(cpp[w]); j = rate(js[jw]); cc = get(cpp[w], "cpu_us_per_op"); jc = get(js[jw], "cpu_us_per_op")
      printf "%-18s %13.1f %13.1f %8.2fx %10.2fus %10.2fus %8.1fx\n", w, c, j, (j > 0 ? c / j : 0), cc, jc, (cc > 0 ? jc / cc : 0)
    }
    for (i = 1; i <= n; i++) {
      w = order[i]
      if ((w in cpp) && !(w in js) && !(w in counterpart)) {
        mbs = get(cpp[w], "MB_per_s")
        printf "%-18s %13.1f records/s  %s(C++ only)  cpu %.3fus/record\n", w, rate(cpp[w]), (mbs != "" ? mbs " MB/s  " : ""), get(cpp[w], "cpu_us_per_op")
      }
    }
    print "ws_par64_pipelined and ws_par64_threads: C++ forms of 64 calls in flight, both set against the JS SDK ws_par64_return1"
    print "ws_seq_floor, ws_par64_floor: the same calls with no library code, one send and one blocking recv per wake-up;"
    print "  their cpu J/C is the most that any client could reach against the JS SDK on this machine"
    print "select_100k: the first large result of each process; select_100k_warm: the same select 3 more times"
    print "targets: wall C/J >= 1.00x everywhere, clearly > 1 on select_100k; cpu J/C >= 5x"
  }' "$work/cpp.txt" "$work/js.txt"
exit $status

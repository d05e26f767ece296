#!/usr/bin/env bash
# generate_bench.sh BUILD_DIR: the C++ generator's cost, printed as figures (issue 5, item 7).
#   1. generation time for a 1,000-table x 20-field schema (target: under 1 s);
#   2. compile time and peak memory of one translation unit that includes the generated headers of a 100-table
#      schema and builds 20 typed queries, at -O2 (target: at most 6 s and 500 MB).
# Peak memory comes from /usr/bin/time -v ("Maximum resident set size").
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build}"
case "$build" in /*) ;; *) build="$root/$build" ;; esac
generator="$build/bin/surrealpp"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cxx="${CXX:-c++}"

# A table of 20 fields of every common kind, some optional, some server-provided, one enum, one link, one nested
# object (3 definitions), like real schemas.
make_schema() {  # tables file
  awk -v tables="$1" 'BEGIN {
    for (t = 0; t < tables; t++) {
      n = "table_" t
      printf "DEFINE TABLE %s SCHEMAFULL;\n", n
      printf "DEFINE FIELD name ON %s TYPE string;\n", n
      printf "DEFINE FIELD age ON %s TYPE option<int>;\n", n
      printf "DEFINE FIELD score ON %s TYPE float DEFAULT 0.0;\n", n
      printf "DEFINE FIELD price ON %s TYPE decimal;\n", n
      printf "DEFINE FIELD active ON %s TYPE bool DEFAULT true;\n", n
      printf "DEFINE FIELD created ON %s TYPE datetime DEFAULT time::now() READONLY;\n", n
      printf "DEFINE FIELD ttl ON %s TYPE option<duration>;\n", n
      printf "DEFINE FIELD token ON %s TYPE option<uuid>;\n", n
      printf "DEFINE FIELD tags ON %s TYPE array<string> DEFAULT [];\n", n
      printf "DEFINE FIELD status ON %s TYPE \"new\" | \"open\" | \"closed\";\n", n
      printf "DEFINE FIELD owner ON %s TYPE option<record<table_%d>>;\n", n, (t + 1) % tables
      printf "DEFINE FIELD address ON %s TYPE object;\n", n
      printf "DEFINE FIELD address.city ON %s TYPE string;\n", n
      printf "DEFINE FIELD address.zip ON %s TYPE option<string>;\n", n
      printf "DEFINE FIELD location ON %s TYPE option<geometry<point>>;\n", n
      printf "DEFINE FIELD notes ON %s TYPE option<string>;\n", n
      printf "DEFINE FIELD rank ON %s TYPE int DEFAULT 0;\n", n
      printf "DEFINE FIELD meta ON %s TYPE option<object> FLEXIBLE;\n", n
      printf "DEFINE FIELD weights ON %s TYPE array<float>;\n", n
      printf "DEFINE FIELD email ON %s TYPE option<string>;\n", n
    }
  }' > "$2"
}

# median a b c: the middle one of three numbers (the machine may be shared: one run proves little).
median() { printf '%s\n' "$@" | sort -g | sed -n 2p | xargs printf '%.2f'; }
# cpu FILE: user + sys seconds of a `/usr/bin/time -v` report; rss FILE: its peak RSS in MB.
cpu() {
  printf '%.2f' "$(echo "$(sed -n 's/.*User time (seconds): //p' "$1") + $(sed -n 's/.*System time (seconds): //p' "$1")" | bc)"
}
rss() { echo $(( $(sed -n 's/.*Maximum resident set size (kbytes): //p' "$1") / 1024 )); }
# user FILE, sys FILE: each part of cpu (system time is mostly ext4 creating the files: it grows for a few minutes
# after many files were deleted on the same filesystem, whoever deleted them); wall FILE: elapsed seconds.
user() { sed -n 's/.*User time (seconds): //p' "$1"; }
sys() { sed -n 's/.*System time (seconds): //p' "$1"; }
wall() { sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$1" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }'; }

make_schema 1000 "$work/big.surql"
fields=$(grep -c "DEFINE FIELD" "$work/big.surql")
"$generator" generate --quiet --out "$work/big0" --namespace big "$work/big.surql"  # warm the page cache
# Each run writes a folder of its own: deleting 1,000 files and creating 1,000 more at once makes ext4 look for
# free inodes past the recently deleted ones, which costs as much system time as the generation itself and is no
# part of it (a real regeneration rewrites only the files that changed).
gen_cpu=(); gen_rss=(); gen_user=(); gen_sys=(); gen_wall=()
for run in 1 2 3; do
  /usr/bin/time -v "$generator" generate --quiet --out "$work/big$run" --namespace big "$work/big.surql" \
    2> "$work/gen.time"
  gen_cpu+=("$(cpu "$work/gen.time")"); gen_rss+=("$(rss "$work/gen.time")")
  gen_user+=("$(user "$work/gen.time")"); gen_sys+=("$(sys "$work/gen.time")"); gen_wall+=("$(wall "$work/gen.time")")
done
files=$(ls "$work/big1/big" | wc -l)
printf 'generate: 1000 tables, %d field definitions -> %d files: %s s user+sys CPU (median; runs: %s; target < 1 s), peak RSS %s MB; medians: user %s s, sys %s s, wall %s s\n' \
  "$fields" "$files" "$(median "${gen_cpu[@]}")" "${gen_cpu[*]}" "$(median "${gen_rss[@]}")" \
  "$(median "${gen_user[@]}")" "$(median "${gen_sys[@]}")" "$(median "${gen_wall[@]}")"

make_schema 100 "$work/mid.surql"
"$generator" generate --quiet --out "$work/mid" --namespace mid "$work/mid.surql"
{
  echo '#include <mid/models.hpp>'
  echo '#include <vector>'
  echo 'std::vector<surreal::SurrealQL> build_queries() {'
  echo '  std::vector<surreal::SurrealQL> out;'
  for i in $(seq 0 19); do
    t=$((i * 5))
    case $((i % 4)) in
      0) echo "  out.push_back(surreal::select(mid::table_$t).where(mid::table_$t.age >= 18 && mid::table_$t.name.starts_with(\"A\")).order_by(mid::table_$t.name.desc()).limit(10).start(20).to_surql());" ;;
      1) echo "  out.push_back(surreal::select(mid::table_$t).where(mid::table_$t.status == mid::Table${t}Status::Open || mid::table_$t.address.city == \"Paris\").to_surql());" ;;
      2) echo "  out.push_back(surreal::update(mid::table_$t).set(mid::table_$t.rank = 3, mid::table_$t.notes = std::string(\"x\")).where(mid::table_$t.tags.contains(\"vip\")).to_surql());" ;;
      3) echo "  out.push_back(surreal::select(mid::table_$t).where(mid::table_$t.score > 1.5 && !(mid::table_$t.active == false)).fetch(mid::table_$t.owner).to_surql());" ;;
    esac
  done
  echo '  return out;'
  echo '}'
} > "$work/queries.cpp"
compile_cpu=(); compile_rss=()
for run in 1 2 3; do
  /usr/bin/time -v "$cxx" -std=c++20 -O2 -c -I"$root/runtime/include" -I"$work/mid" "$work/queries.cpp" \
    -o "$work/queries.o" 2> "$work/compile.time" || { cat "$work/compile.time"; exit 1; }
  compile_cpu+=("$(cpu "$work/compile.time")"); compile_rss+=("$(rss "$work/compile.time")")
done
printf 'compile: one TU with the headers of 100 tables + 20 typed queries at -O2: %s s user+sys CPU (median; runs: %s; target <= 6 s), peak RSS %s MB (median; target <= 500 MB)\n' \
  "$(median "${compile_cpu[@]}")" "${compile_cpu[*]}" "$(median "${compile_rss[@]}")"
# The price of that: the generated models.cpp (every codec of the 100 tables), compiled once into the library.
/usr/bin/time -v "$cxx" -std=c++20 -O2 -c -I"$root/runtime/include" -I"$work/mid" "$work/mid/mid/models.cpp" \
  -o "$work/models.o" 2> "$work/models.time" || { cat "$work/models.time"; exit 1; }
printf 'compile: the generated models.cpp of those 100 tables (once, in the library) at -O2: %s s user+sys CPU, peak RSS %s MB\n' \
  "$(cpu "$work/models.time")" "$(rss "$work/models.time")"
# The same definitions split in 8 files (--source-files 8): what each file costs, and all of them together. The
# files compile in parallel (make -j), so the largest file bounds a build's wall time and memory.
"$generator" generate --quiet --source-files 8 --out "$work/split" --namespace mid "$work/mid.surql"
split_cpu=(); split_rss=()
for part in "$work"/split/mid/models*.cpp; do
  /usr/bin/time -v "$cxx" -std=c++20 -O2 -c -I"$root/runtime/include" -I"$work/split" "$part" \
    -o "$work/part.o" 2> "$work/part.time" || { cat "$work/part.time"; exit 1; }
  split_cpu+=("$(cpu "$work/part.time")"); split_rss+=("$(rss "$work/part.time")")
done
printf 'compile: the same split in 8 files (--source-files 8): %s s user+sys CPU in all, largest file %s s, largest peak RSS %s MB (files: %s s)\n' \
  "$(printf '%s\n' "${split_cpu[@]}" | awk '{ s += $1 } END { printf "%.2f", s }')" \
  "$(printf '%s\n' "${split_cpu[@]}" | sort -g | tail -1)" \
  "$(printf '%s\n' "${split_rss[@]}" | sort -g | tail -1)" "${split_cpu[*]}"

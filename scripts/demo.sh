#!/usr/bin/env bash
# `make demo`: runs the sample program end to end against a fresh devdb (SurrealDB 3.0.2).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-build}"
case "$build" in /*) ;; *) build="$root/$build" ;; esac
echo "== starting devdb (SurrealDB 3.0.2 engine) and running the sample"
exec "$root/scripts/with-devdb.sh" 3 "$build/bin/surreal-quickstart"

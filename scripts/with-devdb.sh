#!/usr/bin/env bash
# with-devdb.sh ENGINE COMMAND [ARG...]: starts devdb (SurrealDB 3.0.2 for ENGINE 3, 2.1.1 for ENGINE 2) on a free
# port, runs COMMAND with SURREAL_URL / SURREAL_HTTP_URL / SURREALPP_DEVDB_STATE set, and stops devdb afterwards,
# also when COMMAND fails or is interrupted. Exits with COMMAND's status.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
engine="$1"; shift
state="$(mktemp -d)/devdb-${engine}.state"
node "$root/devdb/ctl.mjs" start --engine "$engine" --state "$state" >/dev/null
trap 'node "$root/devdb/ctl.mjs" stop --state "$state" >/dev/null 2>&1 || true' EXIT
SURREAL_URL="$(sed -n 's/^ws_url=//p' "$state")"
SURREAL_HTTP_URL="$(sed -n 's/^http_url=//p' "$state")"
export SURREAL_URL SURREAL_HTTP_URL SURREALPP_DEVDB_STATE="$state"
"$@"

#!/usr/bin/env bash
# `make demo`: the game sample end to end against a fresh devdb (SurrealDB 3.0.2). The build generated its models
# from schemas/game.surql through surreal_generate() (samples/game/CMakeLists.txt); this script shows that step,
# then runs the game: players join a table, get ready, vote through fn::cast_vote, live queries report it all.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-build}"
case "$build" in /*) ;; *) build="$root/$build" ;; esac
game="$build/bin/surreal-game"
if [ ! -x "$game" ]; then
  echo "demo: $game is missing: build first (make build)" >&2
  exit 1
fi
echo "== models generated from schemas/game.surql by surreal_generate() (namespace game):"
ls "$build/samples/game/game_models/game/"
echo "== starting devdb (SurrealDB 3.0.2 engine) and running the game sample"
exec "$root/scripts/with-devdb.sh" 3 "$game"

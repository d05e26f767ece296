#!/usr/bin/env bash
# Installs what a fresh Debian 12 machine (as root) needs to build and test surrealpp, and nothing when all of it is
# present already: `apt-get update` runs only when a package is missing, `npm ci` only when devdb's lock file changed.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  g++ make cmake ninja-build pkg-config git ca-certificates clang-format
  antlr4 libantlr4-runtime-dev libyaml-cpp-dev libcurl4-openssl-dev libssl-dev libwebsocketpp-dev libasio-dev
  rapidjson-dev doctest-dev libcli11-dev libfmt-dev libkainjow-mustache-dev libbenchmark-dev graphviz
)
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "deps: installing ${missing[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "deps: all Debian packages present"
fi

# devdb's node_modules are rebuilt only when package-lock.json is newer than the last install.
stamp=devdb/node_modules/.surrealpp-installed
if [ ! -f "$stamp" ] || [ devdb/package-lock.json -nt "$stamp" ]; then
  echo "deps: npm ci in devdb/"
  (cd devdb && npm ci --no-audit --no-fund --loglevel=error)
  touch "$stamp"
else
  echo "deps: devdb node_modules up to date"
fi

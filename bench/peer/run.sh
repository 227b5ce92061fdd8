#!/usr/bin/env bash
# The peer comparison in one run (compare.mjs): the shared peers' harness (SHARED_BENCH, default
# ../shared/bench beside the repository; its generate.js and engines.js, used as they are) and
# Stapelwijzer native (bench_peer, release build), as wasm under Node and as wasm in headless
# Chromium (peer_wasm, wasm-bench build), on the same workload, the repetitions interleaved.
# Environment: REPS (5), NO_CHROMIUM=1, NO_JSON_LOGIC=1 (json-logic-js takes most of the time),
# JSON=FILE (every run's figures).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
shared=${SHARED_BENCH:-$root/../shared/bench}
work=$root/build/peer-bench
mkdir -p "$work/neutral" "$work/npm"
node "$shared/generate.js" --out "$work/neutral" >/dev/null
(cd "$work/neutral" && sha256sum -c --quiet "$shared/data.sha256") # the workload of the peers' README
node "$root/bench/peer/convert.mjs" "$work/neutral" "$work/converted"
# json-logic-js at the version the shared bench pins, installed beside the build (never in the repo).
version=$(node -p "require('$shared/package.json').dependencies['json-logic-js']")
if [ ! -f "$work/npm/node_modules/json-logic-js/package.json" ] ||
   [ "$(node -p "require('$work/npm/node_modules/json-logic-js/package.json').version")" != "$version" ]; then
  (cd "$work/npm" && { [ -f package.json ] || echo '{"private":true}' >package.json; } &&
   npm install --no-audit --no-fund --save-exact "json-logic-js@$version" >/dev/null)
fi
cmake --preset release -S "$root" >/dev/null
cmake --build --preset release --target bench_peer >/dev/null
cmake --preset wasm-bench -S "$root" >/dev/null
cmake --build --preset wasm-bench --target peer_wasm >/dev/null
NODE_PATH="$work/npm/node_modules" node "$root/bench/peer/compare.mjs" --data "$work" --shared "$shared" \
  --reps "${REPS:-5}" ${NO_CHROMIUM:+--no-chromium} ${NO_JSON_LOGIC:+--no-json-logic} ${JSON:+--json "$JSON"}

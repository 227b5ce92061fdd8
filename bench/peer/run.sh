#!/usr/bin/env bash
# Runs the neutral peer-bench workload through Stapelwijzer's engine (native release build).
# The neutral generator is the shared benchmark's own (SHARED_BENCH, default ../shared/bench beside
# the repository); its reference checksum must be reproduced.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
shared=${SHARED_BENCH:-$root/../shared/bench}
work=$root/build/peer-bench
mkdir -p "$work/neutral"
node "$shared/generate.js" --out "$work/neutral" >/dev/null
node "$root/bench/peer/convert.mjs" "$work/neutral" "$work/converted"
cmake --preset release -S "$root" >/dev/null
cmake --build --preset release --target bench_peer >/dev/null
"$root/build/release/bench/bench_peer" "$work/converted" "${REPS:-5}"
echo "reference checksum (peers): 248f234e68448089374d6929fbd707f18169f3d945b354ac17f4089b7824fbc7"

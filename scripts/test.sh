#!/usr/bin/env bash
# The test command (README, .ci/run): installs what is missing, builds the WebAssembly app, the
# libFuzzer targets and the native test build (AddressSanitizer + UBSan), then runs every test layer
# through CTest: Catch2 suites, the CLI through the process, the catalogue's scenarios, short fuzz
# runs, the wasm module under Node and the web app in headless Chromium.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
bash scripts/setup.sh
export NODE_PATH=/usr/share/nodejs

step() { printf '\n== %s\n' "$*"; }
step "WebAssembly build"
cmake --preset wasm >/dev/null
cmake --build --preset wasm
step "libFuzzer build"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
step "native test build (ASan + UBSan)"
cmake --preset asan -DSW_WASM_DIR="$root/build/wasm" -DSW_FUZZ_DIR="$root/build/fuzz" >/dev/null
cmake --build --preset asan
step "tests"
ctest --preset asan -j2

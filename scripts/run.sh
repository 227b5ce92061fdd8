#!/usr/bin/env bash
# The run command (README): installs what is missing, builds the web app with the built-in signed
# catalogue, and serves it on localhost. Prints the URL. PORT=8080 by default; PORT=0 picks a free one.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
bash scripts/setup.sh
export NODE_PATH=/usr/share/nodejs
cmake --preset wasm >/dev/null
cmake --build --preset wasm >/dev/null
exec node scripts/serve.mjs build/wasm/web --port "${PORT:-8080}"

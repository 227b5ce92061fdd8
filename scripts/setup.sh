#!/usr/bin/env bash
# Installs everything Stapelwijzer needs to build, run and test, from Debian packages and npm.
# Idempotent: each step checks first and is silent when there is nothing to do, so a second run is
# quick. Used by both README commands (scripts/run.sh and scripts/test.sh).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# Sources for the WebAssembly build live outside the repository (third-party code is never copied
# in), in a per-user cache shared by every clone, keyed by the Debian source version.
deps=${STAPELWIJZER_DEPS:-${XDG_CACHE_HOME:-$HOME/.cache}/stapelwijzer}
sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
say() { printf 'setup: %s\n' "$*" >&2; }

apt_packages=(
  build-essential cmake ninja-build pkg-config git ca-certificates
  clang libclang-rt-14-dev clang-format
  nlohmann-json3-dev libsimdjson-dev catch2 libsodium-dev libimgui-dev libglfw3-dev
  libzip-dev libexpat1-dev python3-openpyxl
  emscripten autoconf automake libtool dpkg-dev
  minisign chromium fonts-dejavu-core fonts-noto-core fonttools
  python3 nodejs
)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v npm >/dev/null || { DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq npm >/dev/null; }

# deb-src entries, needed once for `apt-get source` (docs/toolchain.md).
if [ ! -f /etc/apt/sources.list.d/debian-src.sources ]; then
  say "adding deb-src entries"
  sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources |
    $sudo tee /etc/apt/sources.list.d/debian-src.sources >/dev/null
  $sudo apt-get update -qq
fi

mkdir -p "$deps"
# Dear ImGui sources (the wasm build compiles them; libimgui-dev has only a native library).
if ! ls -d "$deps"/imgui-*/ >/dev/null 2>&1; then
  say "fetching Dear ImGui sources (apt-get source imgui)"
  (cd "$deps" && apt-get source -qq imgui >/dev/null 2>&1)
fi

# libsodium for wasm, built once from the Debian source package.
if [ ! -f "$deps/sodium-wasm/lib/libsodium.a" ]; then
  say "building libsodium for WebAssembly (about a minute)"
  (
    cd "$deps"
    ls -d libsodium-*/ >/dev/null 2>&1 || apt-get source -qq libsodium >/dev/null 2>&1
    cd "$(ls -d libsodium-*/ | head -1)"
    export NODE_PATH=/usr/share/nodejs NODE_OPTIONS=--no-experimental-fetch
    [ -x configure ] || ./autogen.sh -s >/dev/null 2>&1
    emconfigure ./configure --enable-minimal --disable-shared --without-pthreads --disable-ssp \
      --disable-asm --disable-pie --host=wasm32-unknown-emscripten CFLAGS=-Os \
      --prefix="$deps/sodium-wasm" >/dev/null 2>&1
    emmake make -j"$(nproc)" install >/dev/null 2>&1
  ) || { say "libsodium wasm build failed"; exit 1; }
fi

# simdjson sources for bench_json_parsers under wasm (libsimdjson-dev has only a native library).
if ! ls -d "$deps"/simdjson-*/singleheader >/dev/null 2>&1; then
  say "fetching simdjson sources (apt-get source simdjson)"
  (cd "$deps" && apt-get source -qq simdjson >/dev/null 2>&1)
fi

# Header-only libraries for the wasm build: its sysroot must not see /usr/include (docs/toolchain.md, trap 10).
mkdir -p "$deps/wasm-include"
[ -e "$deps/wasm-include/nlohmann" ] || ln -s /usr/include/nlohmann "$deps/wasm-include/nlohmann"

# npm packages, exactly as locked: the test tools (tests/web) and the browser code the web app
# ships (web/: read-excel-file and write-excel-file, whose bundles the wasm build copies).
for dir in tests/web web; do
  if [ -f "$root/$dir/package-lock.json" ]; then
    stamp="$root/$dir/node_modules/.lock-stamp"
    if [ ! -f "$stamp" ] || ! cmp -s "$stamp" "$root/$dir/package-lock.json"; then
      say "installing npm packages of $dir (npm ci)"
      (cd "$root/$dir" && npm ci --silent --no-audit --no-fund >/dev/null)
      cp "$root/$dir/package-lock.json" "$stamp"
    fi
  fi
done
exit 0

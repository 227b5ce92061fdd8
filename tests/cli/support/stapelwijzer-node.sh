#!/bin/sh
# stapelwijzer-node.sh: the CLI's Node build (src/cli/CMakeLists.txt: <wasm build>/web/tools/stapelwijzer.cjs)
# as one executable, so the CLI suites run it through SW_CLI exactly as they run the native binary
# (tests/CMakeLists.txt, "cli (node): ..."). Needs SW_WASM_DIR, the wasm preset's build folder.
exec node "${SW_WASM_DIR:?SW_WASM_DIR: the wasm build folder}/web/tools/stapelwijzer.cjs" "$@"

// node_env.js (--pre-js of the CLI's Node build, src/cli/CMakeLists.txt): Emscripten's getenv sees
// only its own defaults, so the process's environment is copied in before main runs; the native CLI
// reads STAPELWIJZER_TODAY (src/bundle/clock.cpp) and the Node program must too.
Module['preRun'] = [function () { Object.assign(ENV, process.env); }];

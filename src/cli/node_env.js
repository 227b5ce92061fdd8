// node_env.js (--pre-js of the CLI's Node build, src/cli/CMakeLists.txt): makes the process look to
// the C++ code as it does natively.
// - Emscripten's getenv sees only its own defaults: the environment is copied in before main runs
//   (the CLI reads STAPELWIJZER_TODAY, src/bundle/clock.cpp).
// - NODERAWFS marks stdin, stdout and stderr as terminals, so C stdio line-buffers stdout and writes
//   every line with its own system call (0.6 s of 754 lines of `stapelwijzer test`). Natively a pipe
//   or file is fully buffered: the streams are marked as what they really are once they exist.
// - V8 compiles hot wasm functions a second time with its optimising compiler; for a command that
//   lasts a second that costs more than it gains (`verify`, `lint`, `test` took about half the CPU
//   with the baseline compiler alone, a 20,000-row batch no more: docs/benchmarks.md). Set before
//   the module is compiled; the flag exists in every Node this program supports (18 and newer).
if (Number(process.versions.node.split('.')[0]) >= 18) require('v8').setFlagsFromString('--liftoff-only');
Module['preRun'] = [function () {
  Object.assign(ENV, process.env);
  addOnInit(function () {
    var tty = require('tty');
    for (var fd = 0; fd <= 2; fd++) if (FS.streams[fd]) FS.streams[fd].tty = tty.isatty(fd);
  });
}];

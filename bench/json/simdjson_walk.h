// simdjson_walk.h: simdjson's On-Demand API walked into our tree builder, for
// bench_json_parsers.cpp. On-Demand works in two stages: stage 1 (finding the structure) runs the
// kernel simdjson picks for the CPU at run time (natively the newest this CPU has; under wasm the
// portable "fallback"); stage 2 (walking values, strings, numbers) is compiled into the caller for
// one kernel, chosen by the compiler flags: "fallback" for a plain x86-64 or wasm build, "haswell"
// for a build for AVX2. simdjson_walk.cpp is therefore compiled once per kernel
// (bench/CMakeLists.txt), each copy under its own name.
#pragma once

#include "json/json_value.h"
#include "stapelwijzer/rules.h"

namespace sw::bench {

// Parses `file` into `doc` through our json::TreeBuilder (duplicate keys and depth are checked
// there, as for every parser). One simdjson parser per kernel is kept for the program.
bool parse_simdjson_fallback(const RulesFile& file, json::Document& doc);
bool parse_simdjson_haswell(const RulesFile& file, json::Document& doc);
// The same, with the text copied into the tree's arena and unescaped strings and keys kept as
// views into it (as our own parser keeps them), not copied.
bool parse_simdjson_views_fallback(const RulesFile& file, json::Document& doc);
bool parse_simdjson_views_haswell(const RulesFile& file, json::Document& doc);
// The stage-2 kernel of that build ("fallback", "haswell"), to check the flags, and stage 1's.
const char* simdjson_kernel_fallback();
const char* simdjson_kernel_haswell();
const char* simdjson_stage1_kernel_fallback();

inline bool simdjson_cpu_has_avx2() {
#if defined(__x86_64__) && !defined(__EMSCRIPTEN__)
    return __builtin_cpu_supports("avx2");
#else
    return false;
#endif
}

}  // namespace sw::bench

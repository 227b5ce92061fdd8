// peer_wasm.cpp: the peer workload as a WebAssembly module driven from JavaScript, so the same
// .wasm runs under Node and in Chromium (bench/peer/compare.mjs). JavaScript times peer_run(); the
// checksum is computed afterwards, outside the timed part.
#include <string>

#include "../peer_workload.h"

namespace {
peer::Workload g_workload;
std::string g_output;
std::string g_message;
}  // namespace

extern "C" {

// Loads the rules fragment, the cases (one per line) and the profile ids (one per line).
// Returns "" on success, else the problem.
const char* peer_load(const char* rules, const char* cases, const char* ids) {
    if (sodium_init() < 0) return "sodium_init failed";
    g_message = g_workload.load(rules, cases, ids);
    return g_message.c_str();
}

// One repetition; returns the number of (profile, scheme) pairs evaluated.
double peer_run() {
    g_output = g_workload.run();
    return g_workload.pairs();
}

// The checksum of the last repetition's result text.
const char* peer_checksum() {
    g_message = peer::checksum(g_output);
    return g_message.c_str();
}
}

// bench_peer: runs the neutral peer-bench workload (the same schemes x profiles the JS and ZEN
// engines were measured on) through the Stapelwijzer engine and prints the eligible-set checksum,
// which must equal the peers' reference checksum, and the throughput in pairs per second.
// Prepare the data with bench/peer/run.sh (it generates the neutral files and converts them).
// Usage: bench_peer DIR [REPS] [texts|batch]  (DIR holds catalogue.rules.json, cases.jsonl, ids.txt;
//                                           batch: through evaluate_batch, stapelwijzer/batch.h)
//        bench_peer DIR serve             one repetition per line "run" on stdin, answered by one
//                                         JSON line (bench/peer/compare.mjs interleaves the engines)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "peer_workload.h"

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// Answers "run" lines until "quit" or the end of stdin: wall and CPU time of one repetition.
int serve(const peer::Workload& w) {
    std::printf("{\"ready\":true,\"pairs\":%.0f}\n", w.pairs());
    std::fflush(stdout);
    for (std::string line; std::getline(std::cin, line) && line != "quit";) {
        const std::clock_t c0 = std::clock();
        const auto t0 = std::chrono::steady_clock::now();
        const std::string out = w.run();
        const double wall = seconds_since(t0);
        const double cpu = double(std::clock() - c0) / CLOCKS_PER_SEC;
        std::printf("{\"wall_ms\":%.3f,\"cpu_ms\":%.3f,\"checksum\":\"%s\"}\n", wall * 1e3, cpu * 1e3,
                    peer::checksum(out).c_str());
        std::fflush(stdout);
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_peer DIR [REPS] [texts|batch] | bench_peer DIR serve\n");
        return 2;
    }
    const std::string dir = argv[1];
    if (sodium_init() < 0) return 70;
    const bool serving = argc > 2 && std::string(argv[2]) == "serve";
    const int reps = argc > 2 && !serving ? std::max(1, std::atoi(argv[2])) : 5;

    const std::string rules = read_file(dir + "/catalogue.rules.json");
    const std::string cases = read_file(dir + "/cases.jsonl");
    const std::string ids = read_file(dir + "/ids.txt");
    std::vector<double> load_ms;
    peer::Workload w;
    for (int r = 0; r < (serving ? 1 : reps); ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        const std::string error = w.load(rules, cases, ids);
        load_ms.push_back(seconds_since(t0) * 1e3);
        if (!error.empty()) {
            std::fprintf(stderr, "%s\n", error.c_str());
            return 1;
        }
    }
    if (serving) return serve(w);

    const bool texts = argc > 3 && std::string(argv[3]) == "texts";
    const bool batch = argc > 3 && std::string(argv[3]) == "batch";
    std::vector<double> eval_s;
    std::string expected;
    for (int r = 0; r < reps; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        expected = w.run(texts, batch);
        eval_s.push_back(seconds_since(t0));
    }

    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    std::printf("schemes %zu, profiles %zu, reps %d, reason texts %s, %s\n",
                w.catalogue->spec().schemes.size(), w.cases.size(), reps, texts ? "on" : "off",
                batch ? "evaluate_batch" : "evaluate per case");
    std::printf("load (catalogue and cases) ms: min %.1f median %.1f\n",
                *std::min_element(load_ms.begin(), load_ms.end()), median(load_ms));
    std::printf("evaluate s: min %.3f median %.3f\n", *std::min_element(eval_s.begin(), eval_s.end()),
                median(eval_s));
    std::printf("pairs/s (median): %.2f M\n", w.pairs() / median(eval_s) / 1e6);
    std::printf("per case (median): %.1f us\n", median(eval_s) / double(w.cases.size()) * 1e6);
    std::printf("checksum %s\n", peer::checksum(expected).c_str());
    return 0;
}

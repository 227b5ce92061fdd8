// bench_peer: runs the neutral peer-bench workload (the same schemes x profiles the JS and ZEN
// engines were measured on) through the Stapelwijzer engine and prints the eligible-set checksum,
// which must equal the peers' reference checksum, and the throughput in pairs per second.
// Prepare the data with bench/peer/run.sh (it generates the neutral files and converts them).
// Usage: bench_peer DIR [REPS] [texts]    (DIR holds catalogue.rules.json, cases.jsonl, ids.txt)
#include <sodium.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "stapelwijzer/engine.h"
#include "stapelwijzer/rules.h"

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::string> read_lines(const std::string& path) {
    std::vector<std::string> lines;
    std::ifstream in(path);
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) lines.push_back(line);
    return lines;
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_peer DIR [REPS] [texts]\n");
        return 2;
    }
    const std::string dir = argv[1];
    const int reps = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    if (sodium_init() < 0) return 70;

    std::vector<double> load_ms;
    std::shared_ptr<const sw::Catalogue> catalogue;
    const std::string text = read_file(dir + "/catalogue.rules.json");
    for (int r = 0; r < reps; ++r) {
        std::vector<sw::Diagnostic> errors;
        auto t0 = std::chrono::steady_clock::now();
        catalogue = sw::load_catalogue({{"catalogue.rules.json", text}}, errors);
        load_ms.push_back(seconds_since(t0) * 1e3);
        if (!catalogue) {
            for (const auto& e : errors) std::fprintf(stderr, "%s: %s\n", e.path.c_str(), e.message.c_str());
            return 1;
        }
    }

    const auto ids = read_lines(dir + "/ids.txt");
    std::vector<sw::Case> cases;
    for (const auto& line : read_lines(dir + "/cases.jsonl")) {
        sw::Diagnostic error;
        auto c = sw::parse_case_json(line, *catalogue, error);
        if (!c) {
            std::fprintf(stderr, "case %zu: %s: %s\n", cases.size() + 1, error.path.c_str(), error.message.c_str());
            return 1;
        }
        cases.push_back(std::move(*c));
    }
    if (ids.size() != cases.size()) return 1;

    // Eligibility only, as the peers: no best case, no questions (the plan of services is empty),
    // and by default no reason texts (the peers produce none); `texts` as third argument keeps them.
    const bool texts = argc > 3 && std::string(argv[3]) == "texts";
    const sw::EvaluateOptions options{false, false, texts};
    std::vector<double> eval_s;
    std::string expected;
    for (int r = 0; r < reps; ++r) {
        std::string out;
        out.reserve(cases.size() * 64);
        auto t0 = std::chrono::steady_clock::now();
        for (size_t i = 0; i < cases.size(); ++i) {
            const sw::Result result = sw::evaluate(*catalogue, cases[i], options);
            out += ids[i];
            out += ':';
            bool first = true;
            for (const auto& s : result.schemes) {
                if (s.status != sw::Status::Eligible) continue;
                if (!first) out += ',';
                out += s.id;
                first = false;
            }
            out += '\n';
        }
        eval_s.push_back(seconds_since(t0));
        expected = std::move(out);
    }

    unsigned char hash[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(hash, reinterpret_cast<const unsigned char*>(expected.data()), expected.size());
    char hex[2 * crypto_hash_sha256_BYTES + 1];
    sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);

    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    const double pairs = double(cases.size()) * double(catalogue->spec().schemes.size());
    std::printf("schemes %zu, profiles %zu, reps %d, reason texts %s\n", catalogue->spec().schemes.size(), cases.size(),
                reps, texts ? "on" : "off");
    std::printf("load+compile ms: min %.1f median %.1f\n", *std::min_element(load_ms.begin(), load_ms.end()),
                median(load_ms));
    std::printf("evaluate s: min %.3f median %.3f\n", *std::min_element(eval_s.begin(), eval_s.end()),
                median(eval_s));
    std::printf("pairs/s (median): %.2f M\n", pairs / median(eval_s) / 1e6);
    std::printf("per case (median): %.1f us\n", median(eval_s) / double(cases.size()) * 1e6);
    std::printf("checksum %s\n", hex);
    return 0;
}

// peer_workload.h: the neutral peer-bench workload (bench/peer/README.md) as the Stapelwijzer
// engine runs it: one rules fragment, one contract case per line, one profile id per line. Shared by
// bench_peer (native and wasm under Node) and bench/peer/peer_wasm.cpp (wasm in Node and Chromium),
// so every build runs exactly the same loop and prints the same checksum.
#pragma once

#include <sodium.h>

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "stapelwijzer/batch.h"
#include "stapelwijzer/engine.h"
#include "stapelwijzer/rules.h"

namespace peer {

inline std::vector<std::string> split_lines(std::string_view text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        if (end > start) lines.emplace_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

struct Workload {
    std::shared_ptr<const sw::Catalogue> catalogue;
    std::vector<sw::Case> cases;
    std::vector<std::string> ids;

    // Empty on success, else the first problem.
    std::string load(const std::string& rules, std::string_view cases_text, std::string_view ids_text) {
        std::vector<sw::Diagnostic> errors;
        catalogue = sw::load_catalogue({{"catalogue.rules.json", rules}}, errors);
        if (!catalogue)
            return errors.empty() ? "catalogue refused" : errors[0].path + ": " + errors[0].message;
        cases.clear();
        for (const auto& line : split_lines(cases_text)) {
            sw::Diagnostic error;
            auto c = sw::parse_case_json(line, *catalogue, error);
            if (!c)
                return "case " + std::to_string(cases.size() + 1) + ": " + error.path + ": " + error.message;
            cases.push_back(std::move(*c));
        }
        ids = split_lines(ids_text);
        if (ids.size() != cases.size()) return "ids.txt and cases.jsonl differ in length";
        return {};
    }

    double pairs() const { return double(cases.size()) * double(catalogue->spec().schemes.size()); }

    // One repetition: every profile's eligible scheme ids in catalogue order, in the peers' text
    // form ("<id>:<ids, comma-separated>\n" per profile), as the peers build their arrays of ids.
    // Eligibility only, as the peers: no best case, no questions, and by default no reason texts.
    // batch: through evaluate_batch (stapelwijzer/batch.h), streamed; the same text.
    std::string run(bool texts = false, bool batch = false) const {
        const sw::EvaluateOptions options{false, false, texts};
        std::string out;
        out.reserve(cases.size() * 64);
        auto add = [&](std::size_t i, const sw::Result& result) {
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
        };
        if (batch)
            sw::evaluate_batch(*catalogue, cases, options, [&](std::size_t i, sw::Result&& r) { add(i, r); });
        else
            for (std::size_t i = 0; i < cases.size(); ++i)
                add(i, sw::evaluate(*catalogue, cases[i], options));
        return out;
    }
};

// The peers' checksum: sha256 of the whole result text, in hex.
inline std::string checksum(const std::string& text) {
    unsigned char hash[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(hash, reinterpret_cast<const unsigned char*>(text.data()), text.size());
    char hex[2 * crypto_hash_sha256_BYTES + 1];
    sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
    return hex;
}

}  // namespace peer

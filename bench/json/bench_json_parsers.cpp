// bench_json_parsers: issue 14's question "does our own JSON parser still earn its place?". Loads
// the 1,000-scheme catalogue of bench_load (bench_catalogue.h) with four parsers building the same
// json::Document, each then read, merged and compiled by the same rules reader
// (rules/rules_load.h):
//   own         json::parse(): our parser (json_parse_fast.cpp) into our arena tree, as the app loads
//   nl-sax      nlohmann's SAX parser straight into our tree builder (json_parse_nlohmann.cpp; no
//               nlohmann tree)
//   nl-dom      nlohmann::ordered_json's DOM (file order kept), then walked into our tree builder
//   simdjson    simdjson's On-Demand API walked into our tree builder (no simdjson tree), as a
//               plain build gets it (json/simdjson_walk.h: stage 1 for this CPU, stage 2 portable)
//   simdjson-views  the same, strings and keys kept as views into the text (as ours keeps them)
//   simdjson-avx2(-views)  the same two with stage 2 built for AVX2 (native only)
// The variants are interleaved: every round runs each once, in a rotated order, after one warm-up
// round, and each is compared with "own" of the same round, so a busy machine slows all alike.
// Before timing, every variant's tree is compared with our parser's, value by value.
// Run: bench_json_parsers [rounds] [schemes] (release build, or wasm-bench under Node).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "bench_catalogue.h"
#include "json/json_tree_builder.h"
#include "rules/rules_load.h"
#include "simdjson_walk.h"

namespace {

using sw::ParsedRulesFile;
using sw::RulesFile;
using sw::json::Document;
using sw::json::TreeBuilder;
using sw::json::Value;
using namespace sw::bench;

using Parser = std::function<bool(const RulesFile&, Document&)>;

bool parse_own(const RulesFile& file, Document& doc) {
    std::string why;
    auto parsed = sw::json::parse(file.text, why);
    if (!parsed) return false;
    doc = std::move(*parsed);
    return true;
}

bool parse_nl_sax(const RulesFile& file, Document& doc) {
    TreeBuilder b(doc, file.text.size());
    return sw::json::parse_nlohmann(file.text, b);
}

// nlohmann's DOM keeps no number literal: integers are written back from their value, doubles as
// nlohmann writes them (the shortest text that reads back the same double).
bool walk_nl(const nlohmann::ordered_json& v, TreeBuilder& b) {
    using nlohmann::ordered_json;
    switch (v.type()) {
        case ordered_json::value_t::null:
            return b.null();
        case ordered_json::value_t::boolean:
            return b.boolean(v.get<bool>());
        case ordered_json::value_t::number_integer:
        case ordered_json::value_t::number_unsigned:
        case ordered_json::value_t::number_float:
            return b.number(v.get<double>(), b.arena().copy(v.dump()));
        case ordered_json::value_t::string:
            return b.string(b.arena().copy(v.get_ref<const std::string&>()));
        case ordered_json::value_t::array:
            if (!b.open(Value::Kind::Array)) return false;
            for (const auto& item : v)
                if (!walk_nl(item, b)) return false;
            return b.close();
        case ordered_json::value_t::object:
            if (!b.open(Value::Kind::Object)) return false;
            for (const auto& [key, item] : v.items())
                if (!b.key(b.arena().copy(key)) || !walk_nl(item, b)) return false;
            return b.close();
        default:
            return b.fail("not JSON");
    }
}

bool parse_nl_dom(const RulesFile& file, Document& doc) {
    const auto dom = nlohmann::ordered_json::parse(file.text, nullptr, false);
    if (dom.is_discarded()) return false;
    TreeBuilder b(doc, file.text.size());
    return walk_nl(dom, b);
}

// The first place two trees differ, or "" when they are the same value for value.
std::string difference(const Value& a, const Value& b, const std::string& path) {
    if (a.kind != b.kind) return path + ": kind";
    if (a.text() != b.text())
        return path + ": '" + std::string(a.text()) + "' / '" + std::string(b.text()) + "'";
    if (a.is_number() && a.number != b.number) return path + ": number";
    if (a.is_bool() && a.boolean != b.boolean) return path + ": boolean";
    if (a.items().size() != b.items().size() || a.members().size() != b.members().size())
        return path + ": size";
    for (std::size_t i = 0; i < a.items().size(); ++i) {
        auto d = difference(a.items()[i], b.items()[i], path + "[" + std::to_string(i) + "]");
        if (!d.empty()) return d;
    }
    for (std::size_t i = 0; i < a.members().size(); ++i) {
        if (a.members()[i].key != b.members()[i].key) return path + ": key order";
        auto d = difference(a.members()[i].value, b.members()[i].value,
                            path + "." + std::string(a.members()[i].key));
        if (!d.empty()) return d;
    }
    return "";
}

double cpu_ms() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

struct Times {
    double parse_wall, parse_cpu, total_wall, total_cpu;
};

// Parses every fragment, then reads, merges and compiles them; false if anything is refused.
bool load(const Parser& parse, const std::vector<RulesFile>& files, Times& t) {
    const double c0 = cpu_ms();
    const auto t0 = std::chrono::steady_clock::now();
    std::vector<ParsedRulesFile> docs(files.size());
    for (std::size_t i = 0; i < files.size(); ++i) {
        docs[i].name = files[i].name;
        if (!parse(files[i], docs[i].doc)) return false;
    }
    const double c1 = cpu_ms();
    const auto t1 = std::chrono::steady_clock::now();
    std::vector<sw::Diagnostic> errors;
    const auto catalogue = sw::load_parsed_catalogue(std::move(docs), errors);
    const double c2 = cpu_ms();
    const auto t2 = std::chrono::steady_clock::now();
    if (!catalogue) {
        for (const auto& d : errors) std::fprintf(stderr, "%s: %s\n", d.path.c_str(), d.message.c_str());
        return false;
    }
    t.parse_wall = std::chrono::duration<double, std::milli>(t1 - t0).count();
    t.total_wall = std::chrono::duration<double, std::milli>(t2 - t0).count();
    t.parse_cpu = c1 - c0;
    t.total_cpu = c2 - c0;
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    const int rounds = argc > 1 ? std::atoi(argv[1]) : 25;
    const int schemes = argc > 2 ? std::atoi(argv[2]) : 1000;
    const auto files = sw::bench::generate(schemes);
    std::size_t bytes = 0;
    for (const auto& f : files) bytes += f.text.size();
    struct Variant {
        const char* name;
        Parser parse;
        std::vector<Times> times;
    };
    std::vector<Variant> variants{{"own", parse_own, {}},
                                  {"nl-sax", parse_nl_sax, {}},
                                  {"nl-dom", parse_nl_dom, {}},
                                  {"simdjson", parse_simdjson_fallback, {}},
                                  {"simdjson-views", parse_simdjson_views_fallback, {}}};
    std::printf("simdjson: stage 1 %s, stage 2 %s", simdjson_stage1_kernel_fallback(),
                simdjson_kernel_fallback());
#ifdef SW_SIMDJSON_HASWELL
    // The AVX2 build's stage 2 is measured only where the CPU has AVX2.
    if (simdjson_cpu_has_avx2()) {
        variants.push_back({"simdjson-avx2", parse_simdjson_haswell, {}});
        variants.push_back({"simdjson-avx2-views", parse_simdjson_views_haswell, {}});
        std::printf("; simdjson-avx2: stage 2 %s", simdjson_kernel_haswell());
    }
#endif
    std::printf("\n");

    // Same tree as our parser's? (Key order, strings, number literals and doubles.)
    std::vector<bool> told(variants.size(), false);
    for (const auto& file : files) {
        Document own;
        if (!parse_own(file, own)) return 1;
        for (std::size_t v = 1; v < variants.size(); ++v) {
            Document other;
            if (!variants[v].parse(file, other)) {
                std::fprintf(stderr, "%s refuses %s\n", variants[v].name, file.name.c_str());
                return 1;
            }
            const auto d = difference(own.root(), other.root(), "");
            if (!d.empty() && !told[v])
                std::printf("tree of %s differs from ours, first in %s at %s\n", variants[v].name,
                            file.name.c_str(), d.c_str());
            told[v] = told[v] || !d.empty();
        }
    }
    for (std::size_t v = 1; v < variants.size(); ++v)
        if (!told[v]) std::printf("tree of %s: the same as ours, value for value\n", variants[v].name);

    for (int round = -1; round < rounds; ++round) {
        for (std::size_t k = 0; k < variants.size(); ++k) {
            Variant& v = variants[(k + static_cast<std::size_t>(round + 1)) % variants.size()];
            Times t{};
            if (!load(v.parse, files, t)) {
                std::fprintf(stderr, "%s: the load failed\n", v.name);
                return 1;
            }
            if (round >= 0) v.times.push_back(t);
        }
    }

    const bool have_cpu = median([&] {
                              std::vector<double> c;
                              for (const auto& t : variants[0].times) c.push_back(t.total_cpu);
                              return c;
                          }()) > 0;
    std::printf(
        "bench_json_parsers: %d schemes, %zu fragments, %zu bytes, %d interleaved rounds, medians%s\n",
        schemes, files.size(), bytes, rounds,
        have_cpu ? " (wall / process CPU)" : " (wall; no CPU clock here)");
    std::printf("%-20s %21s %21s %14s %14s\n", "parser", "parse ms", "total load ms", "parse vs own",
                "load vs own");
    for (const Variant& v : variants) {
        std::vector<double> pw, pc, tw, tc, pr, tr;
        for (std::size_t r = 0; r < v.times.size(); ++r) {
            const Times& t = v.times[r];
            const Times& own = variants[0].times[r];
            pw.push_back(t.parse_wall);
            pc.push_back(t.parse_cpu);
            tw.push_back(t.total_wall);
            tc.push_back(t.total_cpu);
            // Ratios to "own" of the same round, on CPU time where there is a CPU clock.
            pr.push_back(have_cpu ? t.parse_cpu / own.parse_cpu : t.parse_wall / own.parse_wall);
            tr.push_back(have_cpu ? t.total_cpu / own.total_cpu : t.total_wall / own.total_wall);
        }
        char parse[32], total[32];
        if (have_cpu) {
            std::snprintf(parse, sizeof parse, "%.2f / %.2f", median(pw), median(pc));
            std::snprintf(total, sizeof total, "%.2f / %.2f", median(tw), median(tc));
        } else {
            std::snprintf(parse, sizeof parse, "%.2f", median(pw));
            std::snprintf(total, sizeof total, "%.2f", median(tw));
        }
        std::printf("%-20s %21s %21s %13.2fx %13.2fx\n", v.name, parse, total, median(pr), median(tr));
    }
    return 0;
}

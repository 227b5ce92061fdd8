// bench_verify: time to verify a signed rules bundle of 1,000 schemes (verify_bundle: sizes, two
// root signatures over the manifest, BLAKE2b-256 of every fragment, fund signatures and the
// delegation scope check), in two shapes:
//   delegated   10 fragments of 100 schemes, each delegated to its own fund key (the worst case:
//               10 more signatures, and every fragment parsed for its ids)
//   root-only   the same fragments, covered by the root signatures alone
// and, for scale, verify + load_catalogue; then the same for the real Dutch bundle compiled into the
// build (rules-data/nl/bundle/, the catalogue issue 20 grows), with the compiled-in root keys.
// Build with the release preset; run: bench_verify [runs].
// Figures go to docs/signing.md. Medians of many runs (the machine is shared), in milliseconds.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include "bundle/manifest.h"
#include "bundle/minisign.h"
#include "stapelwijzer/bundle.h"
#include "stapelwijzer/rules.h"

namespace {

namespace ms = sw::minisign;
using Clock = std::chrono::steady_clock;

constexpr int kSchemes = 1000;
constexpr int kFragments = 10;

std::string scheme_json(int i) {
    const std::string id = "fonds" + std::to_string(i % kFragments) + "-regeling-" + std::to_string(i);
    return R"({"id":")" + id + R"(","name":{"nl":"Regeling )" + std::to_string(i) + R"(","en":"Scheme )" +
           std::to_string(i) +
           R"("},"description":{"nl":"Een budget voor scholing van werknemers in de sector.","en":"A training budget for employees in the sector."},)"
           R"("provider":"Fonds","kind":"gift","applicant":"employer","apply_url":"https://example.org/)" +
           id +
           R"(","valid":{"from":"2020-01-01","to":null},"confidence":"indicative","condition":{"all":[)"
           R"({"fact":"person.employment","op":"in","value":["employee","flex_worker"],"explain":{"nl":"Voor werknemers.","en":"For employees."}},)"
           R"({"fact":"person.age","op":"<","value":60,"explain":{"nl":"Tot {limit} jaar.","en":"Below {limit}."}},)"
           R"({"fact":"course.quality","op":"in","value":["ocw","nrto"],"explain":{"nl":"Erkend.","en":"Recognised."}}]},)"
           R"("covers":["tuition","exam","materials"],"formula":{"type":"percentage","percent":50,"base":"gross","cap":{"amount":)" +
           std::to_string(500 + i) +
           R"(,"per":"course"}},"priority":100,)"
           R"("sources":[{"url":"https://example.org/bron","title":"Reglement","checked":"2026-11-01"}]})";
}

struct Bundle {
    std::vector<sw::BundleFile> files;
    std::vector<std::string> root_keys;
    std::size_t bytes = 0;
};

Bundle make_bundle(bool delegated) {
    Bundle b;
    const ms::SecretKey roots[2] = {ms::generate_secret_key(), ms::generate_secret_key()};
    sw::manifest::Manifest m;
    m.catalogue = "nl";
    m.version = "2026.12.1";
    m.issued = "2026-12-01";
    m.expires = "2027-03-01";
    m.min_app_version = "0.1.0";
    for (int f = 0; f < kFragments; ++f) {
        const std::string fund = "fonds" + std::to_string(f);
        std::string text =
            R"({"format":"stapelwijzer-rules/1","catalogue":"nl","version":"2026.12.1","fragment":")" + fund +
            R"(","schemes":[)";
        for (int i = f; i < kSchemes; i += kFragments) text += (i == f ? "" : ",") + scheme_json(i);
        text += "]}\n";
        sw::manifest::Fragment e;
        e.file = fund + ".json";
        e.size = text.size();
        e.hash = sw::manifest::hash_hex(e.hash_algorithm, text);
        if (delegated) {
            const auto key = ms::generate_secret_key();
            e.fund = fund;
            m.delegations.push_back({fund, {ms::public_key_line(ms::public_key_of(key))}, 1, {fund + "-"}});
            b.files.push_back(
                {e.file + ".minisig", ms::signature_file(ms::sign(key, text, "file:" + e.file, "bench"))});
        }
        m.fragments.push_back(e);
        b.files.push_back({e.file, text});
    }
    const std::string manifest = sw::manifest::to_json(m);
    std::string sigs;
    for (const auto& r : roots) {
        sigs += ms::signature_file(ms::sign(r, manifest, "file:manifest.json", "bench"));
        b.root_keys.push_back(ms::public_key_line(ms::public_key_of(r)));
    }
    b.files.push_back({"manifest.json", manifest});
    b.files.push_back({"manifest.json.minisig", sigs});
    for (const auto& f : b.files) b.bytes += f.bytes.size();
    return b;
}

double median_ms(int runs, const std::function<void()>& f, double& min_ms) {
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        const auto a = Clock::now();
        f();
        t.push_back(std::chrono::duration<double, std::milli>(Clock::now() - a).count());
    }
    std::sort(t.begin(), t.end());
    min_ms = t.front();
    return t[t.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 50;
    std::printf("bench_verify: %d schemes in %d fragments, %d runs each (median / min, ms)\n", kSchemes,
                kFragments, runs);
    for (const bool delegated : {true, false}) {
        const Bundle b = make_bundle(delegated);
        sw::BundleCheck check;
        check.today = *sw::parse_iso_date("2026-12-15");
        check.root_keys = b.root_keys;
        check.root_threshold = 2;
        std::string reason;
        std::optional<sw::VerifiedBundle> v;
        double min_verify = 0, min_load = 0;
        const double verify = median_ms(
            runs, [&] { v = sw::verify_bundle(b.files, check, reason); }, min_verify);
        if (!v) {
            std::fprintf(stderr, "bench_verify: the generated bundle was refused: %s\n", reason.c_str());
            return 1;
        }
        std::vector<sw::Diagnostic> problems;
        const double both = median_ms(
            runs,
            [&] {
                auto vb = sw::verify_bundle(b.files, check, reason);
                auto c = sw::load_catalogue(vb->fragments, problems);
                if (!c) std::abort();
            },
            min_load);
        if (!problems.empty()) {
            std::fprintf(stderr, "bench_verify: the generated catalogue does not load: %s: %s\n",
                         problems[0].path.c_str(), problems[0].message.c_str());
            return 1;
        }
        std::printf("%-10s %7zu bytes  verify_bundle %7.2f / %7.2f   verify + load_catalogue %7.2f / %7.2f\n",
                    delegated ? "delegated" : "root-only", b.bytes, verify, min_verify, both, min_load);
    }
    // The real Dutch bundle, as the app and the CLI verify it at start-up.
    std::vector<sw::BundleFile> nl;
    std::size_t nl_bytes = 0;
    for (auto& f : sw::builtin_rules_files()) {
        nl_bytes += f.text.size();
        nl.push_back({f.name, std::move(f.text)});
    }
    sw::BundleCheck check;
    check.today = *sw::parse_iso_date("2026-12-15");
    std::string reason;
    std::optional<sw::VerifiedBundle> v;
    double min_verify = 0, min_load = 0;
    const double verify = median_ms(
        runs, [&] { v = sw::verify_bundle(nl, check, reason); }, min_verify);
    if (!v) {
        std::fprintf(stderr, "bench_verify: the built-in nl bundle was refused: %s\n", reason.c_str());
        return 1;
    }
    std::vector<sw::Diagnostic> problems;
    std::size_t schemes = 0;
    const double both = median_ms(
        runs,
        [&] {
            auto vb = sw::verify_bundle(nl, check, reason);
            auto c = sw::load_catalogue(vb->fragments, problems);
            if (!c) std::abort();
            schemes = c->spec().schemes.size();
        },
        min_load);
    std::printf(
        "nl built-in, %zu files, %zu schemes: %7zu bytes  verify_bundle %7.2f / %7.2f   verify + "
        "load_catalogue %7.2f / %7.2f\n",
        nl.size(), schemes, nl_bytes, verify, min_verify, both, min_load);
    return 0;
}

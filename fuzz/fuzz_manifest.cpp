// libFuzzer target: manifest.json parsing, and the whole of verify_bundle past the signatures.
// Each input is taken as a manifest, signed in the harness by a fixed root key (so the input
// reaches the manifest, file-set, hash, delegation and scope checks), next to two fixed
// fragments, one of them signed by a fixed fund key. Must never crash, leak or hang; a manifest
// that parses must survive a write/parse round trip unchanged.
#include <sodium.h>

#include <cstdint>
#include <cstdlib>
#include <string>

#include "bundle/manifest.h"
#include "bundle/minisign.h"
#include "stapelwijzer/bundle.h"

namespace ms = sw::minisign;

namespace {

ms::SecretKey fixed_key(unsigned char n) {
    ms::SecretKey k;
    unsigned char seed[32] = {n};
    unsigned char pk[32];
    crypto_sign_seed_keypair(pk, k.key.data(), seed);
    k.id = {n, 1, 2, 3, 4, 5, 6, 7};
    return k;
}

const std::string kNational = R"({"format":"stapelwijzer-rules/1","catalogue":"nl","version":"2026.12.1","fragment":"national","schemes":[{"id":"stap-budget"}]})";
const std::string kOom = R"({"format":"stapelwijzer-rules/1","catalogue":"nl","version":"2026.12.1","fragment":"oom","schemes":[{"id":"oom-a"}],"notes":[{"id":"oom-n"}],"sets":{"oom-s":[]}})";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (sodium_init() < 0) std::abort();
    static const ms::SecretKey root = fixed_key(1);
    static const ms::SecretKey fund = fixed_key(2);
    std::string text(reinterpret_cast<const char*>(data), size);
    // The seed corpus cannot hold the fund's key (derived here), so "FUNDKEY" stands for it.
    if (const auto p = text.find("FUNDKEY"); p != std::string::npos) {
        text.replace(p, 7, ms::public_key_line(ms::public_key_of(fund)));
    }

    std::string error;
    if (auto m = sw::manifest::parse(text, error)) {
        const std::string written = sw::manifest::to_json(*m);
        auto again = sw::manifest::parse(written, error);
        if (!again || sw::manifest::to_json(*again) != written) std::abort();
    }

    std::vector<sw::BundleFile> files = {
        {"manifest.json", text},
        {"manifest.json.minisig", ms::signature_file(ms::sign(root, text, "file:manifest.json", "fuzz"))},
        {"national.json", kNational},
        {"oom.json", kOom},
        {"oom.json.minisig", ms::signature_file(ms::sign(fund, kOom, "file:oom.json", "fuzz"))},
    };
    sw::BundleCheck check;
    check.today = sw::date_from_ymd(2026, 12, 15);
    check.root_keys = {ms::public_key_line(ms::public_key_of(root))};
    check.root_threshold = 1;
    std::string reason;
    auto bundle = sw::verify_bundle(files, check, reason);
    if (!bundle && reason.empty()) std::abort();  // every refusal says why
    if (bundle && bundle->fragments.empty()) std::abort();
    return 0;
}

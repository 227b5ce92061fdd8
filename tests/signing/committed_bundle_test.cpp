// The bundle in rules-data/nl/bundle/ as committed, and as built into the binary, must verify
// with this build's root keys. When a fragment changes, this fails until it is re-signed.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "stapelwijzer/bundle.h"

namespace {

const char* kHint = "\nIf you changed rules in rules-data/nl/bundle/, run scripts/sign-rules.sh and commit the result.";

std::vector<sw::BundleFile> bundle_from_source_tree() {
    std::vector<sw::BundleFile> files;
    for (const auto& e : std::filesystem::directory_iterator(std::string(SW_SOURCE_DIR) + "/rules-data/nl/bundle")) {
        const auto ext = e.path().extension();
        if (ext != ".json" && ext != ".minisig") continue;
        std::ifstream in(e.path(), std::ios::binary);
        std::ostringstream ss;
        ss << in.rdbuf();
        files.push_back({e.path().filename().string(), ss.str()});
    }
    return files;
}

sw::BundleCheck check_today_allowing_expiry() {
    sw::BundleCheck check;
    check.today = *sw::parse_iso_date("2026-11-23");
    check.allow_expired = true;  // expiry is a warning here; this test is about signatures and hashes
    return check;
}

}  // namespace

TEST_CASE("the committed rules bundle matches its signed manifest") {
    std::string reason;
    const auto bundle = sw::verify_bundle(bundle_from_source_tree(), check_today_allowing_expiry(), reason);
    INFO("rules-data/nl/bundle/ is refused: " << reason << kHint);
    REQUIRE(bundle.has_value());
    CHECK(bundle->info.catalogue == "nl");
    CHECK(!bundle->fragments.empty());
}

TEST_CASE("the bundle built into the binary verifies") {
    std::vector<sw::BundleFile> files;
    for (const auto& f : sw::builtin_rules_files()) files.push_back({f.name, f.text});
    std::string reason;
    const auto bundle = sw::verify_bundle(files, check_today_allowing_expiry(), reason);
    INFO("the built-in bundle is refused: " << reason << kHint);
    REQUIRE(bundle.has_value());
    // Expiry chosen for the shipped bundle (docs/signing.md): a few months after 2026-11-23.
    CHECK(bundle->expires == "2027-03-01");
    CHECK_FALSE(bundle->expired);
}

// BundleCheck::built_in_bytes: the shortcut the app's start takes for the bundle compiled into it.
// It must give exactly the full check's result, still verify the root signatures, apply only with
// the built-in root keys, and be taken by the planner only for the built-in bytes themselves.
#include <algorithm>
#include <catch2/catch.hpp>

#include "bundle/root_keys.h"
#include "session/planner.h"
#include "stapelwijzer/bundle.h"

namespace {

std::vector<sw::BundleFile> built_in() {
    std::vector<sw::BundleFile> files;
    for (const auto& f : sw::builtin_rules_files()) files.push_back({f.name, f.text});
    return files;
}

sw::BundleCheck check(bool built_in_bytes) {
    sw::BundleCheck c;
    c.today = *sw::parse_iso_date("2026-12-04");
    c.allow_expired = true;
    c.built_in_bytes = built_in_bytes;
    return c;
}

sw::BundleFile& file(std::vector<sw::BundleFile>& files, const std::string& name) {
    auto it = std::find_if(files.begin(), files.end(), [&](const auto& f) { return f.name == name; });
    REQUIRE(it != files.end());
    return *it;
}

// A delegated fragment of the built-in bundle (one that carries its fund's .minisig).
std::string delegated_fragment(const std::vector<sw::BundleFile>& files) {
    for (const auto& f : files)
        if (f.name.size() > 8 && f.name.compare(f.name.size() - 8, 8, ".minisig") == 0 &&
            f.name != "manifest.json.minisig")
            return f.name.substr(0, f.name.size() - 8);
    FAIL("the built-in bundle has no delegated fragment");
    return "";
}

}  // namespace

TEST_CASE("built-in bytes: the shortcut gives exactly the full check's result") {
    std::string reason_full, reason_short;
    const auto full = sw::verify_bundle(built_in(), check(false), reason_full);
    const auto fast = sw::verify_bundle(built_in(), check(true), reason_short);
    INFO(reason_full << " / " << reason_short);
    REQUIRE(full.has_value());
    REQUIRE(fast.has_value());
    CHECK(fast->report == full->report);
    CHECK(fast->info.signers == full->info.signers);
    CHECK(fast->info.version == full->info.version);
    CHECK(fast->fragment_versions == full->fragment_versions);
    CHECK(fast->expires == full->expires);
    REQUIRE(fast->fragments.size() == full->fragments.size());
    for (std::size_t i = 0; i < full->fragments.size(); ++i) {
        CHECK(fast->fragments[i].name == full->fragments[i].name);
        CHECK(fast->fragments[i].text == full->fragments[i].text);
    }
}

TEST_CASE("built-in bytes: the root signatures on the manifest are still verified") {
    auto files = built_in();
    std::string& manifest = file(files, "manifest.json").bytes;
    const auto at = manifest.find("\"expires\": \"");
    REQUIRE(at != std::string::npos);
    manifest[at + 12] = manifest[at + 12] == '2' ? '3' : '2';  // a later (or earlier) expiry year
    std::string reason;
    CHECK_FALSE(sw::verify_bundle(files, check(true), reason).has_value());
    CHECK(reason.find("manifest.json.minisig") != std::string::npos);
}

TEST_CASE("built-in bytes: ignored with root keys other than the built-in ones") {
    auto files = built_in();
    const std::string name = delegated_fragment(files);
    std::string& bytes = file(files, name).bytes;
    bytes[bytes.find("\"schemes\"") + 1] = 'S';  // same size, other bytes
    sw::BundleCheck c = check(true);
    c.root_keys = sw::root_keys::keys();  // the same keys, but given by the caller
    std::string reason;
    CHECK_FALSE(sw::verify_bundle(files, c, reason).has_value());
    CHECK(reason == name + ": " + "blake2b-256 hash differs from manifest.json (changed or swapped file)");
}

TEST_CASE("built-in bytes: the planner takes the shortcut only for the built-in bytes") {
    const sw::Date today = *sw::parse_iso_date("2026-12-04");
    SECTION("the built-in files in another order are the built-in bytes") {
        auto files = built_in();
        std::reverse(files.begin(), files.end());
        const sw::session::Planner planner(today, files);
        CHECK(planner.state() != sw::session::RulesState::Refused);
        CHECK(planner.catalogue() != nullptr);
        CHECK(planner.release_bundle());
    }
    SECTION("one changed byte in a delegated fragment is found") {
        auto files = built_in();
        const std::string name = delegated_fragment(files);
        std::string& bytes = file(files, name).bytes;
        bytes[bytes.find("\"schemes\"") + 1] = 'S';
        const sw::session::Planner planner(today, files);
        CHECK(planner.state() == sw::session::RulesState::Refused);
        CHECK(planner.refusal().find(name + ": ") == 0);
        CHECK(planner.refusal().find("hash differs") != std::string::npos);
        CHECK_FALSE(planner.release_bundle());
    }
    SECTION("a file given twice in place of another is not the built-in bundle") {
        auto files = built_in();
        const std::string name = delegated_fragment(files);
        file(files, name + ".minisig") = sw::BundleFile{"manifest.json", file(files, "manifest.json").bytes};
        const sw::session::Planner planner(today, files);
        CHECK(planner.state() == sw::session::RulesState::Refused);
        CHECK(planner.refusal() == "manifest.json: appears twice in the bundle");
    }
}

// The web app has no bytes built in, only builtin_rules_digest(): the fetched files are recognised by
// their fingerprint, computed at build time by cmake/embed_files.cmake and at run time here.
TEST_CASE("bundle fingerprint: the build's digest is the run-time digest of the built-in files") {
    const std::string digest = sw::builtin_rules_digest();
    REQUIRE(digest.size() == 64);
    CHECK(digest.find_first_not_of("0123456789abcdef") == std::string::npos);
    auto files = built_in();
    CHECK(sw::rules_digest(files) == digest);
    SECTION("the order of the files does not matter") {
        std::reverse(files.begin(), files.end());
        CHECK(sw::rules_digest(files) == digest);
    }
    SECTION("one changed byte, a missing file, an extra file or a renamed file change it") {
        auto changed = files;
        std::string& bytes = file(changed, "manifest.json").bytes;
        bytes[bytes.size() / 2] ^= 1;
        CHECK(sw::rules_digest(changed) != digest);
        auto fewer = files;
        fewer.pop_back();
        CHECK(sw::rules_digest(fewer) != digest);
        auto more = files;
        more.push_back({"extra.json", "{}"});
        CHECK(sw::rules_digest(more) != digest);
        auto renamed = files;
        renamed.back().name += "x";
        CHECK(sw::rules_digest(renamed) != digest);
    }
}

TEST_CASE("bundle fingerprint: a planner started without files uses the built-in bytes, the release's") {
    // This build has the bytes; the web app, which has none, refuses to start without files
    // (session::kNoRules), tested in the browser (tests/web/states.test.mjs).
    const sw::Date today = *sw::parse_iso_date("2026-12-04");
    const sw::session::Planner built_in_planner(today);
    CHECK(built_in_planner.release_bundle());
    CHECK(built_in_planner.state() != sw::session::RulesState::Refused);
}

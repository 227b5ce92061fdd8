// Per-fund versions (docs/signing.md, "Per-fund versions"): each fragment has its own version, the
// root-signed manifest is the snapshot that pins one version and hash of each. A fund publishes a
// new version of its fragment and only the snapshot is signed again; each attack of TUF's list has
// its test here: rollback of a fragment or of the snapshot, freeze, mix-and-match, a wrong fund key,
// a fragment outside its fund's scope.
#include <catch2/catch.hpp>

#include "bundle_fixture.h"

using Catch::Matchers::Contains;
using fixture::refusal;

namespace {

// Release 1: every fragment at 2026.12.1, listed with its own version.
fixture::Bundle release_one() {
    fixture::Bundle b;
    for (const char* f : {"national.json", "oom.json", "colland.json"}) b.listed_version[f] = "2026.12.1";
    return b;
}

// OOM publishes version 2026.12.7 of its own fragment; the snapshot becomes 2026.12.7.
void oom_publishes(fixture::Bundle& b, const std::string& version = "2026.12.7") {
    b.fragments["oom.json"] = fixture::fragment("oom", version, {"oom-trainingstoelage", "oom-nieuw"});
    b.listed_version["oom.json"] = version;
    b.manifest.version = version;
}

std::string bytes_of(const std::vector<sw::BundleFile>& files, const std::string& name) {
    for (const auto& f : files)
        if (f.name == name) return f.bytes;
    return "";
}

}  // namespace

TEST_CASE("a fund publishes its own fragment: only it, its signature and the snapshot change") {
    fixture::Bundle b = release_one();
    const auto v1 = b.files();
    REQUIRE(refusal(v1, b.check()).empty());
    oom_publishes(b);
    const auto v2 = b.files();
    std::string reason;
    const auto verified = sw::verify_bundle(v2, b.check(), reason);
    REQUIRE(verified);
    CHECK(verified->info.version == "2026.12.7");
    CHECK(verified->fragment_versions.at("oom.json") == "2026.12.7");
    CHECK(verified->fragment_versions.at("colland.json") == "2026.12.1");
    CHECK(verified->fragment_versions.at("national.json") == "2026.12.1");
    // The other funds' files (and their signatures) are byte for byte those of release 1.
    for (const char* same : {"national.json", "colland.json", "colland.json.minisig"})
        CHECK(bytes_of(v1, same) == bytes_of(v2, same));
    for (const char* changed : {"oom.json", "oom.json.minisig", "manifest.json", "manifest.json.minisig"})
        CHECK(bytes_of(v1, changed) != bytes_of(v2, changed));
}

TEST_CASE("rollback: a snapshot listing a fragment older than one seen is refused") {
    fixture::Bundle b = release_one();
    oom_publishes(b);
    std::string reason;
    const auto newer = sw::verify_bundle(b.files(), b.check(), reason);
    REQUIRE(newer);

    // A later snapshot that puts OOM's old fragment back (validly signed by the roots and by OOM):
    // a client that has seen 2026.12.7 of oom.json refuses it.
    fixture::Bundle replay = b;
    replay.fragments["oom.json"] = fixture::fragment("oom", "2026.12.1", {"oom-trainingstoelage"});
    replay.listed_version["oom.json"] = "2026.12.1";
    replay.manifest.version = "2026.12.8";
    auto check = b.check();
    REQUIRE(refusal(replay.files(), check).empty());  // with no memory it is a valid bundle
    check.seen_fragment_versions = newer->fragment_versions;
    check.seen_catalogue = "nl";
    CHECK_THAT(refusal(replay.files(), check),
               Contains("manifest.json: lists oom.json at version 2026.12.1, older than version 2026.12.7 "
                        "already seen: a rolled-back fragment is refused"));
    // The floor is per catalogue: another catalogue's memory does not apply.
    check.seen_catalogue = "be";
    CHECK(refusal(replay.files(), check).empty());

    // The built-in bundle's versions as the floor (what the CLI passes): read from its manifest.
    std::string catalogue;
    const auto floor = sw::manifest_fragment_versions(bytes_of(b.files(), "manifest.json"), catalogue);
    CHECK(catalogue == "nl");
    CHECK(floor.at("oom.json") == "2026.12.7");
    check.seen_fragment_versions = floor;
    check.seen_catalogue = catalogue;
    CHECK_THAT(refusal(replay.files(), check), Contains("older than version 2026.12.7 already seen"));
}

TEST_CASE("rollback: an older snapshot than the one seen is refused") {
    fixture::Bundle b = release_one();
    const auto v1 = b.files();
    oom_publishes(b);
    auto check = b.check();
    check.highest_seen_version = "2026.12.7";
    CHECK_THAT(refusal(v1, check),
               Contains("manifest.json: version 2026.12.1 is older than version 2026.12.7"));
    CHECK(refusal(b.files(), check).empty());
}

TEST_CASE("freeze: freshness is the snapshot's; a fund's new fragment does not renew an expired one") {
    fixture::Bundle b = release_one();
    b.manifest.expires = "2026-12-10";  // the check's today is 2026-12-15
    oom_publishes(b);                   // a brand-new OOM fragment in a stale snapshot
    CHECK_THAT(refusal(b.files(), b.check()), Contains("manifest.json: these rules expired on 2026-12-10"));
    // Only a new snapshot (the root keys) renews it; the fragments stay as they are.
    b.manifest.expires = "2027-03-01";
    CHECK(refusal(b.files(), b.check()).empty());
}

TEST_CASE("mix and match: a fragment whose version or hash is not the snapshot's is refused") {
    fixture::Bundle b = release_one();
    auto v1 = b.files();
    oom_publishes(b);

    // The snapshot lists version 2026.12.7, but the fragment (signed by OOM) says 2026.12.6.
    fixture::Bundle lying = b;
    lying.fragments["oom.json"] =
        fixture::fragment("oom", "2026.12.6", {"oom-trainingstoelage", "oom-nieuw"});
    CHECK_THAT(
        refusal(lying.files(), b.check()),
        Contains("oom.json: version is '2026.12.6' but manifest.json lists version '2026.12.7' of this "
                 "fragment"));

    // A root fragment is held to its listed version too.
    fixture::Bundle root_lying = b;
    root_lying.listed_version["national.json"] = "2026.12.2";
    CHECK_THAT(refusal(root_lying.files(), b.check()),
               Contains("national.json: version is '2026.12.1' but manifest.json lists version '2026.12.2'"));

    // OOM's fragment of release 1 with its own valid OOM signature, put into the new snapshot.
    auto v2 = b.files();
    fixture::file(v2, "oom.json") = fixture::file(v1, "oom.json");
    fixture::file(v2, "oom.json.minisig") = fixture::file(v1, "oom.json.minisig");
    CHECK_THAT(refusal(v2, b.check()), Contains("oom.json: ") && Contains("manifest.json says"));
}

TEST_CASE("a new version signed by the wrong fund key is refused") {
    fixture::Bundle b = release_one();
    oom_publishes(b);
    b.fund_signer["oom.json"] = &b.colland;
    CHECK_THAT(refusal(b.files(), b.check()),
               Contains("oom.json.minisig: signed by fund colland's key " + b.colland.id() +
                        ", but oom.json is delegated to fund oom"));
}

TEST_CASE("a fund's own sectors: codes under its prefix pass, others are outside its scope") {
    fixture::Bundle b = release_one();
    oom_publishes(b);
    const std::string own =
        "  \"sectors\": [ { \"code\": \"oom-jachtbouw\", \"name\": { \"nl\": \"Jachtbouw\", \"en\": \"Yacht "
        "building\" } } ],\n";
    b.fragments["oom.json"] = fixture::fragment("oom", "2026.12.7", {"oom-trainingstoelage"}, own);
    CHECK(refusal(b.files(), b.check()).empty());
    b.fragments["oom.json"] = fixture::fragment("oom", "2026.12.7", {"oom-trainingstoelage"},
                                                "  \"sectors\": [ { \"code\": \"jachtbouw\" } ],\n");
    CHECK_THAT(
        refusal(b.files(), b.check()),
        Contains("oom.json: sector code 'jachtbouw' (sectors[0].code) is outside fund oom's delegation "
                 "(prefixes: oom-)"));
    b.fragments["oom.json"] = fixture::fragment("oom", "2026.12.7", {"colland-ontwikkelbudget-2"});
    CHECK_THAT(refusal(b.files(), b.check()), Contains("scheme id 'colland-ontwikkelbudget-2'"));
}

TEST_CASE("the manifest's fragment version is parsed, written back and must be a version") {
    fixture::Bundle b = release_one();
    const std::string text = b.manifest_text();
    std::string error;
    const auto m = sw::manifest::parse(text, error);
    REQUIRE(m);
    CHECK(m->fragments[1].version == "2026.12.1");
    CHECK(sw::manifest::to_json(*m) == text);
    std::string bad = text;
    bad.replace(bad.find("\"version\": \"2026.12.1\"\n"), 22, "\"version\": \"twelve\"");
    CHECK_FALSE(sw::manifest::parse(bad, error));
    CHECK_THAT(error, Contains("fragments[0].version: must be a dotted version"));
}

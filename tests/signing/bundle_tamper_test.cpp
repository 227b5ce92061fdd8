// verify_bundle() against every tamper of the threat table (docs/signing.md): each is refused,
// with its own message, and a refused bundle hands out nothing.
#include <catch2/catch.hpp>
#include <set>

#include "bundle/base64.h"
#include "bundle_fixture.h"

using Catch::Matchers::Contains;
using fixture::refusal;

namespace {

// Re-encodes the signature line of block `block` of a .minisig with a different algorithm id.
std::string with_algorithm(const std::string& sig_file, const char alg[2]) {
    std::vector<std::string> lines = fixture::lines_of(sig_file);
    std::string error;
    auto blob = sw::b64::decode_exact(lines[1], 74, error);
    REQUIRE(blob);
    (*blob)[0] = alg[0];
    (*blob)[1] = alg[1];
    lines[1] = sw::b64::encode(*blob);
    std::string out;
    for (const auto& l : lines) out += l + "\n";
    return out;
}

}  // namespace

TEST_CASE("an untouched bundle verifies and reports its signers and files") {
    fixture::Bundle b;
    std::string reason;
    const auto v = sw::verify_bundle(b.files(), b.check(), reason);
    INFO(reason);
    REQUIRE(v);
    CHECK(v->info.catalogue == "nl");
    CHECK(v->info.version == "2026.12.1");
    CHECK(v->info.valid_until == "2027-03-01");
    CHECK(v->issued == "2026-12-01");
    CHECK_FALSE(v->expired);
    CHECK(v->info.warnings.empty());
    REQUIRE(v->fragments.size() == 3);
    CHECK(v->fragments[0].name == "national.json");  // manifest order
    CHECK(v->fragments[1].text == b.fragments["oom.json"]);
    CHECK(std::count(v->info.signers.begin(), v->info.signers.end(), "root key " + b.root[0].id()) == 1);
    CHECK(std::count(v->info.signers.begin(), v->info.signers.end(), "fund oom key " + b.oom.id()) == 1);
    CHECK(v->report.size() == 5);  // manifest, its signature, three fragments
}

TEST_CASE("a flipped byte in any file of the bundle is refused, naming that file") {
    fixture::Bundle b;
    const auto good = b.files();
    for (std::size_t i = 0; i < good.size(); ++i) {
        // Several positions: the start, the middle and the end of each file.
        for (std::size_t pos : {std::size_t{0}, good[i].bytes.size() / 2, good[i].bytes.size() - 2}) {
            auto files = good;
            files[i].bytes[pos] = static_cast<char>(files[i].bytes[pos] ^ 0x01);
            const std::string why = refusal(files, b.check());
            INFO(good[i].name << " byte " << pos << ": " << why);
            CHECK_FALSE(why.empty());
            // The message names the file or the signature file that covers it.
            const std::string base = good[i].name.substr(0, good[i].name.find(".minisig"));
            CHECK(why.find(base) != std::string::npos);
        }
    }
}

TEST_CASE("mix and match: a fragment from another release of the bundle is refused") {
    fixture::Bundle b;
    auto v1 = b.files();
    // Release 2 changes one amount-like digit in oom.json: same size, different hash.
    b.fragments["oom.json"] = fixture::fragment("oom", b.version, {"oom-trainingstoelagf"});
    auto v2 = b.files();
    REQUIRE(refusal(v2, b.check()).empty());
    fixture::file(v2, "oom.json") = fixture::file(v1, "oom.json");
    fixture::file(v2, "oom.json.minisig") = fixture::file(v1, "oom.json.minisig");
    CHECK_THAT(refusal(v2, b.check()), Contains("oom.json: blake2b-256 hash differs from manifest.json"));

    // A fragment of a different size: refused by its size before it is hashed.
    b.fragments["colland.json"] =
        fixture::fragment("colland", b.version, {"colland-ontwikkelbudget", "colland-extra"});
    auto v3 = b.files();
    fixture::file(v3, "colland.json") = fixture::file(v1, "colland.json");
    CHECK_THAT(refusal(v3, b.check()), Contains("colland.json: ") && Contains("bytes, manifest.json says"));
}

TEST_CASE("a fund fragment signed by another fund's key is refused") {
    fixture::Bundle b;
    b.fund_signer["oom.json"] = &b.colland;
    CHECK_THAT(refusal(b.files(), b.check()),
               Contains("oom.json.minisig: signed by fund colland's key " + b.colland.id() +
                        ", but oom.json is delegated to fund oom"));
}

TEST_CASE("a fund fragment signed by a root key or an unknown key is refused") {
    fixture::Bundle b;
    b.fund_signer["oom.json"] = &b.root[0];
    CHECK_THAT(refusal(b.files(), b.check()),
               Contains("oom.json.minisig: signed by root key " + b.root[0].id()));
    fixture::Key stranger;
    b.fund_signer["oom.json"] = &stranger;
    CHECK_THAT(refusal(b.files(), b.check()), Contains("oom.json.minisig: signed by key " + stranger.id() +
                                                       ", which is not a key of fund oom"));
}

TEST_CASE("a scheme id outside the fund's delegation is refused") {
    fixture::Bundle b;
    b.fragments["oom.json"] =
        fixture::fragment("oom", b.version, {"oom-trainingstoelage", "stap-budget-extra"});
    CHECK_THAT(refusal(b.files(), b.check()),
               Contains("oom.json: scheme id 'stap-budget-extra' (schemes[1].id) is outside fund oom's "
                        "delegation (prefixes: oom-)"));
}

TEST_CASE(
    "a delegated fragment may not reach beyond its prefix with notes, parameters, sets or sector codes") {
    fixture::Bundle b;
    b.fragments["oom.json"] =
        fixture::fragment("oom", b.version, {"oom-a"}, "  \"parameters\": { \"llo-max-age\": [] },\n");
    CHECK_THAT(refusal(b.files(), b.check()), Contains("oom.json: parameter name 'llo-max-age'"));
    b.fragments["oom.json"] = fixture::fragment("oom", b.version, {"oom-a"},
                                                "  \"notes\": [ { \"id\": \"gerichte-vrijstelling\" } ],\n");
    CHECK_THAT(refusal(b.files(), b.check()), Contains("oom.json: note id 'gerichte-vrijstelling'"));
    b.fragments["oom.json"] =
        fixture::fragment("oom", b.version, {"oom-a"}, "  \"sets\": { \"twente\": [] },\n");
    CHECK_THAT(refusal(b.files(), b.check()), Contains("oom.json: set name 'twente'"));
    b.fragments["oom.json"] =
        fixture::fragment("oom", b.version, {"oom-a"}, "  \"sectors\": [ { \"code\": \"metaal\" } ],\n");
    CHECK_THAT(refusal(b.files(), b.check()),
               Contains("oom.json: sector code 'metaal' (sectors[0].code) is outside fund oom's delegation"));
    // A manifest without per-fragment versions: every fragment carries the manifest's version.
    b.fragments["oom.json"] = fixture::fragment("oom", "2026.12.2", {"oom-a"});
    CHECK_THAT(refusal(b.files(), b.check()),
               Contains("oom.json: version is '2026.12.2' but manifest.json lists version '2026.12.1'"));
}

TEST_CASE(
    "a fund fragment whose scheme excludes another fund's scheme is refused, though its fund signed it") {
    fixture::Bundle b;
    // oom.json with two schemes, the first excluding `id`; signed by oom's own key (the fixture's).
    auto oom_excluding = [&](const std::string& id) {
        std::string f = fixture::fragment("oom", b.version, {"oom-trainingstoelage", "oom-extra"});
        const std::string plain = "\"oom-trainingstoelage\" }";
        f.replace(f.find(plain), plain.size(),
                  "\"oom-trainingstoelage\", \"interactions\": { \"excludes\": [\"" + id + "\"] } }");
        return f;
    };
    b.fragments["oom.json"] = oom_excluding("oom-extra");
    CHECK(refusal(b.files(), b.check()) == "");
    b.fragments["oom.json"] = oom_excluding("colland-ontwikkelbudget");
    CHECK_THAT(
        refusal(b.files(), b.check()),
        Contains(
            "oom.json: excluded scheme 'colland-ontwikkelbudget' (schemes[0].interactions.excludes[0]) is "
            "outside fund oom's delegation (prefixes: oom-): a fund may exclude only its own schemes"));
    b.fragments["oom.json"] = oom_excluding("stap-budget");
    CHECK_THAT(refusal(b.files(), b.check()), Contains("excluded scheme 'stap-budget'"));
}

TEST_CASE("an expired manifest: refused when expiry is not allowed, else a warning on every result") {
    fixture::Bundle b;
    auto check = b.check();
    check.today = *sw::parse_iso_date("2027-03-02");
    CHECK_THAT(refusal(b.files(), check),
               Contains("manifest.json: these rules expired on 2027-03-01 (today is 2027-03-02)"));

    check.allow_expired = true;
    std::string reason;
    const auto v = sw::verify_bundle(b.files(), check, reason);
    REQUIRE(v);
    CHECK(v->expired);
    REQUIRE(v->info.warnings.size() == 1);
    CHECK_THAT(v->info.warnings[0].en, Contains("These rules may be out of date since 2027-03-01"));
    CHECK_THAT(v->info.warnings[0].nl, Contains("Deze regels zijn mogelijk verouderd sinds 2027-03-01"));

    // The last day is still valid; a clock before the issue date counts as the issue date.
    check.allow_expired = false;
    check.today = *sw::parse_iso_date("2027-03-01");
    CHECK(refusal(b.files(), check).empty());
    check.today = *sw::parse_iso_date("1970-01-01");
    CHECK(refusal(b.files(), check).empty());
}

TEST_CASE("a rolled-back version is refused: below the compiled-in floor or below the highest seen") {
    fixture::Bundle b;
    auto check = b.check();
    check.highest_seen_version = "2026.12.2";
    CHECK_THAT(
        refusal(b.files(), check),
        Contains(
            "manifest.json: version 2026.12.1 is older than version 2026.12.2 already used on this device"));
    check.highest_seen_version = "2026.12.1";  // the same version again is fine
    CHECK(refusal(b.files(), check).empty());

    b.manifest.version = "2025.1.1";
    CHECK_THAT(refusal(b.files(), b.check()),
               Contains("manifest.json: version 2025.1.1 is older than the oldest this app accepts"));
}

TEST_CASE("a manifest needing a newer app is refused") {
    fixture::Bundle b;
    b.manifest.min_app_version = "99.0";
    CHECK_THAT(refusal(b.files(), b.check()),
               Contains("manifest.json: these rules need Stapelwijzer 99.0 or later"));
}

TEST_CASE("truncated signatures are refused") {
    fixture::Bundle b;
    auto files = b.files();
    auto& sig = fixture::file(files, "manifest.json.minisig").bytes;
    sig.resize(sig.find('\n') + 30);  // the file cut inside the first signature line
    CHECK_THAT(refusal(files, b.check()),
               Contains("manifest.json.minisig: a signature file is made of 4-line blocks, found 2 lines"));

    files = b.files();
    auto& line = fixture::file(files, "manifest.json.minisig").bytes;
    line.erase(line.find('\n') + 30, 70);  // only the signature line cut short, the rest intact
    CHECK_THAT(
        refusal(files, b.check()),
        Contains("manifest.json.minisig: line 2 (signature): base64 text has 30 characters, expected 100"));

    files = b.files();
    auto& fund = fixture::file(files, "oom.json.minisig").bytes;
    fund.resize(fund.rfind('\n', fund.size() - 2));  // drop the global signature line
    CHECK_THAT(refusal(files, b.check()),
               Contains("oom.json.minisig: a signature file is made of 4-line blocks, found 3 lines"));
}

TEST_CASE("a wrong algorithm id is refused before any cryptography") {
    fixture::Bundle b;
    auto files = b.files();
    fixture::file(files, "oom.json.minisig").bytes =
        with_algorithm(fixture::file(files, "oom.json.minisig").bytes, "Ed");
    CHECK_THAT(refusal(files, b.check()), Contains("oom.json.minisig: signature by key " + b.oom.id() +
                                                   " uses minisign's legacy algorithm \"Ed\""));
    files = b.files();
    fixture::file(files, "oom.json.minisig").bytes =
        with_algorithm(fixture::file(files, "oom.json.minisig").bytes, "XY");
    CHECK_THAT(refusal(files, b.check()),
               Contains("oom.json.minisig: line 2 (signature): unknown signature algorithm (bytes 58 59"));
}

TEST_CASE("comments with odd bytes are refused") {
    fixture::Bundle b;
    const auto good = b.files();
    auto files = good;
    auto& sig = fixture::file(files, "colland.json.minisig").bytes;
    sig.insert(sig.find('\n'), "\x01");  // a control character in the untrusted comment
    CHECK_THAT(refusal(files, b.check()), Contains("colland.json.minisig: line 1 (untrusted comment): "
                                                   "comment contains the control character U+0001"));
    files = good;
    fixture::file(files, "colland.json.minisig").bytes.insert(19, "\xC3\x28");  // invalid UTF-8
    CHECK_THAT(refusal(files, b.check()),
               Contains("colland.json.minisig: line 1 (untrusted comment): comment is not valid UTF-8"));
    files = good;
    auto& tc = fixture::file(files, "colland.json.minisig").bytes;
    tc.insert(tc.find("trusted comment: ", tc.find('\n')) + 17, "\xC2\x85");  // U+0085, a C1 control
    CHECK_THAT(
        refusal(files, b.check()),
        Contains(
            "colland.json.minisig: line 3 (trusted comment): comment contains the control character U+0085"));
    files = good;
    auto& tc2 = fixture::file(files, "colland.json.minisig").bytes;
    tc2.insert(tc2.find("file:colland.json"), "changed ");  // valid text, but not what was signed
    CHECK_THAT(refusal(files, b.check()), Contains("colland.json.minisig: the global signature by key " +
                                                   b.colland.id() + " does not match the trusted comment"));
    files = good;
    fixture::file(files, "colland.json.minisig").bytes += "trailing\n";
    CHECK_THAT(refusal(files, b.check()),
               Contains("colland.json.minisig: a signature file is made of 4-line blocks, found 5 lines"));
    files = good;
    auto& cr = fixture::file(files, "colland.json.minisig").bytes;
    cr.insert(cr.find('\n'), "\r");
    CHECK_THAT(refusal(files, b.check()), Contains("colland.json.minisig: contains a carriage return"));
}

TEST_CASE("a signature whose trusted comment names another file is refused") {
    fixture::Bundle b;
    auto files = b.files();
    fixture::file(files, "oom.json.minisig").bytes =
        fixture::sign_text(b.oom, b.fragments["oom.json"], "oom-old.json");
    CHECK_THAT(
        refusal(files, b.check()),
        Contains(
            "oom.json.minisig: the trusted comment says the signature is for 'oom-old.json', not oom.json"));
}

TEST_CASE("root signatures: threshold, dropped keys, duplicates") {
    fixture::Bundle b;
    b.root_signers = {0};
    CHECK_THAT(refusal(b.files(), b.check()),
               Contains("manifest.json: signed by 1 trusted root key(s), 2 needed"));

    // Signed by root keys 0 and 1, but this app dropped key 1 (a compromised key is rotated out).
    b.root_signers = {0, 1};
    auto check = b.check();
    fixture::Key replacement;
    check.root_keys = {b.root[0].line(), replacement.line(), b.root[2].line()};
    CHECK_THAT(refusal(b.files(), check), Contains("keys this app does not trust: " + b.root[1].id()));
    // Signed by two kept keys as well: accepted although the dropped key signed too (rotation).
    b.root_signers = {0, 1, 2};
    CHECK(refusal(b.files(), check).empty());

    b.root_signers = {0, 0};
    CHECK_THAT(refusal(b.files(), b.check()),
               Contains("manifest.json.minisig: key " + b.root[0].id() + " signs more than once"));
}

TEST_CASE("missing and extra files are refused") {
    fixture::Bundle b;
    auto files = b.files();
    fixture::remove_file(files, "colland.json");
    CHECK_THAT(refusal(files, b.check()),
               Contains("colland.json: listed in manifest.json but missing from the bundle"));
    files = b.files();
    fixture::remove_file(files, "oom.json.minisig");
    CHECK_THAT(refusal(files, b.check()),
               Contains("oom.json.minisig: missing; oom.json is delegated to fund oom"));
    files = b.files();
    files.push_back({"extra.json", "{}"});
    CHECK_THAT(refusal(files, b.check()), Contains("extra.json: not listed in manifest.json (extra file)"));
    files = b.files();
    files.push_back(
        {"national.json.minisig", fixture::sign_text(b.oom, b.fragments["national.json"], "national.json")});
    CHECK_THAT(refusal(files, b.check()),
               Contains("national.json.minisig: national.json is not delegated to a fund"));
    files = b.files();
    fixture::remove_file(files, "manifest.json");
    CHECK_THAT(refusal(files, b.check()), Contains("manifest.json: missing from the bundle"));
    files = b.files();
    fixture::remove_file(files, "manifest.json.minisig");
    CHECK_THAT(refusal(files, b.check()), Contains("manifest.json.minisig: missing"));
    files = b.files();
    files.push_back(files[2]);
    CHECK_THAT(refusal(files, b.check()), Contains(files[2].name + ": appears twice in the bundle"));
}

TEST_CASE("endless data: oversized files are refused before they are parsed or hashed") {
    fixture::Bundle b;
    auto files = b.files();
    fixture::file(files, "national.json").bytes = std::string(50 * 1024 * 1024, ' ');
    CHECK_THAT(refusal(files, b.check()),
               Contains("national.json: 52428800 bytes, more than the limit of 8388608 for this file"));
    files = b.files();
    for (int i = 0; i < 5; ++i)
        files.push_back({"big" + std::to_string(i) + ".json", std::string(7 * 1024 * 1024, ' ')});
    CHECK_THAT(refusal(files, b.check()),
               Contains("the bundle is") && Contains("more than the limit of 33554432"));
    files = b.files();
    fixture::file(files, "manifest.json.minisig").bytes += std::string(20000, 'x');
    CHECK_THAT(refusal(files, b.check()),
               Contains("manifest.json.minisig: ") && Contains("more than the limit of 16384"));
}

TEST_CASE("a manifest that is signed but malformed is refused with its JSON path") {
    fixture::Bundle b;
    auto files = b.files();
    const std::string bad = "{ \"format\": \"stapelwijzer-manifest/1\", \"catalogue\": \"nl\" ";
    fixture::file(files, "manifest.json").bytes = bad;
    fixture::file(files, "manifest.json.minisig").bytes = b.manifest_signatures(bad);
    CHECK_THAT(refusal(files, b.check()), Contains("manifest.json: not valid JSON"));
    const std::string no_frags =
        "{ \"format\": \"stapelwijzer-manifest/1\", \"catalogue\": \"nl\", \"version\": \"2026.12.1\", "
        "\"issued\": \"2026-12-01\", \"expires\": \"2027-02-30\", \"min_app_version\": \"0.1\", "
        "\"fragments\": [] }";
    fixture::file(files, "manifest.json").bytes = no_frags;
    fixture::file(files, "manifest.json.minisig").bytes = b.manifest_signatures(no_frags);
    CHECK_THAT(refusal(files, b.check()),
               Contains("manifest.json: expires: must be a date YYYY-MM-DD, got '2027-02-30'"));
}

TEST_CASE("every tamper has its own message, and a refused bundle gives no fragments") {
    // One representative of each threat; the messages must all differ.
    fixture::Bundle b;
    std::vector<std::vector<sw::BundleFile>> cases;
    auto flip = b.files();
    fixture::file(flip, "national.json").bytes[10] ^= 1;
    cases.push_back(flip);
    fixture::Bundle other_fund;
    other_fund.fund_signer["oom.json"] = &other_fund.colland;
    auto f = other_fund.files();
    cases.push_back(f);
    fixture::Bundle scope;
    scope.fragments["oom.json"] = fixture::fragment("oom", scope.version, {"x-y"});
    cases.push_back(scope.files());
    std::set<std::string> reasons;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        std::string reason = "unchanged";
        const auto v = sw::verify_bundle(cases[i],
                                         i == 0   ? b.check()
                                         : i == 1 ? other_fund.check()
                                                  : scope.check(),
                                         reason);
        CHECK_FALSE(v.has_value());
        CHECK(reason != "unchanged");
        reasons.insert(reason);
    }
    CHECK(reasons.size() == cases.size());
}

// verify_fund_fragment (stapelwijzer/bundle.h): a fund's newly signed fragment checked against its
// delegation in the published manifest before the maintainers sign a new snapshot (the rules
// workbench, docs/workbench.md). The same refusals verify_bundle gives: another fund's key, bytes
// the signature does not cover, an id outside the prefixes; plus a version older than published.
#include <catch2/catch.hpp>

#include "bundle_fixture.h"

using Catch::Matchers::Contains;

namespace {

struct Checked {
    std::optional<std::vector<std::string>> signers;
    std::string reason;
};

Checked check(const fixture::Bundle& b, const std::string& file, const std::string& bytes,
              const std::string& signature) {
    Checked c;
    c.signers = sw::verify_fund_fragment(b.manifest_text(), file, bytes, signature, c.reason);
    return c;
}

}  // namespace

TEST_CASE("a fund's new version signed with its own key verifies against its delegation") {
    fixture::Bundle b;
    const std::string next = fixture::fragment("oom", "2026.12.7", {"oom-trainingstoelage", "oom-nieuw"});
    const Checked c = check(b, "oom.json", next, fixture::sign_text(b.oom, next, "oom.json"));
    REQUIRE(c.signers);
    CHECK(c.reason.empty());
    CHECK(*c.signers == std::vector<std::string>{b.oom.id()});
    // The published version itself verifies too (nothing newer needed to check a signature).
    const std::string& published = b.fragments.at("oom.json");
    CHECK(check(b, "oom.json", published, fixture::sign_text(b.oom, published, "oom.json")).signers);
}

TEST_CASE("a fund's fragment is refused with the reason the bundle check would give") {
    fixture::Bundle b;
    const std::string next = fixture::fragment("oom", "2026.12.7", {"oom-trainingstoelage"});
    // Signed by another fund's key.
    Checked c = check(b, "oom.json", next, fixture::sign_text(b.colland, next, "oom.json"));
    CHECK_FALSE(c.signers);
    CHECK_THAT(c.reason, Contains("oom.json.minisig: signed by fund colland's key " + b.colland.id()) &&
                             Contains("but oom.json is delegated to fund oom"));
    // A signature over other bytes.
    c = check(b, "oom.json", next + " ", fixture::sign_text(b.oom, next, "oom.json"));
    CHECK_FALSE(c.signers);
    CHECK_THAT(c.reason, Contains("oom.json.minisig") && Contains("(oom.json)"));
    // An id outside the fund's prefixes, correctly signed.
    const std::string outside = fixture::fragment("oom", "2026.12.7", {"colland-iets"});
    c = check(b, "oom.json", outside, fixture::sign_text(b.oom, outside, "oom.json"));
    CHECK_FALSE(c.signers);
    CHECK_THAT(c.reason, Contains("oom.json: ") && Contains("schemes[0].id") && Contains("oom-"));
    // Older than the published version.
    const std::string older = fixture::fragment("oom", "2026.11.1", {"oom-trainingstoelage"});
    c = check(b, "oom.json", older, fixture::sign_text(b.oom, older, "oom.json"));
    CHECK_FALSE(c.signers);
    CHECK_THAT(c.reason, Contains("version 2026.11.1 is older than the published 2026.12.1"));
    // A file no fund is delegated.
    const std::string national = b.fragments.at("national.json");
    c = check(b, "national.json", national, fixture::sign_text(b.oom, national, "national.json"));
    CHECK_FALSE(c.signers);
    CHECK_THAT(c.reason, Contains("national.json: not delegated to a fund"));
    // A signature that is no minisig at all.
    c = check(b, "oom.json", next, "not a signature\n");
    CHECK_FALSE(c.signers);
    CHECK_THAT(c.reason, Contains("oom.json.minisig"));
}

// The delegation scope check on its own: what a fund's fragment may define, on odd JSON shapes.
#include "bundle/manifest_scope.h"

#include <catch2/catch.hpp>

using Catch::Matchers::Contains;
using sw::manifest::check_fragment_scope;

namespace {

const sw::manifest::Delegation kOom{"oom", {"RWQ"}, 1, {"oom-", "ooc-"}};

std::string scope(const std::string& body) {
    return check_fragment_scope("{\"catalogue\":\"nl\",\"version\":\"2026.12.1\"" + body + "}", &kOom, "nl",
                                "2026.12.1");
}

}  // namespace

TEST_CASE("a fragment inside its delegation passes") {
    CHECK(
        scope(
            R"(,"schemes":[{"id":"oom-a","formula":{"id":"not-an-id-field"}},{"id":"ooc-b"}],"notes":[{"id":"oom-n"}],)"
            R"("sets":{"oom-s":["x"]},"parameters":{"ooc-p":[{"value":1}]},"sectors":[])") == "");
    // Its own sectors and sub-sectors, codes under its prefixes (docs/rules-format.md).
    CHECK(scope(R"(,"sectors":[{"code":"oom-jachtbouw","name":{"nl":"Jachtbouw","en":"Yacht building"}}])") ==
          "");
    // Its schemes may exclude its own schemes and require any scheme (that only narrows its own).
    CHECK(
        scope(
            R"(,"schemes":[{"id":"oom-a","interactions":{"excludes":["ooc-b"],"requires":["stap-budget"]}},)"
            R"({"id":"ooc-b","condition":{"excludes":["not-interactions"]}}])") == "");
}

TEST_CASE("each way out of the delegation is refused with its path") {
    struct Case {
        const char* body;
        const char* message;
    };
    const Case cases[] = {
        {R"(,"schemes":[{"id":"oom-a"},{"id":"stap-budget"}])",
         "scheme id 'stap-budget' (schemes[1].id) is outside fund oom's delegation (prefixes: oom-, ooc-)"},
        {R"(,"notes":[{"id":"gerichte-vrijstelling"}])", "note id 'gerichte-vrijstelling' (notes[0].id)"},
        {R"(,"sets":{"twente":[]})", "set name 'twente' (sets.twente)"},
        {R"(,"regions":[{"id":"oom-regio"},{"id":"twente"}])", "region id 'twente' (regions[1].id)"},
        {R"(,"regions":[{"name":"x"}])", "regions[0].id: required field is missing"},
        {R"(,"regions":{"id":"oom-regio"})", "regions: must be a list"},
        {R"(,"parameters":{"oom-p":[],"llo-max":[]})", "parameter name 'llo-max' (parameters.llo-max)"},
        {R"(,"sectors":[{"code":"oom-eigen"},{"code":"metaal"}])",
         "sector code 'metaal' (sectors[1].code) is outside fund oom's delegation"},
        {R"(,"sectors":[{"name":"x"}])", "sectors[0].code: required field is missing"},
        {R"(,"sectors":{})", "sectors: must be a list"},
        {R"(,"schemes":[{"name":"x"}])", "schemes[0].id: required field is missing"},
        {R"(,"schemes":["oom-a"])", "schemes[0].id: required field is missing"},
        {R"(,"schemes":[{"id":7}])", "schemes[0].id: must be a string"},
        {R"(,"schemes":{"id":"oom-a"})", "schemes: must be a list"},
        {R"(,"sets":[])", "sets: must be an object"},
        // A repeated field is checked every time it appears (no parser may see a different list).
        {R"(,"schemes":[{"id":"oom-a"}],"schemes":[{"id":"slim-x"}])", "scheme id 'slim-x'"},
        {R"(,"schemes":[{"id":"oom-a","id":"slim-y"}])", "scheme id 'slim-y'"},
        {R"(,"schemes":[)", "not valid JSON"},
        // Excluding another fund's scheme would keep it out of plans: only its own schemes.
        {R"(,"schemes":[{"id":"oom-a","interactions":{"requires":["x"],"excludes":["oom-b","colland-c"]}}])",
         "excluded scheme 'colland-c' (schemes[0].interactions.excludes[1]) is outside fund oom's delegation "
         "(prefixes: oom-, "
         "ooc-): a fund may exclude only its own schemes"},
    };
    for (const auto& c : cases) {
        INFO(c.body);
        CHECK_THAT(scope(c.body), Contains(c.message));
    }
    CHECK_THAT(check_fragment_scope("[]", &kOom, "nl", "1"), Contains("must be a JSON object"));
    CHECK_THAT(check_fragment_scope(R"({"catalogue":"be","version":"1"})", &kOom, "nl", "1"),
               Contains("catalogue must be 'nl'"));
    CHECK_THAT(check_fragment_scope(R"({"catalogue":"nl","version":1})", &kOom, "nl", "1"),
               Contains("manifest.json lists version '1' of this fragment"));
}

TEST_CASE("a root fragment: any ids and sectors, but its catalogue and version are checked") {
    const std::string body = R"({"catalogue":"nl","version":"2026.12.1","sectors":[{"code":"metaal"}],)"
                             R"("schemes":[{"id":"stap-budget"}]})";
    CHECK(check_fragment_scope(body, nullptr, "nl", "2026.12.1") == "");
    CHECK_THAT(check_fragment_scope(body, nullptr, "nl", "2026.12.2"),
               Contains("version is '2026.12.1' but manifest.json lists version '2026.12.2'"));
}

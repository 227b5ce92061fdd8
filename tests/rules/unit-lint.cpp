// lint_catalogue(): contradictory conditions, parameter gaps, home-page sources, texts
// missing a language. Each check once with a finding and once without.
#include "rules/unit-rules-json-fixture.h"

using namespace rulesio_test;

namespace {

std::vector<sw::Diagnostic> lint(const J& f) {
    std::vector<sw::Diagnostic> errors;
    auto c = sw::load_catalogue(files(f), errors);
    INFO(all(errors));
    REQUIRE(c);
    return sw::lint_catalogue(*c);
}

J with_condition(J condition) {
    J f = fragment();
    f["schemes"][0]["condition"] = std::move(condition);
    return f;
}

bool never_eligible(const std::vector<sw::Diagnostic>& d) {
    return has(d, "base: schemes[0].condition", "can never be eligible");
}

}  // namespace

TEST_CASE("lint: the fixture is clean") { CHECK(lint(fragment()).empty()); }

TEST_CASE("lint: contradictory number bounds") {
    auto d = lint(with_condition(J{{"all", J::array({leaf("person.age", ">=", 60), leaf("person.age", "<=", 30)})}}));
    REQUIRE(never_eligible(d));
    CHECK(has(d, "base: schemes[0].condition", "(on person.age)"));
    CHECK_FALSE(never_eligible(
        lint(with_condition(J{{"all", J::array({leaf("person.age", ">=", 30), leaf("person.age", "<=", 30)})}}))));
    // Whole numbers: 30 < age < 31 has no age.
    CHECK(never_eligible(
        lint(with_condition(J{{"all", J::array({leaf("person.age", ">", 30), leaf("person.age", "<", 31)})}}))));
    // Outside the contract's range: NLQF levels are 1-8.
    CHECK(never_eligible(lint(with_condition(leaf("course.nlqf_level", ">", 8)))));
}

TEST_CASE("lint: two different values of one enumeration") {
    auto d = lint(with_condition(J{{"all", J::array({leaf("person.employment", "=", "employee"),
                                                    leaf("person.employment", "=", "jobseeker")})}}));
    CHECK(never_eligible(d));
    CHECK_FALSE(never_eligible(lint(with_condition(J{{"any", J::array({leaf("person.employment", "=", "employee"),
                                                                      leaf("person.employment", "=", "jobseeker")})}}))));
    CHECK(never_eligible(lint(with_condition(J{{"all", J::array({leaf("person.receives_ww", "=", true),
                                                                 J{{"not", leaf("person.receives_ww", "=", true)}}})}}))));
    CHECK(never_eligible(lint(with_condition(
        leaf("person.dismissal", "not_in", J::array({"none", "threatened", "dismissed"}))))));
}

TEST_CASE("lint: the quality set and the validity window") {
    CHECK(never_eligible(lint(with_condition(J{{"all", J::array({leaf("course.quality", "=", "ocw"),
                                                                 leaf("course.quality", "not_in", J::array({"ocw", "nrto"}))})}}))));
    CHECK_FALSE(never_eligible(lint(with_condition(J{{"all", J::array({leaf("course.quality", "in", J::array({"ocw", "nrto"})),
                                                                       leaf("course.quality", "!=", "ocw")})}}))));
    // The scheme is valid from 2020: a reference date before it can never come.
    CHECK(never_eligible(lint(with_condition(leaf("reference_date", "<", "2019-01-01")))));
}

TEST_CASE("lint: an empty any is never true") {
    CHECK(never_eligible(lint(with_condition(J{{"any", J::array()}}))));
    CHECK_FALSE(never_eligible(lint(with_condition(J{{"all", J::array()}}))));
}

TEST_CASE("lint: parameter gaps") {
    J f = fragment();
    f["parameters"]["max-age"][1]["from"] = "2023-02-01";
    auto d = lint(f);
    REQUIRE(has(d, "parameters.max-age", "has no value from 2023-01-01 to 2023-01-31"));
}

// (An empty explain text is already refused by Catalogue::compile, so it never reaches lint.)
TEST_CASE("lint: sources that are a site's home page and texts missing a language") {
    // (A scheme without any source is refused when loading: rules/unit-rules-json-meta.cpp.)
    J f = fragment();
    f["schemes"][0]["sources"].push_back(
        J{{"url", "https://www.example.org/"}, {"title", "Home"}, {"checked", "2026-11-01"}});
    f["notes"][0]["text"]["nl"] = " ";
    f["parameters"]["max-age"][1]["source"] =
        J{{"url", "https://example.org"}, {"title", "Home"}, {"checked", "2026-11-01"}};
    auto d = lint(f);
    INFO(all(d));
    CHECK(has(d, "base: schemes[0].sources[1].url", "home page"));
    CHECK(has(d, "parameters.max-age[1].source.url", "home page"));
    CHECK(has(d, "notes[0] (n-note).text.nl", "Dutch text is missing"));
    CHECK(d.size() == 3);
}

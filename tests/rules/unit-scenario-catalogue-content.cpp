// The frozen reference bundle (rules-data/reference/bundle), checked against the reference
// catalogue where scenarios cannot see it: every scheme with its kind, applicant, priority and
// window; the notes in table order; the sector vocabulary; indicative schemes telling users to
// check; fund fragments holding only ids with their prefix (docs/maintaining-rules.md). The real
// Dutch catalogue (rules-data/nl) grows freely and is not held to this list.
#include <catch2/catch.hpp>
#include <map>
#include <string>

#include "reference_bundle.h"
#include "stapelwijzer/rules.h"

namespace {

std::shared_ptr<const sw::Catalogue> reference_catalogue() {
    std::vector<sw::Diagnostic> errors;
    auto catalogue = sw_test::load_reference_catalogue(errors);
    REQUIRE(catalogue);
    return catalogue;
}

struct Expected {
    sw::Kind kind;
    sw::Applicant applicant;
    int priority;
    const char* from;
    const char* to;  // "" = open
    bool indicative;
};

std::string iso(sw::Date d) { return sw::format_iso_date(d); }

}  // namespace

TEST_CASE("every scheme of the reference catalogue, with kind, applicant, priority and window") {
    using K = sw::Kind;
    using A = sw::Applicant;
    const std::map<std::string, Expected> expected = {
        {"werkgever-verplichte-scholing", {K::Obligation, A::Employer, 0, "2022-08-01", "", false}},
        {"aplus-o-metalektro-pob", {K::Gift, A::Employer, 100, "2019-01-01", "2020-03-17", false}},
        {"aplus-o-digitale-vaardigheden", {K::Gift, A::Employer, 100, "2022-01-01", "", true}},
        {"oom-trainingstoelage", {K::Gift, A::Employer, 100, "2016-01-01", "", true}},
        {"bakkerij-opleidingsvoucher", {K::Gift, A::Person, 100, "2018-01-01", "", false}},
        {"retail-non-food-ontwikkelbudget", {K::Gift, A::Person, 100, "2019-01-01", "", false}},
        {"colland-ontwikkelbudget", {K::Gift, A::Person, 100, "2019-01-01", "", true}},
        {"slim-scholingssubsidie", {K::Gift, A::Employer, 200, "2025-03-10", "2027-12-31", false}},
        {"werkgever-aanvulling-slim", {K::Obligation, A::Employer, 250, "2025-03-10", "2027-12-31", false}},
        {"stap-budget", {K::Gift, A::Person, 200, "2022-03-01", "2023-12-31", false}},
        {"scholingsvoucher-werkzoekenden", {K::Gift, A::Person, 200, "2016-01-01", "2017-12-31", false}},
        {"uwv-scholingsbudget-ww", {K::Gift, A::Person, 200, "2018-07-01", "", true}},
        {"twents-fonds-vakmanschap", {K::Gift, A::Person, 300, "2021-02-01", "", true}},
        {"llo-krediet", {K::Loan, A::Person, 400, "2017-09-01", "", true}},
        {"scholingsaftrek", {K::Deduction, A::Person, 500, "2015-01-01", "2021-12-31", false}},
        {"ontwikkeladvies", {K::Service, A::Person, 200, "2020-10-01", "2021-12-31", false}},
        {"stap-ontwikkeladvies", {K::Service, A::Person, 200, "2022-01-01", "2022-12-15", false}},
        {"brug-ww", {K::Service, A::Person, 200, "2016-01-01", "", false}},
    };
    const auto catalogue = reference_catalogue();
    CHECK(catalogue->spec().schemes.size() == expected.size());
    for (const auto& [id, e] : expected) {
        INFO(id);
        const sw::SchemeSpec* s = catalogue->find_scheme(id);
        REQUIRE(s != nullptr);
        CHECK(s->kind == e.kind);
        CHECK(s->applicant == e.applicant);
        CHECK(s->priority == e.priority);
        CHECK(iso(s->valid_from) == e.from);
        CHECK((s->valid_to ? iso(*s->valid_to) : std::string()) == e.to);
        CHECK(s->indicative == e.indicative);
        CHECK(s->discretionary == (id == "uwv-scholingsbudget-ww"));
        // Indicative schemes say so in both languages (as the reference bundle's descriptions do).
        const bool says_nl = s->description.nl.find("indicatief: controleer bij de aanbieder") != std::string::npos;
        const bool says_en = s->description.en.find("indicative: check with the provider") != std::string::npos;
        CHECK(says_nl == e.indicative);
        CHECK(says_en == e.indicative);
        CHECK_FALSE(s->sources.empty());
        CHECK(s->apply_url.rfind("https://", 0) == 0);
    }
}

TEST_CASE("the interactions of the reference catalogue") {
    const auto catalogue = reference_catalogue();
    auto in = [&](const char* id) { return catalogue->find_scheme(id)->interactions; };
    CHECK(in("aplus-o-digitale-vaardigheden").exclusive);
    CHECK(in("bakkerij-opleidingsvoucher").exclusive);
    CHECK(in("twents-fonds-vakmanschap").subsidiary);
    CHECK(in("werkgever-aanvulling-slim").requires_schemes == std::vector<std::string>{"slim-scholingssubsidie"});
    CHECK(in("llo-krediet").not_if_fully_reimbursed);
    CHECK(in("scholingsaftrek").own_costs_only);
    int exclusive = 0, subsidiary = 0;
    for (const auto& s : catalogue->spec().schemes) {
        exclusive += s.interactions.exclusive;
        subsidiary += s.interactions.subsidiary;
        CHECK(s.interactions.excludes.empty());
    }
    CHECK(exclusive == 2);
    CHECK(subsidiary == 1);
}

TEST_CASE("notes in the order of the notes table, sectors as listed") {
    const auto catalogue = reference_catalogue();
    std::vector<std::string> notes;
    for (const auto& n : catalogue->spec().notes) {
        notes.push_back(n.id);
        CHECK_FALSE(n.text.nl.empty());
        CHECK_FALSE(n.text.en.empty());
    }
    CHECK(notes == std::vector<std::string>{"gerichte-vrijstelling", "belast-loon-risico", "transitievergoeding",
                                            "eerst-komt-eerst-maalt", "studiekostenbeding"});
    std::vector<std::string> sectors;
    for (const auto& s : catalogue->spec().sectors) sectors.push_back(s.code);
    CHECK(sectors == std::vector<std::string>{"metalektro", "metaal-mkb", "bakkerij", "retail-non-food", "kinderopvang",
                                              "zorg-welzijn", "groen", "techniek-bouw", "horeca", "schoonmaak",
                                              "overig"});
    CHECK(catalogue->spec().sets.at("twente").size() == 14);
}

TEST_CASE("fund fragments hold only ids with their prefix") {
    const auto catalogue = reference_catalogue();
    const std::map<std::string, std::string> prefix = {
        {"uwv", "uwv-"},         {"aplus-o", "aplus-o-"},
        {"oom", "oom-"},         {"bakkerij", "bakkerij-"},
        {"retail-non-food", "retail-non-food-"}, {"colland", "colland-"},
        {"twents-fonds", "twents-fonds-"},
    };
    for (const auto& s : catalogue->spec().schemes) {
        INFO(s.id << " in fragment " << s.fragment);
        if (s.fragment == "national") continue;
        REQUIRE(prefix.count(s.fragment) == 1);
        CHECK(s.id.rfind(prefix.at(s.fragment), 0) == 0);
    }
}

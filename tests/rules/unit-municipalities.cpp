// The dated list of Dutch municipalities (rules-data/nl/municipalities.json, built in) and lint's
// check of municipality names against it (docs/rules-format.md "Regions"): a typo or a name merged
// away on the dates it is used is an error with the path and the reason.
#include <algorithm>
#include <utility>
#include <vector>

#include "rules/municipalities.h"
#include "rules/unit-rules-json-fixture.h"

using namespace rulesio_test;
using sw::rules::check_municipality;

namespace {

sw::Date d(const char* iso) {
    return *sw::parse_iso_date(iso);
}

const sw::rules::MunicipalityList& list() {
    return sw::rules::dutch_municipalities();
}

struct Lint {
    std::vector<sw::Diagnostic> errors, warnings;
};

Lint lint(const J& f, const sw::rules::MunicipalityList& against = list()) {
    std::vector<sw::Diagnostic> load;
    auto c = sw::load_catalogue(files(f), load);
    INFO(all(load));
    REQUIRE(c);
    Lint out;
    sw::rules::lint_municipalities(c->spec(), against, out.errors, out.warnings);
    return out;
}

J region(const char* id, J municipalities, const char* from, const char* to = nullptr) {
    return J{
        {"id", id},
        {"name", text("Regio", "Region")},
        {"valid", J{{"from", from}, {"to", to ? J(to) : J(nullptr)}}},
        {"municipalities", std::move(municipalities)},
        {"sources",
         J::array({J{{"url", "https://example.org/regio"}, {"title", "Regio"}, {"checked", "2026-12-03"}}})}};
}

}  // namespace

TEST_CASE("municipalities: the built-in list reads cleanly and knows its mergers") {
    std::vector<sw::Diagnostic> errors;
    auto parsed =
        sw::rules::parse_municipality_list(std::string(sw::rules::dutch_municipalities_json()), errors);
    INFO(all(errors));
    REQUIRE(parsed);
    CHECK(parsed->entries.size() == list().entries.size());
    CHECK(list().complete);
    CHECK(sw::format_iso_date(list().as_of) == "2024-01-01");
    // Complete from 2015 on: the number of municipalities on each 1 January is the one CBS gives.
    const std::vector<std::pair<const char*, int>> cbs_counts = {
        {"2015-01-01", 393}, {"2016-01-01", 390}, {"2017-01-01", 388}, {"2018-01-01", 380},
        {"2019-01-01", 355}, {"2020-01-01", 355}, {"2021-01-01", 352}, {"2022-01-01", 345},
        {"2023-01-01", 342}, {"2024-01-01", 342}};
    for (const auto& [day, count] : cbs_counts) {
        const sw::Date on = d(day);
        const auto existing = std::count_if(list().entries.begin(), list().entries.end(), [&](const auto& m) {
            return (!m.from || *m.from <= on) && (!m.to || on <= *m.to);
        });
        INFO(day);
        CHECK(existing == count);
    }
    const auto* weesp = list().find("Weesp");
    REQUIRE(weesp);
    CHECK(sw::format_iso_date(*weesp->to) == "2022-03-23");
    CHECK(weesp->merged_into == std::vector<std::string>{"Amsterdam"});
    for (const char* twente : {"Almelo", "Hengelo", "Hof van Twente", "Rijssen-Holten", "Twenterand"})
        CHECK(list().find(twente));
}

TEST_CASE("municipalities: a list that is not one is refused with the path and the reason") {
    std::vector<sw::Diagnostic> errors;
    CHECK_FALSE(sw::rules::parse_municipality_list(
        R"({"format":"stapelwijzer-municipalities/1","as_of":"2024-01-01","complete":true,
            "sources":[{"url":"https://example.org/a","title":"A","checked":"2024-01-01"}],
            "municipalities":[{"name":"A","to":"2020-12-31","merged_into":["B"],"source":0},
                              {"name":"A","source":3}]})",
        errors));
    REQUIRE_DIAG(errors, "municipalities[1].name", "'A' is listed twice");
    REQUIRE_DIAG(errors, "municipalities[1].source", "");
    REQUIRE_DIAG(errors, "municipalities", "'A' merged into 'B', which is not in the list");
}

TEST_CASE("municipalities: a name is judged by its dates") {
    const auto open = std::optional<sw::Date>{};
    CHECK_FALSE(check_municipality(list(), "Hengelo", d("2019-01-01"), open));
    CHECK_FALSE(check_municipality(list(), "Haren", d("2015-01-01"), d("2018-12-31")));  // before its merger

    auto merged = check_municipality(list(), "Haren", d("2018-01-01"), open);
    REQUIRE(merged);
    CHECK(merged->error);
    CHECK(merged->message ==
          "'Haren' is not a municipality on 2019-01-01: since 2019-01-01 it is part of 'Groningen'");

    auto split = check_municipality(list(), "Haaren", d("2020-01-01"), d("2021-06-30"));
    REQUIRE(split);
    CHECK(split->message.find("'Boxtel', 'Oisterwijk', 'Tilburg' and 'Vught'") != std::string::npos);

    auto too_early = check_municipality(list(), "Het Hogeland", d("2018-01-01"), open);
    REQUIRE(too_early);
    CHECK(too_early->error);
    CHECK(too_early->message ==
          "'Het Hogeland' is not a municipality on 2018-01-01: it exists from 2019-01-01");
}

TEST_CASE("municipalities: a typo or an unknown name is an error, with a suggestion when one is close") {
    const auto open = std::optional<sw::Date>{};
    auto typo = check_municipality(list(), "Hengelo (O)", d("2026-01-01"), open);
    REQUIRE(typo);
    CHECK(typo->error);
    CHECK(typo->message ==
          "'Hengelo (O)' is not a municipality on 2026-01-01 (not in the list of Dutch municipalities of "
          "2024-01-01); did you mean 'Hengelo'?");
    auto lower = check_municipality(list(), "hof van twente", d("2026-01-01"), open);
    REQUIRE(lower);
    CHECK(lower->error);

    // The built-in list is complete: every municipality is in it (Zwolle), and a name it lacks is an
    // error, with a suggestion when one is close.
    CHECK_FALSE(check_municipality(list(), "Zwolle", d("2026-01-01"), open));
    auto near = check_municipality(list(), "Enschde", d("2026-01-01"), open);
    REQUIRE(near);
    CHECK(near->error);
    CHECK(near->message.find("did you mean 'Enschede'?") != std::string::npos);
    // A name two municipalities share apart from their province: both are suggested.
    auto both = check_municipality(list(), "Bergen", d("2026-01-01"), open);
    REQUIRE(both);
    CHECK(both->error);
    CHECK(both->message.find("did you mean 'Bergen (L)' or 'Bergen (NH)'?") != std::string::npos);
    auto made_up = check_municipality(list(), "Voorbeeldstad", d("2026-01-01"), open);
    REQUIRE(made_up);
    CHECK(made_up->error);

    // A list that covers only part of them makes a name it lacks a warning: it may be real.
    std::vector<sw::Diagnostic> errors;
    auto partial = sw::rules::parse_municipality_list(
        R"({"format":"stapelwijzer-municipalities/1","as_of":"2024-01-01","complete":false,
            "sources":[{"url":"https://example.org/a","title":"A","checked":"2024-01-01"}],
            "municipalities":[{"name":"Almelo","source":0}]})",
        errors);
    REQUIRE(partial);
    auto unknown = check_municipality(*partial, "Zwolle", d("2026-01-01"), open);
    REQUIRE(unknown);
    CHECK_FALSE(unknown->error);
    CHECK(unknown->message.find("covers only part of them") != std::string::npos);
}

TEST_CASE("municipalities: lint checks regions on their dates and leaves on their scheme's") {
    J f = fragment();
    f["regions"] = J::array({region("noord", J::array({"Groningen", "Haren", "Ten Boer"}), "2019-01-01"),
                             region("oud", J::array({"Haren"}), "2015-01-01", "2018-12-31")});
    f["schemes"][0]["condition"]["all"][1] =
        leaf("person.municipality", "in", J::array({"Hengelo (O)", "Almelo", "Weesp"}));
    f["schemes"].push_back(scheme("s-two"));
    f["schemes"][1]["condition"]["all"][1] = leaf("person.municipality", "in", J{{"region", "oud"}});
    f["schemes"][1]["formula"]["percent"] =
        J::array({J{{"when", leaf("person.municipality", "=", "Haaren")}, {"value", 80}}, J{{"value", 50}}});
    auto out = lint(f);
    INFO(all(out.errors) << all(out.warnings));
    REQUIRE_DIAG(out.errors, "base: schemes[1].formula.percent[0].when.value",
                 "'Haaren' is not a municipality on 2021-01-01: since 2021-01-01 it is part of 'Boxtel'");
    REQUIRE_DIAG(out.errors, "base: regions[0].municipalities[1]",
                 "'Haren' is not a municipality on 2019-01-01");
    REQUIRE_DIAG(out.errors, "base: regions[0].municipalities[2]",
                 "'Ten Boer' is not a municipality on 2019-01-01");
    REQUIRE_DIAG(out.errors, "base: schemes[0].condition.all[1].value[0]", "did you mean 'Hengelo'?");
    REQUIRE_DIAG(out.errors, "base: schemes[0].condition.all[1].value[2]",
                 "'Weesp' is not a municipality on 2022-03-24: since 2022-03-24 it is part of 'Amsterdam'");
    // s-two runs from 2020 with no end; region 'oud' ends in 2018.
    REQUIRE_DIAG(out.errors, "base: schemes[1].condition.all[1].value.region",
                 "scheme 's-two' (2020-01-01 to (open)) uses region 'oud' outside its dates (2015-01-01 to "
                 "2018-12-31)");
    CHECK(out.errors.size() == 6);
    CHECK(out.warnings.empty());
}

TEST_CASE("municipalities: a clean catalogue has no findings") {
    J f = fragment();
    f["regions"] = J::array({region("twente", J::array({"Almelo", "Hengelo", "Enschede"}), "2019-01-01")});
    f["schemes"][0]["condition"]["all"][1] = leaf("person.municipality", "in", J{{"region", "twente"}});
    auto out = lint(f);
    CHECK(out.errors.empty());
    CHECK(out.warnings.empty());
}

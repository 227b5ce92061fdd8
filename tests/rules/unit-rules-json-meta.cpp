// The provenance and terms of a scheme in the rules JSON (rules_json_scheme_meta.cpp): confidence
// required with three values, at least one source, a parameter period's own source, the `terms`
// block with every field and its errors; lint's home-page check on its own.
#include "rules/lint_provenance.h"
#include "rules/unit-rules-json-fixture.h"

using namespace rulesio_test;

namespace {

std::shared_ptr<const sw::Catalogue> load(const J& f) {
    std::vector<sw::Diagnostic> errors;
    auto c = sw::load_catalogue(files(f), errors);
    INFO(all(errors));
    REQUIRE(c);
    return c;
}

}  // namespace

TEST_CASE("rules json meta: confidence is required and takes confirmed, indicative, unconfirmed") {
    J f = fragment();
    f["schemes"][0].erase("confidence");
    auto e = load_errors(files(f));
    CHECK(has(e, "a.json: schemes[0].confidence", "required field is missing"));

    f["schemes"][0]["confidence"] = "probable";
    e = load_errors(files(f));
    CHECK(has(e, "a.json: schemes[0].confidence", "unconfirmed"));

    for (const auto& [name, value, indicative] :
         {std::tuple{"confirmed", sw::Confidence::Confirmed, false},
          std::tuple{"indicative", sw::Confidence::Indicative, true},
          std::tuple{"unconfirmed", sw::Confidence::Unconfirmed, true}}) {
        f["schemes"][0]["confidence"] = name;
        auto c = load(f);
        CHECK(c->find_scheme("s-gift")->confidence == value);
        CHECK(c->find_scheme("s-gift")->indicative == indicative);
    }
}

TEST_CASE("rules json meta: every scheme names at least one source") {
    J f = fragment();
    f["schemes"][0].erase("sources");
    CHECK(has(load_errors(files(f)), "a.json: schemes[0].sources", "required field is missing"));
    f["schemes"][0]["sources"] = J::array();
    CHECK(has(load_errors(files(f)), "a.json: schemes[0].sources", "at least one source"));
    f["schemes"][0]["sources"] = J::array({J{{"url", "https://example.org/a"}, {"title", "A"}}});
    CHECK(has(load_errors(files(f)), "a.json: schemes[0].sources[0].checked", "required field is missing"));
}

TEST_CASE("rules json meta: a source may give the year of its page and whether it states values") {
    J f = fragment();
    f["schemes"][0]["sources"] = J::array(
        {J{{"url", "https://example.org/a"}, {"title", "A"}, {"checked", "2026-12-03"}, {"page_year", 2025}},
         J{{"url", "https://example.org/b"}, {"title", "B"}, {"checked", "2026-12-03"}, {"scope", "period"}},
         J{{"url", "https://example.org/c"},
           {"title", "C"},
           {"checked", "2026-12-03"},
           {"scope", "values"}}});
    auto c = load(f);
    const auto& src = c->find_scheme("s-gift")->sources;
    REQUIRE(src.size() == 3);
    CHECK(src[0].page_year == 2025);
    CHECK_FALSE(src[0].period_only);
    CHECK_FALSE(src[1].page_year);
    CHECK(src[1].period_only);
    CHECK_FALSE(src[2].period_only);

    f["schemes"][0]["sources"][0]["page_year"] = 2027;
    CHECK(has(load_errors(files(f)), "a.json: schemes[0].sources[0].page_year",
              "later year than the day it was read (checked 2026-12-03), got 2027"));
    f["schemes"][0]["sources"][0]["page_year"] = "2025";
    CHECK(has(load_errors(files(f)), "a.json: schemes[0].sources[0].page_year", ""));
    f["schemes"][0]["sources"][0]["page_year"] = 2025;
    f["schemes"][0]["sources"][1]["scope"] = "amounts";
    CHECK(has(load_errors(files(f)), "a.json: schemes[0].sources[1].scope", "period"));
}

TEST_CASE("rules json meta: a parameter period may carry its own source") {
    J f = fragment();
    f["parameters"]["max-age"][1]["source"] =
        J{{"url", "https://example.org/besluit-2023"}, {"title", "Besluit 2023"}, {"checked", "2023-02-01"}};
    auto c = load(f);
    const auto& periods = c->spec().parameters.at(0).periods;
    CHECK_FALSE(periods[0].source);
    REQUIRE(periods[1].source);
    CHECK(periods[1].source->url == "https://example.org/besluit-2023");
    CHECK(sw::format_iso_date(periods[1].source->checked) == "2023-02-01");

    f["parameters"]["max-age"][1]["source"] =
        J{{"url", "ftp://x"}, {"title", "X"}, {"checked", "2023-02-01"}};
    CHECK(has(load_errors(files(f)), "a.json: parameters.max-age[1].source.url", "http(s)://"));
}

TEST_CASE("rules json meta: terms, every field read") {
    J f = fragment();
    f["schemes"][0]["terms"] = J{{"apply_weeks_before_start", 6},
                                 {"claim_by", "2026-12-31"},
                                 {"claim_months_after_end", 3},
                                 {"paid_after", J::array({"passing", "invoice_paid"})},
                                 {"repay_if_leaving_within_months", 12}};
    const auto cat = load(f);
    const auto& d = cat->find_scheme("s-gift")->deadlines;
    CHECK(d.apply_weeks_before_start == 6);
    CHECK(sw::format_iso_date(*d.claim_by) == "2026-12-31");
    CHECK(d.claim_months_after_end == 3);
    CHECK((d.paid_after == std::vector<sw::PaidAfter>{sw::PaidAfter::Passing, sw::PaidAfter::InvoicePaid}));
    CHECK(d.repay_if_leaving_within_months == 12);
    CHECK(load(fragment())->find_scheme("s-gift")->deadlines.empty());
}

TEST_CASE("rules json meta: terms errors name the field") {
    auto errors_for = [](J terms) {
        J f = fragment();
        f["schemes"][0]["terms"] = std::move(terms);
        return load_errors(files(f));
    };
    CHECK(has(errors_for(J{{"apply_weeks_before_start", -1}}),
              "a.json: schemes[0].terms.apply_weeks_before_start", ""));
    CHECK(has(errors_for(J{{"apply_weeks_before_start", 2.5}}),
              "a.json: schemes[0].terms.apply_weeks_before_start", "whole"));
    CHECK(has(errors_for(J{{"claim_by", "2026-02-30"}}), "a.json: schemes[0].terms.claim_by", "real date"));
    CHECK(has(errors_for(J{{"claim_months_after_end", 0}}), "a.json: schemes[0].terms.claim_months_after_end",
              ""));
    CHECK(has(errors_for(J{{"paid_after", J::array({"passing", "passing"})}}),
              "a.json: schemes[0].terms.paid_after[1]", "twice"));
    CHECK(has(errors_for(J{{"paid_after", J::array()}}), "a.json: schemes[0].terms.paid_after", "non-empty"));
    CHECK(has(errors_for(J{{"apply_weeks", 6}}), "a.json: schemes[0].terms.apply_weeks", "unknown field"));
    CHECK(has(errors_for(J::object()), "a.json: schemes[0].terms", "is empty"));
}

TEST_CASE("lint provenance: home pages are a site's root, with or without slash, query or fragment") {
    using sw::lint::is_home_page;
    CHECK(is_home_page("https://www.oom.nl"));
    CHECK(is_home_page("https://www.oom.nl/"));
    CHECK(is_home_page("https://www.oom.nl/?utm=x"));
    CHECK(is_home_page("http://www.oom.nl#top"));
    CHECK_FALSE(is_home_page("https://www.oom.nl/subsidies/trainingstoelage"));
    CHECK_FALSE(is_home_page("https://wetten.overheid.nl/BWBR0046050/2022-03-01"));
    CHECK_FALSE(is_home_page("https://www.oom.nl/a/"));
    // A query that names a page (a WordPress post id) is that page; tracking parameters are not.
    CHECK_FALSE(is_home_page("https://collandarbeidsmarkt.nl/?p=666"));
    CHECK_FALSE(is_home_page("https://site.nl?page_id=12&utm_source=x"));
    CHECK(is_home_page("https://site.nl/?utm_source=x&fbclid=y"));
    CHECK(is_home_page("https://site.nl/?"));
}

TEST_CASE("result json: confidence, last confirmed, sources and terms per scheme (additive fields)") {
    J f = fragment();
    f["schemes"][0]["confidence"] = "indicative";
    f["schemes"][0]["sources"][0]["checked"] = "2021-03-01";
    f["schemes"][0]["terms"] = J{{"apply_weeks_before_start", 6}, {"paid_after", J::array({"passing"})}};
    f["parameters"]["max-age"][1]["source"] =
        J{{"url", "https://example.org/besluit-2023"}, {"title", "Besluit 2023"}, {"checked", "2023-02-01"}};
    const auto cat = load(f);
    auto json_for = [&](const std::string& case_json) {
        sw::Diagnostic error;
        auto k = sw::parse_case_json(case_json, *cat, error);
        INFO(error.path << ": " << error.message);
        REQUIRE(k);
        return nlohmann::json::parse(sw::result_to_json(sw::evaluate(*cat, *k), sw::RulesInfo{}, false));
    };
    // 2023: the period's own source (2023) is the newest: the declared confidence holds.
    auto j = json_for(R"({"contract":1,"person":{"age":30,"sector":"metaal"},
                          "course":{"start_date":"2023-03-15","costs":{"tuition":1000}}})");
    auto s = j["schemes"][0];
    CHECK(s["confidence"] == "indicative");
    CHECK(s["declared_confidence"] == "indicative");
    CHECK(s["last_confirmed"] == "2023-02-01");
    CHECK_FALSE(s.contains("last_confirmed_text"));
    REQUIRE(s["sources"].size() == 2);
    CHECK(s["sources"][1]["url"] == "https://example.org/besluit-2023");
    REQUIRE(s["terms"].size() == 2);
    CHECK(s["terms"][0]["kind"] == "apply_before");
    CHECK(s["terms"][0]["date"] == "2023-02-01");
    CHECK(s["terms"][0]["number"] == 6);
    CHECK(s["terms"][0]["passed"] == false);
    CHECK(s["terms"][0]["text_nl"] ==
          "Vraag uiterlijk 1 februari 2023 aan (minstens 6 weken voor de start).");
    CHECK(s["terms"][1]["kind"] == "paid_after_passing");
    CHECK_FALSE(s["terms"][1].contains("date"));
    CHECK(s["warnings"].empty());

    // 2026, start in the past (today 2026-04-01 after a start of 2026-03-15): stale and passed.
    j = json_for(R"({"contract":1,"reference_date":"2026-04-01","person":{"age":30,"sector":"metaal"},
                     "course":{"start_date":"2026-03-15","costs":{"tuition":1000}}})");
    s = j["schemes"][0];
    CHECK(s["confidence"] == "unconfirmed");
    CHECK(s["declared_confidence"] == "indicative");
    CHECK(s["last_confirmed_text"]["text_nl"] == "Laatst bevestigd in 2023.");
    CHECK(s["terms"][0]["passed"] == true);
    REQUIRE(s["warnings"].size() == 1);
    CHECK(s["warnings"][0]["kind"] == "apply_before");
    CHECK(s["warnings"][0]["text_en"].get<std::string>().find("deadline to apply has passed") !=
          std::string::npos);
}

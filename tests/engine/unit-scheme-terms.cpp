// scheme_terms.h: a scheme's provenance on a date (sources incl. parameter periods', "last
// confirmed in 2019" and `unconfirmed` after the newest source's year) and its terms as dates and
// texts computed from the course start, with the warning when the application deadline passed.
#include <catch2/catch.hpp>

#include "engine/spec_builders.h"
#include "stapelwijzer/scheme_terms.h"

using namespace spec;

namespace {

sw::SchemeSpec with_terms() {
    sw::SchemeSpec s = scheme("a-fund");
    s.deadlines.apply_weeks_before_start = 6;
    s.deadlines.claim_by = date("2026-12-31");
    s.deadlines.claim_months_after_end = 3;
    s.deadlines.paid_after = {sw::PaidAfter::Passing, sw::PaidAfter::InvoicePaid};
    s.deadlines.repay_if_leaving_within_months = 12;
    return s;
}

}  // namespace

TEST_CASE("scheme terms: dates from the course start, in a fixed order, with NL and EN texts") {
    const auto terms = sw::scheme_terms(with_terms(), date("2026-03-15"), date("2026-01-10"));
    REQUIRE(terms.size() == 6);
    CHECK(terms[0].kind == sw::TermKind::ApplyBefore);
    CHECK(sw::format_iso_date(*terms[0].date) == "2026-02-01");  // 6 weeks before 15 March
    CHECK(terms[0].number == 6);
    CHECK_FALSE(terms[0].passed);
    CHECK(terms[0].text.nl == "Vraag uiterlijk 1 februari 2026 aan (minstens 6 weken voor de start).");
    CHECK(terms[0].text.en == "Apply by 1 February 2026 (at least 6 weeks before the start).");
    CHECK(terms[0].warning.nl.empty());
    CHECK(terms[1].kind == sw::TermKind::ClaimBy);
    CHECK(terms[1].text.nl == "Dien de declaratie uiterlijk 31 december 2026 in.");
    CHECK(terms[2].kind == sw::TermKind::ClaimAfterEnd);
    CHECK_FALSE(terms[2].date);
    CHECK(terms[2].text.en == "Claim within 3 months after the course ends.");
    CHECK(terms[3].kind == sw::TermKind::PaidAfterPassing);
    CHECK(terms[4].kind == sw::TermKind::PaidAfterInvoice);
    CHECK(terms[5].kind == sw::TermKind::Repayment);
    CHECK(terms[5].text.nl.find("12 maanden") != std::string::npos);
    CHECK(std::string(sw::term_kind_name(terms[5].kind)) == "repayment");
}

TEST_CASE("scheme terms: a start in the past warns that the application deadline has passed") {
    // Today (the reference date the shell gives) is after the start: the deadline has passed.
    auto terms = sw::scheme_terms(with_terms(), date("2026-03-15"), date("2026-04-01"));
    CHECK(terms[0].passed);
    CHECK(terms[0].warning.nl.find("voorbij") != std::string::npos);
    CHECK(terms[0].warning.en.find("1 February 2026") != std::string::npos);
    // The deadline is the last day: on it nothing has passed yet, the day after it has.
    CHECK_FALSE(sw::scheme_terms(with_terms(), date("2026-03-15"), date("2026-02-01"))[0].passed);
    CHECK(sw::scheme_terms(with_terms(), date("2026-03-15"), date("2026-02-02"))[0].passed);
    // Without a reference date of its own the case's reference is its start: no warning.
    terms = sw::scheme_terms(with_terms(), date("2026-03-15"), date("2026-03-15"));
    CHECK_FALSE(terms[0].passed);
    CHECK(terms[0].warning.nl.empty());
}

TEST_CASE("scheme terms: without a start date the rule is said without a date") {
    const auto terms = sw::scheme_terms(with_terms(), std::nullopt, date("2026-01-10"));
    CHECK_FALSE(terms[0].date);
    CHECK_FALSE(terms[0].passed);
    CHECK(terms[0].text.nl == "Vraag minstens 6 weken voor de start van de opleiding aan.");
    CHECK(terms[0].text.en == "Apply at least 6 weeks before the course starts.");
    CHECK(sw::scheme_terms(scheme("plain"), std::nullopt, date("2026-01-10")).empty());
    sw::SchemeSpec one = scheme("one-week");
    one.deadlines.apply_weeks_before_start = 1;
    CHECK(sw::scheme_terms(one, std::nullopt, date("2026-01-10"))[0].text.en ==
          "Apply at least 1 week before the course starts.");
}

TEST_CASE("provenance: sources, last confirmed, and unconfirmed after the newest source's year") {
    sw::SchemeSpec s = scheme("old-fund");
    s.confidence = sw::Confidence::Indicative;
    s.sources = {{"https://example.org/regeling-2018", "2018", date("2018-05-01")},
                 {"https://example.org/regeling-2019", "2019", date("2019-03-04")}};
    s.condition = all({leaf_param(sw::Fact::PersonAge, sw::Op::Lt, "max-age")});
    auto spec = catalogue({s});
    sw::Parameter p;
    p.name = "max-age";
    sw::ParameterPeriod early, late;
    early.to = date("2019-12-31");
    early.values = {40.0};
    early.source = sw::Source{"https://example.org/besluit-2015", "Besluit", date("2015-01-01")};
    late.from = date("2020-01-01");
    late.values = {50.0};
    late.source = sw::Source{"https://example.org/besluit-2020", "Besluit 2020", date("2020-02-02")};
    p.periods = {early, late};
    spec.parameters.push_back(p);
    const auto cat = compile(spec);
    const sw::SchemeSpec& compiled = *cat->find_scheme("old-fund");

    auto p2019 = sw::scheme_provenance(*cat, compiled, date("2019-06-01"));
    CHECK(p2019.sources.size() == 3);  // the scheme's two, then the period in force
    CHECK(p2019.sources[2]->url == "https://example.org/besluit-2015");
    CHECK(sw::format_iso_date(*p2019.last_confirmed) == "2019-03-04");
    CHECK_FALSE(p2019.stale);
    CHECK(p2019.at_date == sw::Confidence::Indicative);
    CHECK(p2019.last_confirmed_text.nl.empty());

    // In 2020 the parameter's own 2020 source confirms it.
    auto p2020 = sw::scheme_provenance(*cat, compiled, date("2020-06-01"));
    CHECK(p2020.sources.back()->url == "https://example.org/besluit-2020");
    CHECK_FALSE(p2020.stale);

    // In 2026 nothing newer than 2020: unconfirmed, "last confirmed in 2020".
    auto p2026 = sw::scheme_provenance(*cat, compiled, date("2026-01-01"));
    CHECK(p2026.stale);
    CHECK(p2026.declared == sw::Confidence::Indicative);
    CHECK(p2026.at_date == sw::Confidence::Unconfirmed);
    CHECK(p2026.last_confirmed_text.nl == "Laatst bevestigd in 2020.");
    CHECK(p2026.last_confirmed_text.en == "Last confirmed in 2020.");
    CHECK(std::string(sw::confidence_name(p2026.at_date)) == "unconfirmed");
    CHECK(sw::confidence_from_name("indicative") == sw::Confidence::Indicative);
    CHECK_FALSE(sw::confidence_from_name("sure"));
}

TEST_CASE("provenance: a page's own year counts, not the day it was read; a period-only page confirms no values") {
    sw::SchemeSpec s = scheme("read-late");
    s.confidence = sw::Confidence::Confirmed;
    // Read in 2026, but the page is of 2019; a 2026 page that only says the cao still runs.
    s.sources = {sw::Source{"https://example.org/regeling", "Regeling 2019", date("2026-12-03"), 2019},
                 sw::Source{"https://example.org/cao-2026", "Cao loopt door", date("2026-12-03"), 2026, true}};
    const auto cat = compile(catalogue({s}));
    const auto p = sw::scheme_provenance(*cat, *cat->find_scheme("read-late"), date("2026-06-01"));
    CHECK(sw::format_iso_date(*p.last_confirmed) == "2026-12-03");  // the newest `checked`, as before
    REQUIRE(p.last_confirmed_year);
    CHECK(*p.last_confirmed_year == 2019);
    CHECK(p.stale);
    CHECK(p.at_date == sw::Confidence::Unconfirmed);
    CHECK(p.last_confirmed_text.nl == "Laatst bevestigd in 2019.");
    // In 2019 itself it is what the catalogue declares.
    const auto p2019 = sw::scheme_provenance(*cat, *cat->find_scheme("read-late"), date("2019-06-01"));
    CHECK_FALSE(p2019.stale);
    CHECK(p2019.at_date == sw::Confidence::Confirmed);
}

TEST_CASE("date in words: Dutch and English month names") {
    CHECK(sw::date_in_words(date("2026-02-01")).nl == "1 februari 2026");
    CHECK(sw::date_in_words(date("2025-12-31")).en == "31 December 2025");
}

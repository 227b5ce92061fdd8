// The confirmation section of docs/coverage.md (src/rules/coverage_confirmation.cpp): a scheme in
// force counts as confirmed for year-1/year only by a source whose `page_year` is one of those years
// and that states its values; a `scope: period` page makes it `partly`; `checked` alone never counts;
// the search notes fill the last column and list the funds.
#include "rules/unit-rules-json-fixture.h"
#include "stapelwijzer/coverage.h"

using namespace rulesio_test;

namespace {

J source(const char* url, const char* checked) {
    return J{{"url", url}, {"title", url}, {"checked", checked}};
}

std::shared_ptr<const sw::Catalogue> catalogue_with(const std::vector<std::pair<const char*, J>>& schemes) {
    J f = fragment();
    f["schemes"] = J::array();
    f["notes"] = J::array();
    for (const auto& [id, sources] : schemes) {
        J s = scheme(id);
        s["sources"] = sources;
        f["schemes"].push_back(s);
    }
    std::vector<sw::Diagnostic> errors;
    auto c = sw::load_catalogue(files(f), errors);
    INFO(all(errors));
    REQUIRE(c);
    return c;
}

std::string row(const std::string& md, const std::string& id) {
    const auto at = md.find("| `" + id + "` |", md.find("## Confirmed for"));
    REQUIRE(at != std::string::npos);
    return md.substr(at, md.find('\n', at) - at);
}

}  // namespace

TEST_CASE(
    "coverage confirmation: only a page of the judged year or the year before that states values counts") {
    J dated = J::array({source("https://example.org/2025", "2026-12-03")});
    dated[0]["page_year"] = 2025;
    J period = J::array({source("https://example.org/cao-2026", "2026-12-03")});
    period[0]["page_year"] = 2026;
    period[0]["scope"] = "period";
    J old = J::array({source("https://example.org/2019", "2019-05-01")});
    old[0]["page_year"] = 2019;
    J undated = J::array({source("https://example.org/undated", "2026-12-03")});
    auto c =
        catalogue_with({{"s-dated", dated}, {"s-period", period}, {"s-old", old}, {"s-undated", undated}});
    const std::string md = sw::coverage_markdown(*c, sw::date_from_ymd(2026, 1, 1));

    CHECK(md.find("## Confirmed for 2025 and 2026") != std::string::npos);
    CHECK(md.find("| schemes in force on 2026-01-01 | 4 |") != std::string::npos);
    CHECK(md.find("| confirmed by a page of 2025 or 2026 | 1 |") != std::string::npos);
    CHECK(md.find("| partly (a page of 2025 or 2026 shows only that it runs) | 1 |") != std::string::npos);
    CHECK(md.find("| not confirmed by a page of 2025 or 2026 | 2 |") != std::string::npos);
    CHECK(row(md, "s-dated").find("| yes | 2025 | [https://example.org/2025]") != std::string::npos);
    CHECK(row(md, "s-period").find("| partly | 2026 (period only) |") != std::string::npos);
    CHECK(row(md, "s-old").find("| no | 2019 |") != std::string::npos);
    // Read on 2026-12-03 but undated: the day it was read is no page year.
    CHECK(row(md, "s-undated").find("| no | no dated page | — |") != std::string::npos);
    // Rows: confirmed first, then partly, then the rest by id.
    const auto section = md.find("## Confirmed for");
    CHECK(md.find("| `s-dated` |", section) < md.find("| `s-period` |", section));
    CHECK(md.find("| `s-period` |", section) < md.find("| `s-old` |", section));
    CHECK(md.find("| `s-old` |", section) < md.find("| `s-undated` |", section));

    // Judged in 2028, a page of 2025 is too old.
    const std::string later = sw::coverage_markdown(*c, sw::date_from_ymd(2028, 1, 1));
    CHECK(later.find("| confirmed by a page of 2027 or 2028 | 0 |") != std::string::npos);
}

TEST_CASE("coverage confirmation: a scheme not in force is not judged; the search notes are shown") {
    J dated = J::array({source("https://example.org/2025", "2026-12-03")});
    dated[0]["page_year"] = 2025;
    auto c = catalogue_with(
        {{"s-dated", dated}, {"s-other", J::array({source("https://example.org/x", "2026-12-03")})}});
    sw::SearchNotes notes;
    notes.searched_on = "2026-12-03";
    notes.schemes["s-other"] = "Searched \"fonds 2025\": nothing newer.";
    notes.funds = {"Fonds X: newest page 2019."};
    const std::string md = sw::coverage_markdown(*c, sw::date_from_ymd(2026, 1, 1), &notes);
    CHECK(row(md, "s-other").find("| Searched \"fonds 2025\": nothing newer. |") != std::string::npos);
    CHECK(md.find("## Funds searched without a source of 2025 or 2026\n\nSearched on 2026-12-03") !=
          std::string::npos);
    CHECK(md.find("- Fonds X: newest page 2019.\n") != std::string::npos);

    // Before the schemes start (2020-01-01) nothing is in force.
    const std::string early = sw::coverage_markdown(*c, sw::date_from_ymd(2019, 6, 1));
    CHECK(early.find("| schemes in force on 2019-06-01 | 0 |") != std::string::npos);
    CHECK(early.find("## Funds searched") == std::string::npos);
}

// stapelwijzer/coverage.h: the catalogue's coverage as Markdown (docs/coverage.md), generated so it
// never goes stale: sectors -> fund -> schemes -> in force on a date or not -> confidence -> source,
// with counts and the sectors that no scheme names yet (src/rules/coverage_markdown.cpp), and which
// schemes in force a page of that year or the year before confirms (src/rules/coverage_confirmation.cpp).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "stapelwijzer/catalogue.h"

namespace sw {

// What a search for newer sources found where the catalogue has none (rules-data/nl/searches.json,
// read by `stapelwijzer catalogue --searched`): kept beside the bundle, not in it, because it says
// nothing about a scheme's rules.
struct SearchNotes {
    std::string searched_on;                     // ISO date of the search
    std::map<std::string, std::string> schemes;  // scheme id -> what was searched and found
    std::vector<std::string> funds;              // one line per fund searched without a newer source
};

// `as_of`: the date "in force" and the confidence are judged on (docs/coverage.md uses 2026-01-01).
// `notes`: optional; adds its text to the confirmation table and lists its funds.
std::string coverage_markdown(const Catalogue& catalogue, Date as_of, const SearchNotes* notes = nullptr);

// The section "Confirmed for <year-1> and <year>" of coverage_markdown(): per scheme in force on
// `as_of`, the newest page year among its sources and whether a page of those two years states its
// values (docs/rules-format.md "Provenance": `page_year`, `scope`).
std::string coverage_confirmation_markdown(const Catalogue& catalogue, Date as_of, const SearchNotes* notes);

}  // namespace sw

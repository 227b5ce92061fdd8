// scenario_compare_meta.cpp: compare_scenario_meta() (scenario.h): a scenario's expected
// confidence and terms per scheme against scheme_provenance() and scheme_terms() on the result's
// reference date and course start, as the result JSON gives them.
#include <algorithm>

#include "scenario.h"
#include "stapelwijzer/scheme_terms.h"

namespace sw {

namespace {

std::string join(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + items[i];
    return out + "]";
}

const SchemeSpec* shown(const Result& result, const std::string& id) {
    const bool in_result = std::any_of(result.schemes.begin(), result.schemes.end(),
                                       [&](const SchemeResult& s) { return s.id == id; });
    return in_result && result.catalogue ? result.catalogue->find_scheme(id) : nullptr;
}

}  // namespace

void compare_scenario_meta(const ScenarioExpected& expected, const Result& result,
                           std::vector<std::string>& problems) {
    for (const auto& [id, want] : expected.confidence) {
        const SchemeSpec* spec = shown(result, id);
        if (!spec) {
            problems.push_back("confidence of " + id + ": expected " + want +
                               ", but the scheme is not in the result");
            continue;
        }
        const std::string got =
            confidence_name(scheme_provenance(*result.catalogue, *spec, result.reference_date).at_date);
        if (got != want) problems.push_back("confidence of " + id + ": expected " + want + ", got " + got);
    }
    for (const auto& [id, want] : expected.terms) {
        const SchemeSpec* spec = shown(result, id);
        if (!spec) {
            problems.push_back("terms of " + id + ": expected " + join(want) +
                               ", but the scheme is not in the result");
            continue;
        }
        std::vector<std::string> got;
        for (const SchemeTerm& t : scheme_terms(*spec, result.course_start, result.reference_date))
            got.push_back(std::string(term_kind_name(t.kind)) +
                          (t.date ? " " + format_iso_date(*t.date) : "") + (t.passed ? " passed" : ""));
        if (got != want)
            problems.push_back("terms of " + id + ": expected " + join(want) + "; got " + join(got));
    }
}

}  // namespace sw

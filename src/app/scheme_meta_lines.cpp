#include "scheme_meta_lines.h"

#include "format.h"
#include "result_lookup.h"
#include "stapelwijzer/scheme_terms.h"
#include "string_table.h"
#include "view_model.h"

namespace sw::app {
namespace {

Date reference_date() {
    const ViewModel& m = vm();
    return m.outcome.ok ? m.outcome.result.reference_date : parse_iso_date(m.today).value_or(Date{});
}

S confidence_string(Confidence c) {
    switch (c) {
        case Confidence::Confirmed:
            return S::ConfidenceConfirmed;
        case Confidence::Indicative:
            return S::ConfidenceIndicative;
        case Confidence::Unconfirmed:
            break;
    }
    return S::ConfidenceUnconfirmed;
}

}  // namespace

std::string confidence_line(const SchemeSpec& scheme) {
    const Catalogue* catalogue = vm().planner->catalogue();
    if (!catalogue) return {};
    const Provenance p = scheme_provenance(*catalogue, scheme, reference_date());
    std::string line = fmt(S::AdviserConfidence, tr(confidence_string(p.at_date)));
    if (p.stale) line += " " + std::string(text_in_language(p.last_confirmed_text));
    return line;
}

std::vector<std::string> term_lines(const SchemeSpec& scheme) {
    const ViewModel& m = vm();
    std::optional<Date> start = m.outcome.ok ? m.outcome.result.course_start : std::nullopt;
    // "Today" is the device's date here: a start date before it makes a passed deadline visible.
    const Date today = parse_iso_date(m.today).value_or(reference_date());
    std::vector<std::string> out;
    for (const SchemeTerm& t : scheme_terms(scheme, start, today)) {
        out.push_back(text_in_language(t.text));
        if (!t.warning.nl.empty()) out.push_back(text_in_language(t.warning));
    }
    return out;
}

std::vector<const Source*> scheme_sources(const SchemeSpec& scheme) {
    const Catalogue* catalogue = vm().planner->catalogue();
    if (!catalogue) return {};
    return scheme_provenance(*catalogue, scheme, reference_date()).sources;
}

std::string source_line(const Source& s) {
    return "• " + s.title + " — " + s.url + " (" +
           fmt(S::AdviserChecked, long_date(format_iso_date(s.checked))) + ")";
}

}  // namespace sw::app

// result_json_meta.cpp: add_scheme_meta() (result_json_meta.h). The texts come from
// scheme_terms.h, so the CLI, the JavaScript API and the app say the same.
#include "result_json_meta.h"

#include <string>

#include "stapelwijzer/scheme_terms.h"

namespace sw {

void add_scheme_meta(nlohmann::ordered_json& j, const Result& result, std::string_view id) {
    using J = nlohmann::ordered_json;
    if (!result.catalogue) return;
    const SchemeSpec* spec = result.catalogue->find_scheme(std::string(id));
    if (!spec) return;
    const Provenance p = scheme_provenance(*result.catalogue, *spec, result.reference_date);
    j["confidence"] = confidence_name(p.at_date);
    j["declared_confidence"] = confidence_name(p.declared);
    j["last_confirmed"] = p.last_confirmed ? J(format_iso_date(*p.last_confirmed)) : J(nullptr);
    if (p.stale) {
        J text = J::object();
        text["text_nl"] = p.last_confirmed_text.nl;
        text["text_en"] = p.last_confirmed_text.en;
        j["last_confirmed_text"] = std::move(text);
    }
    J sources = J::array();
    for (const Source* s : p.sources) {
        J sj = J::object();
        sj["url"] = s->url;
        sj["title"] = s->title;
        sj["checked"] = format_iso_date(s->checked);
        sources.push_back(std::move(sj));
    }
    j["sources"] = std::move(sources);
    J terms = J::array(), warnings = J::array();
    for (const SchemeTerm& t : scheme_terms(*spec, result.course_start, result.reference_date)) {
        J tj = J::object();
        tj["kind"] = term_kind_name(t.kind);
        if (t.date) tj["date"] = format_iso_date(*t.date);
        if (t.number != 0) tj["number"] = t.number;
        tj["passed"] = t.passed;
        tj["text_nl"] = t.text.nl;
        tj["text_en"] = t.text.en;
        terms.push_back(std::move(tj));
        if (!t.warning.nl.empty()) {
            J w = J::object();
            w["kind"] = term_kind_name(t.kind);
            w["text_nl"] = t.warning.nl;
            w["text_en"] = t.warning.en;
            warnings.push_back(std::move(w));
        }
    }
    j["terms"] = std::move(terms);
    j["warnings"] = std::move(warnings);
}

}  // namespace sw

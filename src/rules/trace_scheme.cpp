// trace_scheme.cpp: trace_scheme_refusal(), why a scheme has no condition trace for a case, in the
// words the CLI's `explain` and the JavaScript API's trace() report (both as bad input, code 2).
// The validity test is the engine's: valid_from <= reference date <= valid_to, both inclusive.
#include "stapelwijzer/trace_json.h"

namespace sw {

std::string trace_scheme_refusal(const Catalogue& catalogue, const Case& c, const std::string& scheme_id) {
    const SchemeSpec* s = catalogue.find_scheme(scheme_id);
    if (!s) return "unknown scheme '" + scheme_id + "' (not in catalogue " + catalogue.spec().id + ")";
    const Date ref = c.reference_date;
    if (ref < s->valid_from || (s->valid_to && ref > *s->valid_to)) {
        return "scheme '" + scheme_id + "' is not valid on " + format_iso_date(ref) + " (valid " +
               format_iso_date(s->valid_from) +
               (s->valid_to ? " to " + format_iso_date(*s->valid_to) : " onwards") + ")";
    }
    return "";
}

}  // namespace sw

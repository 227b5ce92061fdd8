// stapelwijzer/trace_json.h: one scheme's whole condition trace (trace.h) as JSON, shared by
// `stapelwijzer explain --format json` and the JavaScript API's trace() so both give the same bytes
// (src/rules/trace_json.cpp, src/rules/trace_scheme.cpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "stapelwijzer/case.h"
#include "stapelwijzer/catalogue.h"
#include "stapelwijzer/trace.h"
#include "stapelwijzer/types.h"

namespace sw {

// {"scheme":"id","reference_date":"YYYY-MM-DD","conditions":[{"depth":0,"kind":"all",
//  "outcome":"true","text":{"nl":"…","en":"…"},"fact":"person.age"}, …]} with the lines in the
// trace's pre-order; "fact" only on leaves. Keys in this order; 2-space indent when pretty, else one
// line; no final newline. UTF-8 (an invalid byte in a text becomes U+FFFD).
std::string trace_to_json(std::string_view scheme_id, Date reference_date,
                          const std::vector<ConditionLine>& lines, bool pretty = true);

// Why condition_trace() gives nothing for `scheme_id` on the case's reference date: "" when the
// catalogue has the scheme and it is valid then; else a sentence naming the id ("unknown scheme
// 'x'", "scheme 'x' is not valid on 2026-09-01 (valid 2027-01-01 to 2027-12-31)").
std::string trace_scheme_refusal(const Catalogue& catalogue, const Case& c, const std::string& scheme_id);

}  // namespace sw

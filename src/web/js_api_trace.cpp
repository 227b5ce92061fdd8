// js_api_trace.cpp: every condition of one scheme with its outcome for one case, the adviser's
// condition trace (stapelwijzer/trace.h) for the JavaScript API's trace(). Return codes are the
// CLI's exit codes: 0 ok (sw_api_output() is the JSON, byte for byte what `stapelwijzer explain
// --format json` prints, final newline included), 2 bad case or a scheme id the catalogue does
// not have on the case's reference date (the output names the field or the id), 3 no usable rules.
#include <emscripten.h>

#include <string>

#include "js_api_output.h"
#include "session/session.h"
#include "stapelwijzer/rules.h"
#include "stapelwijzer/trace.h"
#include "stapelwijzer/trace_json.h"

extern "C" EMSCRIPTEN_KEEPALIVE int sw_api_trace(const char* case_json, const char* scheme_id) {
    namespace api = sw::web::api;
    const auto& planner = *sw::session::current();
    if (!planner.catalogue()) return api::finish(3, planner.refusal());
    sw::Diagnostic error;
    auto c = sw::parse_case_json(case_json ? case_json : "", *planner.catalogue(), error);
    if (!c) return api::finish(2, error.path.empty() ? error.message : error.path + ": " + error.message);
    const std::string id = scheme_id ? scheme_id : "";
    std::string refusal = sw::trace_scheme_refusal(*planner.catalogue(), *c, id);
    if (!refusal.empty()) return api::finish(2, "scheme: " + refusal);
    const auto lines = sw::condition_trace(*planner.catalogue(), *c, id);
    return api::finish(0, sw::trace_to_json(id, c->reference_date, lines) + "\n");
}

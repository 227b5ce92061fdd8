// js_api_calc.cpp: plan one case, the JavaScript API's main call (C entry point, no embind, so a
// page under a strict Content-Security-Policy needs no 'unsafe-eval'). Return codes are the CLI's
// exit codes: 0 ok (sw_api_output() is the result JSON, byte for byte what `stapelwijzer plan`
// prints before its final newline), 2 bad case (the output names the field and why), 3 no usable
// rules.
#include <emscripten.h>

#include "js_api_output.h"
#include "session/session.h"

extern "C" EMSCRIPTEN_KEEPALIVE int sw_api_plan(const char* case_json) {
    namespace api = sw::web::api;
    const auto& planner = *sw::session::current();
    if (!planner.catalogue()) return api::finish(3, planner.refusal());
    auto out = planner.plan(case_json ? case_json : "");
    if (!out.ok) return api::finish(2, out.error);
    return api::finish(0, std::move(out.json));
}

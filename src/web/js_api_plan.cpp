// js_api_plan.cpp: the planning half of the JavaScript API (embind), over src/web/planner.h:
//   rulesState()       -> "ok" | "expired" | "refused"   (built-in signed bundle, judged at today)
//   rulesRefusal()     -> why the rules were refused ("" when not refused)
//   plan(caseJson)     -> contract JSON, the same bytes as `stapelwijzer plan` prints
//                         (a bad case throws an Error whose message names the field and why)
// `today` comes from the clock once, only to judge bundle expiry (never a case's date).
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <ctime>
#include <string>

#include "planner.h"

namespace {

sw::Date today() {
    std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    return sw::date_from_ymd(utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday);
}

const sw::web::Planner& planner() {
    static const sw::web::Planner p(today());
    return p;
}

std::string rules_state() {
    switch (planner().state()) {
        case sw::web::RulesState::Ok: return "ok";
        case sw::web::RulesState::Expired: return "expired";
        case sw::web::RulesState::Refused: break;
    }
    return "refused";
}

std::string rules_refusal() { return planner().refusal(); }

std::string plan(const std::string& case_json) {
    auto out = planner().plan(case_json);
    if (!out.ok) emscripten::val::global("Error").new_(out.error).throw_();
    return out.json;
}

}  // namespace

EMSCRIPTEN_BINDINGS(stapelwijzer_plan) {
    emscripten::function("rulesState", &rules_state);
    emscripten::function("rulesRefusal", &rules_refusal);
    emscripten::function("plan", &plan);
}

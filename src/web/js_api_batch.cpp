// js_api_batch.cpp: many cases at once, as `stapelwijzer batch` does with JSON Lines: one case per
// line in, one compact result per line out, or {"row":N,"error":"..."} for a line with bad input
// (the other lines are still computed). Both call sw::batch_jsonl(), so the output is byte for byte
// the CLI's and an employer gets the same file from the browser as from the command line.
#include <emscripten.h>

#include "js_api_output.h"
#include "session/session.h"
#include "stapelwijzer/rules.h"

extern "C" EMSCRIPTEN_KEEPALIVE int sw_api_batch(const char* jsonl) {
    namespace api = sw::web::api;
    const auto& planner = *sw::session::current();
    if (!planner.catalogue()) return api::finish(3, planner.refusal());
    return api::finish(0, sw::batch_jsonl(*planner.catalogue(), planner.info(), jsonl ? jsonl : ""));
}

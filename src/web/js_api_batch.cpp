// js_api_batch.cpp: many cases at once, as `stapelwijzer batch` does with JSON Lines: one case per
// line in, one compact result per line out, or {"row":N,"error":"..."} for a line with bad input
// (the other lines are still computed). The output is byte for byte the CLI's, so an employer
// gets the same file from the browser as from the command line.
#include <emscripten.h>

#include <nlohmann/json.hpp>

#include "js_api_session.h"
#include "stapelwijzer/engine.h"

extern "C" EMSCRIPTEN_KEEPALIVE int sw_api_batch(const char* jsonl) {
    namespace api = sw::web::api;
    const auto& planner = api::session();
    if (!planner.catalogue()) return api::finish(3, planner.refusal());
    const std::string text = jsonl ? jsonl : "";
    std::string out;
    int line = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string l = text.substr(start, end - start);
        start = end + 1;
        ++line;
        if (!l.empty() && l.back() == '\r') l.pop_back();
        if (l.find_first_not_of(" \t") == std::string::npos) continue;  // blank lines carry no case
        sw::Diagnostic d;
        if (auto c = sw::parse_case_json(l, *planner.catalogue(), d)) {
            out += sw::result_to_json(sw::evaluate(*planner.catalogue(), *c), planner.info(), false) + "\n";
        } else {
            std::string error = d.path.empty() ? d.message : d.path + ": " + d.message;
            out += "{\"row\":" + std::to_string(line) + ",\"error\":" +
                   nlohmann::json(error).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "}\n";
        }
    }
    return api::finish(0, std::move(out));
}

// test_state.cpp: the app's state as JSON for the test hook (test_hook.cpp): which screen, the
// case the app computes (contract JSON) and the result it shows (the planner's contract JSON).
#include "test_state.h"

#include <imgui.h>

#include <nlohmann/json.hpp>

#include "condition_lines.h"
#include "format.h"
#include "string_table.h"
#include "view_model.h"

namespace sw::app {

std::string test_state_json() {
    const ViewModel& m = vm();
    nlohmann::json j;
    const auto state = m.planner ? m.planner->state() : session::RulesState::Refused;
    j["screen"] = state == session::RulesState::Refused ? "refused" : "app";
    j["rules_state"] = state == session::RulesState::Ok ? "ok" : state == session::RulesState::Expired ? "expired" : "refused";
    j["builtin_rules"] = m.builtin_rules;
    j["language"] = lang_code();
    j["revision"] = m.revision;
    j["remember"] = m.remember;
    j["adviser"] = m.adviser;
    j["today"] = m.today;
    j["display"] = {ImGui::GetIO().DisplaySize.x, ImGui::GetIO().DisplaySize.y};
    j["mouse"] = {ImGui::GetIO().MousePos.x, ImGui::GetIO().MousePos.y, ImGui::GetIO().MouseWheel};
    j["input_problem"] = m.input_problem;
    j["case_json"] = case_json();  // the case the app computed (tests feed it to the CLI)
    j["result_json"] = result_json();
    j["error"] = m.outcome.error;
    // With the adviser view on: each scheme's condition lines as the view draws them.
    if (m.adviser && m.outcome.ok) {
        nlohmann::json trace = nlohmann::json::object();
        for (const auto& s : m.outcome.result.schemes) {
            const std::string id(s.id);
            nlohmann::json lines = nlohmann::json::array();
            for (const auto& l : condition_lines(id))
                lines.push_back({{"depth", l.depth},
                                 {"kind", condition_kind_name(l.kind)},
                                 {"outcome", condition_outcome_name(l.outcome)},
                                 {"text_nl", l.text.nl},
                                 {"text_en", l.text.en},
                                 {"fact", l.fact}});
            trace[id] = lines;
        }
        j["adviser_trace"] = trace;
    }
    return j.dump();
}

}  // namespace sw::app

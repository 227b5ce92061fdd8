// test_state.cpp: the app's state as JSON for the test hook (test_hook.cpp): which screen, the
// case the app computes (contract JSON) and the result it shows (the planner's contract JSON).
#include "test_state.h"

#include <imgui.h>

#include <nlohmann/json.hpp>

#include "condition_lines.h"
#include "employer_model.h"
#include "format.h"
#include "string_table.h"
#include "view_model.h"

namespace sw::app {

// The employer view: its phase, the mapping, the progress, the rows in the order shown (at most
// 200), totals and applications (at most 200, and their count); the CSV itself is read from the download.
static nlohmann::json employer_state() {
    const employer::Model& m = employer::model();
    const char* phases[] = {"empty", "mapping", "computing", "done"};
    const char* problems[] = {"", "empty", "header_only", "too_large", "not_text", "bad_header", "workbook"};
    nlohmann::json e;
    e["active"] = m.active;
    e["phase"] = phases[static_cast<int>(m.phase)];
    e["problem"] = problems[static_cast<int>(m.problem)];
    e["xlsx_problem"] = m.xlsx_problem;
    e["problem_detail"] = m.problem_detail;
    e["source"] = m.source;
    e["separator"] = std::string(1, m.separator);
    e["records"] = m.records.size();
    e["computed"] = m.next;
    e["cancelled"] = m.cancelled;
    e["mapping_error"] = m.mapping_error;
    e["map_spec"] = employer::map_spec();
    e["course_json"] = m.course_json;
    e["courses_json"] = m.courses_json;
    e["work_ms"] = m.work_ms;
    e["stage_ms"] = {{"read", m.stage_ms[0]},
                     {"share", m.stage_ms[1]},
                     {"evaluate", m.stage_ms[2]},
                     {"rows", m.rows_ms},
                     {"finish", m.finish_ms}};
    e["slices"] = m.slices;
    const char* stages[] = {"read", "share", "evaluate"};
    e["stage"] = stages[static_cast<int>(m.stage)];
    nlohmann::json named = nlohmann::json::array();
    for (const auto& c : m.named_courses) named.push_back(c.name);
    e["named_courses"] = named;
    // Per shared company budget: the pot, what was shared out and to how many rows.
    nlohmann::json budgets = nlohmann::json::array();
    for (const BudgetShare& b : m.shares) {
        int people = 0;
        for (Cents g : b.given) people += g > 0 ? 1 : 0;
        budgets.push_back(
            {{"scheme", b.scheme}, {"pot", b.pot}, {"given", b.given_total}, {"people", people}});
    }
    e["budgets"] = budgets;
    e["revision"] = m.revision;
    nlohmann::json cols = nlohmann::json::array();
    for (const auto& c : m.columns) cols.push_back({{"header", c.header}, {"path", c.path}});
    e["columns"] = cols;
    nlohmann::json rows = nlohmann::json::array();
    for (std::size_t k = 0; k < m.order.size() && k < 200; ++k) {
        const auto& r = m.rows[static_cast<std::size_t>(m.order[k])];
        nlohmann::json plan = nlohmann::json::array();
        for (const auto& p : r.plan)
            plan.push_back({{"scheme", p.scheme},
                            {"amount_cents", p.amount},
                            {"applicant", p.applicant == Applicant::Employer ? "employer" : "person"}});
        nlohmann::json possible = nlohmann::json::array();
        for (const auto& p : r.possible) possible.push_back({{"scheme", p.scheme}, {"deciding", p.deciding}});
        nlohmann::json notes = nlohmann::json::array();
        for (const auto& n : r.notes) notes.push_back(n.nl);
        nlohmann::json shares = nlohmann::json::object();
        for (const auto& [scheme, cents] : r.budgets) shares[scheme] = cents;
        rows.push_back({{"row", r.row},
                        {"carried", r.carried},
                        {"error", r.error},
                        {"error_shown", employer::row_error_text(r.error)},
                        {"budgets", shares},
                        {"own_cents", r.own},
                        {"employer_cents", r.employer},
                        {"plan", plan},
                        {"possible", possible},
                        {"notes", notes}});
    }
    e["shown"] = m.order.size();
    e["rows"] = rows;
    const employer::Totals& t = m.totals;
    e["totals"] = {{"cost", t.cost},
                   {"own", t.own},
                   {"by_person", t.by_person},
                   {"by_employer", t.by_employer},
                   {"per_scheme", t.per_scheme},
                   {"rows_ok", t.rows_ok},
                   {"rows_bad", t.rows_bad}};
    // At most 200, like the rows: a test polls this state while thousands of rows are computed,
    // and a state of megabytes made each poll slower than the work it waits for.
    nlohmann::json apps = nlohmann::json::array();
    e["applications_count"] = m.applications.size();
    for (const auto& a : m.applications) {
        if (apps.size() == 200) break;
        apps.push_back({{"scheme", a.scheme},
                        {"row", a.row},
                        {"amount_cents", a.amount},
                        {"deadline_nl", a.deadline.nl}});
    }
    e["applications"] = apps;
    e["sort"] = {m.sort_column, m.sort_descending};
    return e;
}

std::string test_state_json() {
    const ViewModel& m = vm();
    nlohmann::json j;
    const auto state = m.planner ? m.planner->state() : session::RulesState::Refused;
    j["screen"] = state == session::RulesState::Refused ? "refused" : "app";
    j["rules_state"] = state == session::RulesState::Ok        ? "ok"
                       : state == session::RulesState::Expired ? "expired"
                                                               : "refused";
    j["release_rules"] = m.planner && m.planner->release_bundle();  // this release's own bundle
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
    j["employer"] = employer_state();
    return j.dump();
}

}  // namespace sw::app

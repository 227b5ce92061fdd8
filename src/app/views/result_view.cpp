#include <imgui.h>

#include <algorithm>

#include "embed_params.h"
#include "fonts.h"
#include "format.h"
#include "result_lookup.h"
#include "string_table.h"
#include "ui.h"
#include "view_model.h"
#include "views/views.h"
#include "widgets_registry.h"

namespace sw::app::views {
namespace {

void summary() {
    const Plan& plan = vm().outcome.result.plan;
    ui::paragraph("", tr(S::OwnPayment));
    ImGui::PushFont(fonts::current().amount);
    ImGui::TextUnformatted(euro(plan.own_payment).c_str());
    ImGui::PopFont();
    widgets::record("result.own_payment", widgets::Kind::Label, euro(plan.own_payment));
    ui::paragraph("result.total", fmt(S::OfTotal, euro(plan.total_cost)), true);
    if (plan.loan > 0) ui::paragraph("result.loan", fmt(S::LoanLine, euro(plan.loan)));
    if (plan.deduction > 0) ui::paragraph("result.deduction", fmt(S::DeductionLine, euro(plan.deduction)));
    if (const std::string best = best_case_line(); !best.empty()) {
        ui::paragraph("result.best_case", best, true);
        ui::paragraph("result.best_case.with", best_case_with(), true);
    }
}

// The question that decides a "misschien" scheme: the highest ranked open question it depends on
// ("" when none does: the provider decides case by case).
std::string deciding_question(const std::string& scheme) {
    for (const auto& q : vm().outcome.result.questions)
        if (std::find(q.schemes.begin(), q.schemes.end(), scheme) != q.schemes.end()) return q.fact;
    return {};
}

// "Misschien" schemes grouped by the question that decides them, in the questions' order, so a
// long list reads as a few questions ("Hangt af van: In welke sector werkt u?").
void possible_by_question(std::vector<const SchemeResult*> list) {
    std::vector<std::string> order;
    for (const auto& q : vm().outcome.result.questions) order.push_back(q.fact);
    order.emplace_back();  // decided by the provider, last
    for (const auto& fact : order) {
        std::vector<const SchemeResult*> part;
        for (const auto* s : list)
            if (deciding_question(std::string(s->id)) == fact) part.push_back(s);
        if (part.empty()) continue;
        ImGui::Spacing();
        const std::string id = "result.possible.by." + (fact.empty() ? std::string("provider") : fact);
        ui::bold(id.c_str(), fact.empty() ? std::string(tr(S::DecidedByProvider))
                                          : fmt(S::DecidedBy, fact_question(fact)));
        for (const auto* s : part) scheme_card(std::string(s->id));
    }
}

void group(Status status, S title, const char* id) {
    std::vector<const SchemeResult*> list;
    for (const auto& s : vm().outcome.result.schemes)
        if (s.status == status) list.push_back(&s);
    if (list.empty()) return;
    // Money first: the schemes that pay most in the plan lead the group.
    std::stable_sort(list.begin(), list.end(), [](const SchemeResult* a, const SchemeResult* b) {
        return plan_amount(std::string(a->id)) > plan_amount(std::string(b->id));
    });
    ImGui::Spacing();
    if (status == Status::Ineligible && !vm().adviser) {
        const std::string label = fmt(S::ShowIneligible, std::to_string(list.size()));
        if (ui::checkbox(id, label.c_str(), vm().show_ineligible))
            vm().show_ineligible = !vm().show_ineligible;
        if (!vm().show_ineligible) return;
    } else {
        ui::heading(id, tr(title));
    }
    if (status == Status::Possible) return possible_by_question(list);
    for (const auto* s : list) scheme_card(std::string(s->id));
}

void notes() {
    const auto& notes = vm().outcome.result.notes;
    if (notes.empty()) return;
    ImGui::Spacing();
    ui::bold("result.notes", tr(S::NotesHeading));
    for (const auto& n : notes)
        ui::paragraph(("note." + n.id).c_str(), std::string("• ") + text_in_language(n.text));
}

void explanation() {
    const auto& lines = vm().outcome.result.plan.explanation;
    if (lines.empty()) return;
    ImGui::Spacing();
    const std::string header = std::string(tr(S::ExplanationHeading)) + "###explanation";
    bool open = ImGui::CollapsingHeader(header.c_str());
    widgets::record("result.explanation", widgets::Kind::Button, tr(S::ExplanationHeading));
    if (!open) return;
    for (std::size_t i = 0; i < lines.size(); ++i)
        ui::paragraph(("result.explanation." + std::to_string(i)).c_str(),
                      std::string("• ") + text_in_language(lines[i]));
}

}  // namespace

void result() {
    if (vm().scroll_to_result) {
        if (embed::params().embedded)
            embed::scroll_page_to(ImGui::GetCursorScreenPos().y / ui::dpr());
        else
            ImGui::SetScrollHereY(0.0f);
        vm().scroll_to_result = false;
    }
    ui::heading("result.heading", tr(S::ResultHeading));
    // A field that cannot be read: no result at all, not one computed without that field.
    if (!vm().input_problem.empty() || !vm().outcome.ok) {
        // Our own message first (it names the field in plain words), else the engine's.
        const std::string why = !vm().input_problem.empty() ? vm().input_problem : vm().outcome.error;
        ui::error_text("result.problem", fmt(S::CaseProblem, why).c_str());
        if (!vm().input_problem.empty()) ui::paragraph("result.waits", tr(S::ResultWaits), true);
        // An amount used that cannot be read was typed on a scheme's card, which is not drawn
        // now: its field comes here, to be fixed where the message is.
        for (const auto& [id, text] : vm().form.used)
            if (!used_problem(id).empty())
                if (const SchemeSpec* spec = scheme_spec(id)) {
                    ImGui::PushID(id.c_str());  // the card's ID stack: the field keeps its focus
                    used_field(*spec);
                    ImGui::PopID();
                }
        return;
    }
    if (vm().total_cost <= 0) {
        ui::paragraph("result.empty", tr(S::EnterCostsFirst), true);
        return;
    }
    summary();
    plan_bar();
    group(Status::Eligible, S::GroupEligible, "result.group.eligible");
    group(Status::Possible, S::GroupPossible, "result.group.possible");
    group(Status::Ineligible, S::GroupIneligible, "result.group.ineligible");
    notes();
    explanation();
    if (vm().adviser) adviser_rules();
    ImGui::Spacing();
    export_buttons();
}

}  // namespace sw::app::views

// adviser_view.cpp: what a career adviser needs to check the outcome with a client: every
// condition of a scheme with its outcome for this case (the engine's condition trace: the same
// evaluation and texts as the statuses and reasons), the confidence ("last confirmed in 2019"),
// the deadlines and payment terms, the sources with the date they were checked, and the rules
// version, signers and expiry.
#include <imgui.h>
#include <imgui_internal.h>

#include "condition_lines.h"
#include "format.h"
#include "result_lookup.h"
#include "rules_messages.h"
#include "scheme_meta_lines.h"
#include "string_table.h"
#include "ui.h"
#include "view_model.h"
#include "views/views.h"
#include "widgets_registry.h"

namespace sw::app::views {
namespace {

// The outcome as a drawn mark, one text line high: the UI font has no check or cross glyph, and a
// mark in colour plus shape reads faster than a word in a long list.
void outcome_mark(ConditionOutcome o) {
    const float size = ImGui::GetTextLineHeight();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float pad = size * 0.18f;
    switch (o) {
        case ConditionOutcome::True:
            ImGui::RenderCheckMark(draw, ImVec2(p.x + pad, p.y + pad), IM_COL32(22, 120, 52, 255),
                                   size - 2 * pad);
            break;
        case ConditionOutcome::False: {
            const ImU32 red = IM_COL32(178, 28, 13, 255);
            const float a = pad * 1.3f, b = size - pad * 1.3f, w = size * 0.12f;
            draw->AddLine(ImVec2(p.x + a, p.y + a), ImVec2(p.x + b, p.y + b), red, w);
            draw->AddLine(ImVec2(p.x + b, p.y + a), ImVec2(p.x + a, p.y + b), red, w);
            break;
        }
        default: {
            const ImVec2 q = ImGui::CalcTextSize("?");
            draw->AddText(ImVec2(p.x + (size - q.x) * 0.5f, p.y), IM_COL32(150, 95, 0, 255), "?");
            break;
        }
    }
    ImGui::Dummy(ImVec2(size, size));
    ImGui::SameLine(0, ui::px(6));
}

// One line of the trace, indented by its depth; recorded with its outcome in words for tests.
void trace_line(const std::string& id, const ConditionLine& line) {
    const float indent = ui::px(18) * static_cast<float>(line.depth);
    if (indent > 0) ImGui::Indent(indent);
    outcome_mark(line.outcome);
    ui::paragraph("", text_in_language(line.text), line.kind != ConditionKind::Leaf);
    widgets::record(id, widgets::Kind::Label,
                    std::string("[") + outcome_word(line.outcome) + "] " + text_in_language(line.text));
    if (indent > 0) ImGui::Unindent(indent);
}

void legend() {
    const ConditionOutcome all[] = {ConditionOutcome::True, ConditionOutcome::False,
                                    ConditionOutcome::Unknown};
    for (ConditionOutcome o : all) {
        outcome_mark(o);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
        ImGui::TextUnformatted(outcome_word(o));
        ImGui::PopStyleColor();
        if (o != ConditionOutcome::Unknown) ImGui::SameLine(0, ui::px(16));
    }
}

}  // namespace

void adviser_scheme(const std::string& id) {
    const SchemeSpec* spec = scheme_spec(id);
    if (!spec) return;
    ImGui::Indent(ui::px(12));
    ui::bold(("adviser." + id + ".conditions").c_str(), tr(S::AdviserConditions));
    legend();
    const auto& lines = condition_lines(id);
    for (std::size_t i = 0; i < lines.size(); ++i)
        trace_line("adviser." + id + ".line." + std::to_string(i), lines[i]);
    ui::paragraph(("adviser." + id + ".confidence").c_str(), confidence_line(*spec), true);
    const auto terms = term_lines(*spec);
    if (!terms.empty()) {
        ui::bold("", tr(S::AdviserTerms));
        for (std::size_t i = 0; i < terms.size(); ++i)
            ui::paragraph(("adviser." + id + ".term." + std::to_string(i)).c_str(), "• " + terms[i], true);
    }
    const auto sources = scheme_sources(*spec);
    if (!sources.empty()) {
        ui::bold("", tr(S::AdviserSources));
        for (std::size_t i = 0; i < sources.size(); ++i)
            ui::paragraph(("adviser." + id + ".source." + std::to_string(i)).c_str(),
                          source_line(*sources[i]), true);
    }
    ImGui::Unindent(ui::px(12));
}

void adviser_rules() {
    const auto& p = *vm().planner;
    ImGui::Spacing();
    ImGui::Separator();
    ui::bold("adviser.rules", fmt(S::AdviserRules, p.info().catalogue, p.info().version));
    if (!p.info().valid_until.empty())
        ui::paragraph("adviser.valid_until", fmt(S::AdviserValidUntil, long_date(p.info().valid_until)));
    std::string signers;
    for (const auto& s : p.info().signers)
        signers += (signers.empty() ? "" : ", ") + signer_text(s, language());
    ui::paragraph("adviser.signers", fmt(S::AdviserSigners, signers), true);
    ui::bold("", tr(S::AdviserBundle));
    for (std::size_t i = 0; i < p.bundle().report.size(); ++i)
        ui::paragraph(("adviser.bundle." + std::to_string(i)).c_str(),
                      "• " + report_line_text(p.bundle().report[i], language()), true);
}

}  // namespace sw::app::views

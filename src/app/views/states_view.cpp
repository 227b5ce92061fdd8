#include <imgui.h>

#include "format.h"
#include "rules_messages.h"
#include "string_table.h"
#include "ui.h"
#include "view_model.h"
#include "views/views.h"

namespace sw::app::views {

void expired_bar() {
    if (!vm().planner || vm().planner->state() != session::RulesState::Expired) return;
    const std::string until = vm().planner->bundle().expires;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(1.0f, 0.95f, 0.80f, 1));
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.45f, 0.28f, 0.0f, 1));
    const float width = ImGui::GetContentRegionAvail().x;
    const std::string text = fmt(S::ExpiredBar, long_date(until));
    const float wrap = width - 2 * ui::px(12);
    const float height = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap).y + 2 * ui::px(12);
    ImGui::BeginChild("expired-bar", ImVec2(width, height), false, ImGuiWindowFlags_NoScrollbar);
    ImGui::SetCursorPos(ImVec2(ui::px(12), ui::px(12)));
    ui::paragraph("state.expired", text);
    ImGui::EndChild();
    ImGui::PopStyleColor(2);
}

void refused() {
    ui::heading("state.refused.title", tr(S::RefusedTitle));
    // No rules reached the app at all (nothing published next to it, or no network on a first
    // visit): nothing was refused, so the text says what to do instead of "not properly signed".
    const bool none = vm().planner->refusal() == session::kNoRules;
    ui::paragraph("state.refused.body", tr(none ? S::RefusedNoRulesBody : S::RefusedBody));
    ImGui::Spacing();
    ui::paragraph("state.refused.reason",
                  fmt(S::RefusedReason, refusal_text(vm().planner->refusal(), language())), true);
}

}  // namespace sw::app::views

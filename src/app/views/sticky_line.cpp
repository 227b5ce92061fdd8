// sticky_line.cpp: the own payment in one compact line that stays in view while the person answers
// (issue 18): at the bottom of the screen in the app, and as an HTML line in the embed page (the
// canvas there is as tall as its content, so the host page scrolls and only HTML can stay put).
#include <imgui.h>

#include "fonts.h"
#include "format.h"
#include "string_table.h"
#include "ui.h"
#include "view_model.h"
#include "views/views.h"
#include "widgets_registry.h"

namespace sw::app::views {

std::string own_payment_line() {
    const ViewModel& m = vm();
    if (!m.planner || m.planner->state() == session::RulesState::Refused) return {};
    // Never an amount computed from a field that could not be read.
    if (!m.input_problem.empty() || !m.outcome.ok) return tr(S::StickyWaits);
    if (m.total_cost <= 0) return tr(S::StickyEnterCosts);
    return fmt(S::ShortOwn, euro(m.outcome.result.plan.own_payment));
}

float sticky_line_height() {
    return ui::px(64);
}

void sticky_line() {
    const std::string text = own_payment_line();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0.90f, 0.93f, 0.98f, 1));
    ImGui::BeginChild("##sticky", ImVec2(0, sticky_line_height()), false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float width = ImGui::GetContentRegionAvail().x;
    const bool has_result = vm().total_cost > 0 && vm().input_problem.empty() && vm().outcome.ok;
    // A button beside the amount where it fits; on a phone the whole line is the button.
    const float button_w = ui::px(ui::text_width_css(tr(S::GoToResult)));
    const bool with_button = has_result && width >= ui::px(520);
    if (has_result && !with_button) {
        ImGui::SetCursorPos(ImVec2(0, 0));
        if (ImGui::InvisibleButton("##sticky-go", ImVec2(width, sticky_line_height())))
            vm().scroll_to_result = true;
        widgets::record("sticky.go", widgets::Kind::Button, tr(S::GoToResult));
    }
    ImGui::PushFont(fonts::current().bold);
    ImGui::SetCursorPos(
        ImVec2(style.WindowPadding.x, (sticky_line_height() - ImGui::GetTextLineHeight()) * 0.5f));
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopFont();
    widgets::record("sticky.own_payment", widgets::Kind::Label, text);
    if (with_button) {
        ImGui::SameLine(width - button_w - style.WindowPadding.x);
        ImGui::SetCursorPosY((sticky_line_height() - ImGui::GetFrameHeight()) * 0.5f);
        if (ui::button("sticky.go", tr(S::GoToResult))) vm().scroll_to_result = true;
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

}  // namespace sw::app::views

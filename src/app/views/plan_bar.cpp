// plan_bar.cpp: the plan as one bar the width of the total cost: each scheme's part in its own
// colour, then the own payment; the part of the own payment that can be borrowed is striped,
// because a loan must be paid back. A legend names every part with its amount (colour is never
// the only cue).
#include <imgui.h>

#include <algorithm>

#include "format.h"
#include "result_lookup.h"
#include "string_table.h"
#include "ui.h"
#include "view_model.h"
#include "views/views.h"
#include "widgets_registry.h"

namespace sw::app::views {
namespace {

const ImU32 kPalette[] = {IM_COL32(21, 101, 192, 255), IM_COL32(46, 125, 50, 255), IM_COL32(106, 27, 154, 255),
                          IM_COL32(0, 131, 143, 255), IM_COL32(85, 139, 47, 255), IM_COL32(69, 90, 100, 255)};
const ImU32 kOwn = IM_COL32(230, 120, 20, 255);
const ImU32 kLoanStripe = IM_COL32(255, 236, 210, 255);

void legend_row(const char* id, ImU32 colour, bool striped, const std::string& text) {
    const float h = ImGui::GetTextLineHeight();
    ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + h, p.y + h), colour, ui::px(3));
    if (striped)
        for (float x = -h; x < h; x += ui::px(5))
            dl->AddLine(ImVec2(p.x + std::max(0.0f, x), p.y + std::max(0.0f, -x)),
                        ImVec2(p.x + std::min(h, x + h), p.y + std::min(h, h - x)), kLoanStripe, ui::px(2));
    ImGui::Dummy(ImVec2(h, h));
    ImGui::SameLine();
    ui::paragraph(id, text);
}

}  // namespace

void plan_bar() {
    const Plan& plan = vm().outcome.result.plan;
    if (plan.total_cost <= 0) return;
    ImGui::Spacing();
    ui::bold("result.bar.label", tr(S::BarLabel));
    const float width = ImGui::GetContentRegionAvail().x;
    const float height = ui::px(36);
    ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const double total = static_cast<double>(plan.total_cost);
    float x = p.x;
    int i = 0;
    for (const auto& c : plan.contributions) {
        float w = static_cast<float>(c.amount / total) * width;
        dl->AddRectFilled(ImVec2(x, p.y), ImVec2(x + w, p.y + height), kPalette[i++ % 6]);
        x += w;
    }
    const float own_w = p.x + width - x;
    if (plan.own_payment > 0) {
        dl->AddRectFilled(ImVec2(x, p.y), ImVec2(p.x + width, p.y + height), kOwn);
        // The borrowable part, striped, at the start of the own payment.
        float loan_w = std::min(own_w, static_cast<float>(plan.loan / total) * width);
        dl->PushClipRect(ImVec2(x, p.y), ImVec2(x + loan_w, p.y + height), true);
        for (float sx = x - height; sx < x + loan_w; sx += ui::px(8))
            dl->AddLine(ImVec2(sx, p.y + height), ImVec2(sx + height, p.y), kLoanStripe, ui::px(2));
        dl->PopClipRect();
    }
    dl->AddRect(p, ImVec2(p.x + width, p.y + height), IM_COL32(120, 120, 130, 255));
    ImGui::Dummy(ImVec2(width, height));
    widgets::record("result.bar", widgets::Kind::Label, std::to_string(plan.contributions.size()) + " parts");
    i = 0;
    for (const auto& c : plan.contributions) {
        const std::string id = "result.bar.part." + c.scheme;
        legend_row(id.c_str(), kPalette[i++ % 6], false, scheme_name(c.scheme) + ": " + euro(c.amount));
    }
    legend_row("result.bar.own", kOwn, false, std::string(tr(S::BarOwn)) + ": " + euro(plan.own_payment));
    if (plan.loan > 0)
        legend_row("result.bar.loan", kOwn, true, std::string(tr(S::BarLoan)) + ": " + euro(plan.loan));
}

}  // namespace sw::app::views

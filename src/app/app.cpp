// app.cpp: the app's frame: one full-screen window; on a wide screen the questions on the left and
// the result on the right, each scrolling on its own; on a phone one column, result last.
#include "app.h"

#include <imgui.h>

#include <algorithm>

#include "embed_params.h"
#include "employer_model.h"
#include "format.h"
#include "input_scroll.h"
#include "platform/rules_files.h"
#include "platform/staff_files.h"
#include "string_table.h"
#include "ui.h"
#include "view_model.h"
#include "views/views.h"

namespace sw::app {
namespace {

constexpr float kWideCss = 1000.0f;  // from this width (CSS px) two columns fit

// Embedded on a phone the result is below the questions: a one-line summary with a button that
// scrolls the host page to it (the HTML sticky line of embed.html keeps the amount in view).
void phone_summary() {
    if (!vm().outcome.ok || !vm().input_problem.empty() || vm().total_cost <= 0) return;
    ui::bold("summary.own_payment", fmt(S::ShortOwn, euro(vm().outcome.result.plan.own_payment)));
    if (ui::button("summary.go", tr(S::GoToResult))) vm().scroll_to_result = true;
    ImGui::Separator();
}

void inputs(bool wide) {
    views::header();
    if (!wide && embed::params().embedded) phone_summary();
    views::expired_bar();
    views::course();
    ImGui::Spacing();
    views::questions();
}

// A fund's or region's page that embeds the app (web/embed.html) may preset the language and
// answers; a preset never overrides what the person already answered (and remembered).
void apply_embed_presets() {
    const embed::Params& p = embed::params();
    if (!p.embedded) return;
    if (p.lang == "nl") set_language(Lang::Nl);
    if (p.lang == "en") set_language(Lang::En);
    auto preset = [](const char* fact, const std::string& value) {
        auto it = vm().form.answers.find(fact);
        if (!value.empty() && (it == vm().form.answers.end() || it->second.empty())) set_answer(fact, value);
    };
    const Catalogue* catalogue = vm().planner->catalogue();
    if (catalogue)
        for (const auto& s : catalogue->spec().sectors)
            if (s.code == p.sector) preset("person.sector", p.sector);
    preset("person.province", p.province);
    preset("person.municipality", p.municipality);
}

// The bottom of the current window's content (device px), for a host page that sizes the iframe.
float content_bottom() {
    return ImGui::GetCursorPosY() + ImGui::GetStyle().WindowPadding.y;
}

}  // namespace

void init() {
    start(rules_files::fetched());
    apply_embed_presets();
    staff_files::install();
}

void draw(float dpr) {
    ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    const ImGuiWindowFlags main_flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoBringToFrontOnFocus |
                                        ImGuiWindowFlags_NoSavedSettings;
    const bool wide = io.DisplaySize.x / dpr >= kWideCss;
    const bool refused = vm().planner->state() == session::RulesState::Refused;
    // The own payment stays in view at the bottom of the screen; embedded, the canvas is as tall
    // as its content, so the embed page shows that line in HTML instead (views/sticky_line.cpp).
    const bool sticky = !refused && !embed::params().embedded && !employer::model().active;
    embed::report_sticky_text(views::own_payment_line());
    ImGui::Begin("##main", nullptr, wide || sticky ? main_flags | ImGuiWindowFlags_NoScrollbar : main_flags);
    if (refused) {
        apply_touch_scroll(dpr);
        views::header();
        views::refused();
    } else if (employer::model().active) {
        // The employer view: one column at every width (its table needs the width); the rows
        // are computed in tasks between the frames (employer_model.h), so the page answers input.
        apply_touch_scroll(dpr);
        views::header();
        views::employer();
        embed::report_content_height(content_bottom() / dpr);
    } else if (wide) {
        const float gap = ui::px(24);
        ImVec2 avail = ImGui::GetContentRegionAvail();
        if (sticky) avail.y -= views::sticky_line_height() + ImGui::GetStyle().ItemSpacing.y;
        const float left = (avail.x - gap) * 0.5f;
        ImGui::BeginChild("##inputs", ImVec2(left, avail.y), false);
        apply_touch_scroll(dpr);
        inputs(true);
        float height = content_bottom();
        ImGui::EndChild();
        ImGui::SameLine(0, gap);
        ImGui::BeginChild("##result", ImVec2(avail.x - left - gap, avail.y), false);
        views::result();
        height = std::max(height, content_bottom());
        ImGui::EndChild();
        embed::report_content_height((height + 2 * ImGui::GetStyle().WindowPadding.y) / dpr);
        if (sticky) views::sticky_line();
    } else if (sticky) {
        const float h =
            ImGui::GetContentRegionAvail().y - views::sticky_line_height() - ImGui::GetStyle().ItemSpacing.y;
        ImGui::BeginChild("##page", ImVec2(0, h), false);
        apply_touch_scroll(dpr);
        inputs(false);
        ImGui::Spacing();
        ImGui::Separator();
        views::result();
        ImGui::EndChild();
        views::sticky_line();
    } else {
        apply_touch_scroll(dpr);
        inputs(false);
        ImGui::Spacing();
        ImGui::Separator();
        views::result();
        embed::report_content_height(content_bottom() / dpr);
    }
    ImGui::End();
}

}  // namespace sw::app

#include <imgui.h>

#include "employer_model.h"
#include "fonts.h"
#include "string_table.h"
#include "ui.h"
#include "view_model.h"
#include "views/views.h"

namespace sw::app::views {

void header() {
    ImGui::PushFont(fonts::current().amount);
    ImGui::TextUnformatted(tr(S::Title));
    ImGui::PopFont();
    ui::paragraph("header.tagline", tr(S::Tagline));
    if (ui::button("header.language", tr(S::SwitchLanguage))) switch_language();
    // Two views: a person's own plan, or an employer's staff list (employer_view.cpp).
    const bool staff = employer::model().active;
    ui::flow_next(ui::text_width_css(tr(S::ModePerson)));
    if (ui::choice("header.mode.person", tr(S::ModePerson), !staff)) employer::show(false);
    ui::flow_next(ui::text_width_css(tr(S::ModeEmployer)));
    if (ui::choice("header.mode.employer", tr(S::ModeEmployer), staff)) employer::show(true);
    ui::flow_next(ui::text_width_css(tr(S::AdviserView)) + 40);
    if (ui::checkbox("header.adviser", tr(S::AdviserView), vm().adviser)) vm().adviser = !vm().adviser;
    // Privacy: said plainly, with the two controls that keep it so.
    ImGui::Separator();
    ui::bold("header.privacy", tr(S::Privacy));
    if (ui::checkbox("header.remember", tr(S::Remember), vm().remember)) set_remember(!vm().remember);
    ui::flow_next(ui::text_width_css(tr(S::ClearAll)));
    if (ui::button("header.clear", tr(S::ClearAll))) clear_all();
    ImGui::Separator();
}

}  // namespace sw::app::views

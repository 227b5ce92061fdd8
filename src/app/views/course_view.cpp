#include <imgui.h>

#include <algorithm>

#include "format.h"
#include "stapelwijzer/facts.h"
#include "string_table.h"
#include "ui.h"
#include "view_model.h"
#include "views/views.h"

namespace sw::app::views {
namespace {

void costs() {
    ui::bold("course.costs.heading", tr(S::CostsHeading));
    bool any_bad = false;
    for (int i = 0; i < kComponentCount; ++i) {
        const std::string name = component_name(static_cast<Component>(i));
        const std::string id = "course.cost." + name;
        ui::paragraph("", component_label(name));
        std::string text = vm().form.costs[i];
        if (ui::text_field(id.c_str(), text, true, 220, "0")) set_cost(i, text);
        // The message sits under the field it is about and names it.
        if (const std::string why = cost_problem(i); !why.empty()) {
            ui::error_text((id + ".error").c_str(), why.c_str());
            any_bad = true;
        }
    }
    // No total of amounts that could not be read: it would be a wrong number.
    if (!any_bad) ui::bold("course.total", std::string(tr(S::TotalCost)) + ": " + euro(vm().total_cost));
}

void course_type() {
    ui::bold("", tr(S::CourseType));
    course_type_choices("course.type.");
}

// Ticking nothing means "not answered" (unknown): "None of these" is the explicit empty answer, so
// schemes that need a mark can be settled. It excludes the marks; the line below says which it is.
void quality() {
    ui::bold("", tr(S::Quality));
    const float indent = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x;
    const auto& ticked = vm().form.quality;
    for (const auto& mark : fact_info(Fact::CourseQuality).values) {
        const std::string id = "course.quality." + mark;
        // A course with an NLQF level has the NLQF mark: ticked, and not to be unticked here.
        const bool implied = mark == "nlqf" && nlqf_implied();
        bool on = implied || std::find(ticked.begin(), ticked.end(), mark) != ticked.end();
        if (ui::checkbox(id.c_str(), value_label("course.quality", mark), on) && !implied)
            toggle_quality(mark);
        ImGui::Indent(indent);
        ui::paragraph("", implied ? tr(S::QualityNlqfImplied) : quality_explanation(mark), true);
        ImGui::Unindent(indent);
    }
    if (ui::checkbox("course.quality.none", tr(S::QualityNone), vm().form.quality_none))
        toggle_quality_none();
    if (nlqf_implied() && ticked.empty())
        ui::paragraph("course.quality.state", tr(S::QualityNlqfState), true);
    else if (vm().form.quality_none)
        ui::paragraph("course.quality.state", tr(S::QualityNoneState), true);
    else if (ticked.empty())
        ui::paragraph("course.quality.state", tr(S::QualityOpenState), true);
}

void start_date() {
    ui::bold("", tr(S::StartDate));
    std::string text = vm().form.start_date;
    if (ui::text_field("course.start_date", text, false, 220, "2026-09-01")) set_start_date(text);
    if (!date_ok())
        ui::error_text("course.start_date.error", tr(S::BadDate));
    else if (vm().form.start_date.empty())
        ui::paragraph("", tr(S::NoStartDate), true);
}

}  // namespace

void course_type_choices(const std::string& id_prefix) {
    const auto& values = fact_info(Fact::CourseType).values;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const char* label = value_label("course.type", values[i]);
        if (i > 0) ui::flow_next(ui::text_width_css(label));
        const std::string id = id_prefix + values[i];
        if (ui::choice(id.c_str(), label, vm().form.type == values[i])) set_course_type(values[i]);
    }
}

void course() {
    ui::heading("course.heading", tr(S::CourseHeading));
    course_fields();
}

void course_fields() {
    ui::paragraph("", tr(S::CourseName));
    std::string name = vm().form.course_name;
    if (ui::text_field("course.name", name, false)) set_course_name(name);
    costs();
    ImGui::Spacing();
    course_type();
    ImGui::Spacing();
    quality();
    ImGui::Spacing();
    start_date();
}

}  // namespace sw::app::views

#include <imgui.h>

#include <algorithm>
#include <cfloat>

#include "format.h"
#include "stapelwijzer/facts.h"
#include "string_table.h"
#include "ui.h"
#include "view_model.h"
#include "views/views.h"
#include "widgets_registry.h"

namespace sw::app::views {
namespace {

std::string current(const std::string& fact) {
    auto it = vm().form.answers.find(fact);
    return it == vm().form.answers.end() ? std::string() : it->second;
}

// A few values: buttons side by side (big touch targets). Many: a list that opens.
void enum_answer(const std::string& fact, const std::vector<std::pair<std::string, std::string>>& options) {
    const std::string now = current(fact);
    const std::string base = "q." + fact;
    if (options.size() <= 6) {
        for (std::size_t i = 0; i < options.size(); ++i) {
            if (i > 0) ui::flow_next(ui::text_width_css(options[i].second.c_str()));
            const std::string id = base + "=" + options[i].first;
            if (ui::choice(id.c_str(), options[i].second.c_str(), now == options[i].first))
                set_answer(fact, now == options[i].first ? "" : options[i].first);
        }
        return;
    }
    std::string preview = tr(S::Choose);
    for (const auto& o : options)
        if (o.first == now) preview = o.second;
    ImGui::SetNextItemWidth(ui::px(320) < ImGui::GetContentRegionAvail().x ? ui::px(320) : -1.0f);
    const std::string combo_id = "###" + base;
    // List items are touch targets like every other (44 CSS px, docs/web-app.md); the list is as
    // tall as its items, up to 70% of the screen, and scrolls beyond that.
    const float item_h = ui::px(44);
    const float list_h =
        std::min(item_h * static_cast<float>(options.size()) + 2 * ImGui::GetStyle().WindowPadding.y,
                 ImGui::GetIO().DisplaySize.y * 0.7f);
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, list_h));
    bool open = ImGui::BeginCombo(combo_id.c_str(), preview.c_str(), ImGuiComboFlags_None);
    widgets::record(base, widgets::Kind::Combo, preview);
    if (open) {
        ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0.0f, 0.5f));
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 0.0f));
        for (const auto& o : options) {
            const std::string id = base + "=" + o.first;
            ImGui::PushID(id.c_str());
            if (ImGui::Selectable(o.second.c_str(), o.first == now, 0, ImVec2(0.0f, item_h)))
                set_answer(fact, o.first);
            ImGui::PopID();
            widgets::record(id, widgets::Kind::Button, o.second);
        }
        ImGui::PopStyleVar(2);
        ImGui::EndCombo();
    }
}

// The course's type and quality marks are asked in step 1 too; when they still matter they are
// questions here as well, bound to the same answers.
void quality_answer() {
    const auto& ticked = vm().form.quality;
    for (const auto& mark : fact_info(Fact::CourseQuality).values) {
        const std::string id = "q.course.quality=" + mark;
        const bool implied = mark == "nlqf" && nlqf_implied();
        const bool on = implied || std::find(ticked.begin(), ticked.end(), mark) != ticked.end();
        if (ui::checkbox(id.c_str(), value_label("course.quality", mark), on) && !implied)
            toggle_quality(mark);
    }
    if (ui::checkbox("q.course.quality=none", tr(S::QualityNone), vm().form.quality_none))
        toggle_quality_none();
}

// A list to tick (person.benefits), kept as one answer text: "ww,wia", or kNoneTicked.
void set_answer_widget(const std::string& fact, const FactInfo& info) {
    const std::string now = current(fact);
    std::vector<std::string> ticked;
    for (const auto& v : info.values)
        if (("," + now + ",").find("," + v + ",") != std::string::npos) ticked.push_back(v);
    for (const auto& v : info.values) {
        const bool on = std::find(ticked.begin(), ticked.end(), v) != ticked.end();
        if (ui::checkbox(("q." + fact + "=" + v).c_str(), value_label(fact, v), on)) {
            std::string next;
            for (const auto& w : info.values)
                if ((w == v) != (std::find(ticked.begin(), ticked.end(), w) != ticked.end()))
                    next += (next.empty() ? "" : ",") + w;
            set_answer(fact, next);
        }
    }
    if (ui::checkbox(("q." + fact + "=none").c_str(), tr(S::QualityNone), now == kNoneTicked))
        set_answer(fact, now == kNoneTicked ? "" : kNoneTicked);
}

void answer_widget(const QuestionItem& q) {
    const std::string& fact = q.fact;
    if (fact == "course.type") return course_type_choices("q.course.type=");
    if (fact == "course.quality") return quality_answer();
    auto f = fact_from_path(fact);
    if (!f) return;
    const FactInfo& info = fact_info(*f);
    const std::string id = "q." + fact;
    switch (info.type) {
        case FactType::Boolean:
            enum_answer(fact, {{"true", tr(S::Yes)}, {"false", tr(S::No)}});
            break;
        case FactType::Enum: {
            std::vector<std::pair<std::string, std::string>> options;
            for (const auto& v : info.values) options.emplace_back(v, value_label(fact, v));
            enum_answer(fact, options);
            break;
        }
        case FactType::Vocabulary: {
            std::vector<std::pair<std::string, std::string>> options;
            for (const auto& s : vm().planner->catalogue()->spec().sectors)
                options.emplace_back(s.code, language() == Lang::Nl ? s.name.nl : s.name.en);
            enum_answer(fact, options);
            break;
        }
        case FactType::Integer:
        case FactType::Number:
        case FactType::Text:
        case FactType::Date: {
            std::string text = current(fact);
            const bool numeric = info.type == FactType::Integer || info.type == FactType::Number;
            if (ui::text_field(id.c_str(), text, numeric, 220)) set_answer(fact, text);
            if (!answer_ok(fact)) ui::error_text((id + ".error").c_str(), tr(S::BadNumber));
            break;
        }
        case FactType::Set:
            // Answers per scheme or course list (person.uses, …): one field per key.
            if (is_keyed(*f))
                keyed_answer(q);
            else
                set_answer_widget(fact, info);
            break;
    }
}

}  // namespace

void questions() {
    ui::heading("questions.heading", tr(S::QuestionsHeading));
    auto list = sw::app::questions();
    bool any_open = false;
    for (const auto& q : list) any_open = any_open || !q.answered;
    ui::paragraph("questions.intro", any_open ? tr(S::QuestionsIntro) : tr(S::QuestionsNone), true);
    bool answered_heading = false;
    for (const auto& q : list) {
        if (q.answered && !answered_heading) {
            ImGui::Spacing();
            ui::bold("questions.answered", tr(S::YourAnswers));
            answered_heading = true;
        }
        ImGui::PushID(q.fact.c_str());
        ImGui::Spacing();
        ui::bold(("q." + q.fact + ".label").c_str(), fact_question(q.fact));
        if (const char* help = fact_help(q.fact); *help)
            ui::paragraph(("q." + q.fact + ".help").c_str(), help, true);
        // What is at stake is a result too: not shown while a field cannot be read.
        if (!q.answered && vm().input_problem.empty())
            ui::paragraph("", q.at_stake > 0 ? fmt(S::AtStake, euro(q.at_stake)) : tr(S::AtStakeNone), true);
        answer_widget(q);
        // "Weet ik niet" is an answer from the start (selected while the fact is unknown), so a
        // person who does not know sees that this is fine; pressing it forgets an answer.
        const std::string unknown_id = "q." + q.fact + ".unknown";
        ui::flow_next(ui::text_width_css(tr(S::Unknown)));
        const bool unknown = !fact_answered(q.fact);
        if (ui::choice(unknown_id.c_str(), tr(S::Unknown), unknown) && !unknown) forget_answer(q.fact);
        ImGui::PopID();
    }
}

}  // namespace sw::app::views

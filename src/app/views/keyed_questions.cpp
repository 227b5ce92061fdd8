// The answers per scheme or course list (src/app/keyed_answers.h) in the questions step: for each
// scheme the engine names, the one field its use limit needs, what is left of the employer's
// budget, or yes/no per course list. "Weet ik niet" (questions_view.cpp) forgets them all.
#include <imgui.h>

#include <algorithm>

#include "keyed_answers.h"
#include "result_lookup.h"
#include "string_table.h"
#include "ui.h"
#include "view_model.h"
#include "views/views.h"

namespace sw::app::views {
namespace {

std::string answer(const std::string& path) {
    auto it = vm().form.answers.find(path);
    return it == vm().form.answers.end() ? std::string() : it->second;
}

void field(const std::string& fact, const std::string& path, S label, bool numeric, const char* hint,
           const std::vector<std::string>& clear = {}) {
    ui::paragraph("", tr(label), true);
    std::string text = answer(path);
    if (ui::text_field(("q." + path).c_str(), text, numeric, 220, hint))
        set_keyed_answer(fact, path, text, clear);
    if (const std::string why = keyed_problem(path); !why.empty())
        ui::error_text(("q." + path + ".error").c_str(), why.c_str());
}

// The use limit decides what is asked: "once per N years" needs the date of the last grant, "k
// times a calendar year" the uses this year, "k times in a career" the uses ever. "Never had it"
// (times 0) answers every kind.
void uses(const std::string& id) {
    const SchemeSpec* spec = scheme_spec(id);
    if (!spec || !spec->limits.use_limit) return;
    const std::string fact = "person.uses";
    const std::string times = uses_path(id, "times");
    const std::string this_year = uses_path(id, "times_this_year");
    const std::string last = uses_path(id, "last_granted");
    const bool never = answer(times) == "0";
    if (ui::choice(("q." + times + "=0").c_str(), tr(S::KeyedNever), never))
        set_keyed_answer(fact, times, never ? "" : "0", {this_year, last});
    if (never) return;
    switch (spec->limits.use_limit->per) {
        case UsePeriod::Career:
            field(fact, times, S::KeyedTimes, true, "1");
            break;
        case UsePeriod::CalendarYear:
            field(fact, this_year, S::KeyedTimesThisYear, true, "1");
            break;
        case UsePeriod::Years:
            field(fact, last, S::KeyedLastGranted, false, "01-03-2024");
            break;
    }
}

void on_list(const std::string& code) {
    // The list is the fund's: name it by the providers of the schemes that ask for it.
    std::string providers;
    for (const auto& s : vm().planner->catalogue()->spec().schemes) {
        const auto codes = course_list_codes(s);
        if (std::find(codes.begin(), codes.end(), code) == codes.end() || s.provider.empty()) continue;
        if (providers.find(s.provider) == std::string::npos)
            providers += (providers.empty() ? "" : ", ") + s.provider;
    }
    ui::paragraph("", fmt(S::KeyedOnList, providers.empty() ? code : providers), true);
    const std::string path = course_list_path(code);
    const std::string now = answer(path);
    for (const auto& [value, label] : {std::pair<const char*, S>{"true", S::Yes}, {"false", S::No}}) {
        if (value[0] == 'f') ui::flow_next(ui::text_width_css(tr(label)));
        if (ui::choice(("q." + path + "=" + value).c_str(), tr(label), now == value))
            set_keyed_answer("course.on_course_list", path, now == value ? "" : value);
    }
}

}  // namespace

void keyed_answer(const QuestionItem& q) {
    for (const auto& key : q.keys) {
        ImGui::PushID(key.c_str());
        if (q.fact == "course.on_course_list") {
            on_list(key);
        } else {
            ui::paragraph("", "• " + scheme_name(key), false);
            if (q.fact == "person.uses")
                uses(key);
            else
                field(q.fact, budget_left_path(key), S::KeyedBudgetLeft, true, "0");
        }
        ImGui::PopID();
    }
}

}  // namespace sw::app::views

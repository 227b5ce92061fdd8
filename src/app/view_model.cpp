#include "view_model.h"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "format.h"
#include "platform/browser.h"
#include "platform/idle.h"
#include "stapelwijzer/facts.h"
#include "string_table.h"

namespace sw::app {
namespace {

constexpr const char* kStoreKey = "stapelwijzer.form";

ViewModel model;

std::optional<Date> today_date() { return parse_iso_date(model.today); }

// One answer as the contract's JSON value for its fact, or null when unreadable.
nlohmann::json answer_value(const std::string& path, const std::string& text) {
    auto fact = fact_from_path(path);
    if (!fact) return text;
    const FactInfo& info = fact_info(*fact);
    try {
        switch (info.type) {
            case FactType::Integer: {
                std::size_t used = 0;
                long long v = std::stoll(text, &used);
                if (used != text.size()) return nullptr;
                return v;
            }
            case FactType::Number: {
                std::string t = text;
                std::replace(t.begin(), t.end(), ',', '.');
                std::size_t used = 0;
                double v = std::stod(t, &used);
                if (used != t.size()) return nullptr;
                return v;
            }
            case FactType::Boolean:
                return text == "true";
            default:
                return text;
        }
    } catch (const std::exception&) {
        return nullptr;
    }
}

nlohmann::json form_to_json(const Form& f) {
    nlohmann::json j;
    j["course_name"] = f.course_name;
    j["costs"] = f.costs;
    j["type"] = f.type;
    j["quality"] = f.quality;
    j["quality_none"] = f.quality_none;
    j["start_date"] = f.start_date;
    j["answers"] = f.answers;
    j["asked"] = f.asked;
    return j;
}

void form_from_json(const nlohmann::json& j, Form& f) {
    f.course_name = j.value("course_name", "");
    if (j.contains("costs") && j["costs"].is_array() && j["costs"].size() == f.costs.size())
        for (std::size_t i = 0; i < f.costs.size(); ++i) f.costs[i] = j["costs"][i].get<std::string>();
    f.type = j.value("type", "");
    f.quality = j.value("quality", std::vector<std::string>{});
    f.quality_none = j.value("quality_none", false) && f.quality.empty();
    f.start_date = j.value("start_date", "");
    f.answers = j.value("answers", std::map<std::string, std::string>{});
    f.asked = j.value("asked", std::vector<std::string>{});
}

// Contract order, so the same ticks always give the same case.
void sort_marks(std::vector<std::string>& q) {
    const auto& order = fact_info(Fact::CourseQuality).values;
    std::sort(q.begin(), q.end(), [&](const std::string& a, const std::string& b) {
        return std::find(order.begin(), order.end(), a) < std::find(order.begin(), order.end(), b);
    });
}

void save_if_remembered() {
    if (!model.remember) return;
    nlohmann::json j;
    j["form"] = form_to_json(model.form);
    j["language"] = lang_code();
    browser::storage_set(kStoreKey, j.dump());
}

void changed() {
    recompute();
    save_if_remembered();
    idle::wake();
}

}  // namespace

ViewModel& vm() { return model; }

void start(std::vector<BundleFile> fetched_rules) {
    model.today = browser::today_iso();
    model.builtin_rules = fetched_rules.empty();
    Date today = today_date().value_or(Date{});
    model.planner = std::make_unique<web::Planner>(today, std::move(fetched_rules));
    // Dutch first (the product's main language); English only when the browser asks for it.
    set_language(browser::preferred_language() == "en" ? Lang::En : Lang::Nl);
    std::string stored = browser::storage_get(kStoreKey);
    if (!stored.empty()) {
        // Only there because the user ticked "Onthoud op dit apparaat" before.
        try {
            auto j = nlohmann::json::parse(stored);
            form_from_json(j.at("form"), model.form);
            set_language(j.value("language", "nl") == "en" ? Lang::En : Lang::Nl);
            model.remember = true;
        } catch (const std::exception&) {
            browser::storage_clear();  // unreadable: forget it rather than fail
        }
    }
    recompute();
}

bool cost_ok(int component) { return parse_euro(model.form.costs[component]).has_value(); }

std::string cost_problem(int component) {
    const MoneyRead read = read_euro(model.form.costs[component], language());
    return money_error_message(component_label(component_name(static_cast<Component>(component))), read);
}

bool date_ok() { return model.form.start_date.empty() || parse_iso_date(model.form.start_date).has_value(); }

bool answer_ok(const std::string& fact) {
    auto it = model.form.answers.find(fact);
    return it == model.form.answers.end() || it->second.empty() || !answer_value(fact, it->second).is_null();
}

void recompute() {
    ++model.revision;
    model.input_problem.clear();
    nlohmann::json c;
    c["contract"] = 1;
    nlohmann::json costs = nlohmann::json::object();
    model.total_cost = 0;
    for (int i = 0; i < kComponentCount; ++i) {
        auto cents = parse_euro(model.form.costs[i]);
        if (!cents) {
            if (model.input_problem.empty()) model.input_problem = cost_problem(i);
            continue;
        }
        if (*cents > 0) costs[component_name(static_cast<Component>(i))] = static_cast<double>(*cents) / 100.0;
        model.total_cost += *cents;
    }
    nlohmann::json course;
    if (date_ok() && !model.form.start_date.empty()) {
        course["start_date"] = model.form.start_date;
    } else {
        if (!date_ok()) model.input_problem = tr(S::BadDate);
        c["reference_date"] = model.today;  // the contract has no "today": the app fills it in
    }
    course["costs"] = costs;
    if (!model.form.type.empty()) course["type"] = model.form.type;
    // No mark ticked is "not answered" (unknown); "none of these" is the known empty list. A course
    // with an NLQF level has the `nlqf` mark (docs/web-app.md): the case says so, asked once.
    std::vector<std::string> marks = model.form.quality;
    if (nlqf_implied() && std::find(marks.begin(), marks.end(), "nlqf") == marks.end()) {
        marks.push_back("nlqf");
        sort_marks(marks);
    }
    if (!marks.empty())
        course["quality"] = marks;
    else if (model.form.quality_none)
        course["quality"] = nlohmann::json::array();
    nlohmann::json person = nlohmann::json::object();
    for (const auto& [path, text] : model.form.answers) {
        if (text.empty()) continue;
        nlohmann::json v = answer_value(path, text);
        if (v.is_null()) {
            model.input_problem = tr(S::BadNumber);
            continue;
        }
        const std::string field = path.substr(path.find('.') + 1);
        if (path.rfind("person.", 0) == 0) person[field] = v;
        else if (path.rfind("course.", 0) == 0) course[field] = v;
    }
    c["person"] = person;
    c["course"] = course;
    model.case_json = c.dump(2);
    model.outcome = model.planner->plan(model.case_json);
    // Remember which facts were asked, so an answered question stays on screen to change.
    if (model.outcome.ok)
        for (const auto& q : model.outcome.result.questions)
            if (std::find(model.form.asked.begin(), model.form.asked.end(), q.fact) == model.form.asked.end())
                model.form.asked.push_back(q.fact);
}

// The date: the app always gives one (the start date or today), so it is never a question.
bool course_step_fact(const std::string& fact) { return fact == "course.start_date" || fact == "reference_date"; }

bool nlqf_implied() {
    auto it = model.form.answers.find("course.nlqf_level");
    return it != model.form.answers.end() && !it->second.empty() && answer_value(it->first, it->second).is_number();
}

bool fact_answered(const std::string& fact) {
    if (fact == "course.quality") return !model.form.quality.empty() || model.form.quality_none || nlqf_implied();
    if (fact == "course.type") return !model.form.type.empty();
    auto it = model.form.answers.find(fact);
    return it != model.form.answers.end() && !it->second.empty();
}

void forget_answer(const std::string& fact) {
    if (fact == "course.quality") {
        model.form.quality.clear();
        model.form.quality_none = false;
        changed();
    } else if (fact == "course.type") {
        model.form.type.clear();
        changed();
    } else {
        set_answer(fact, "");
    }
}

std::vector<QuestionItem> questions() {
    std::vector<QuestionItem> out;
    if (model.outcome.ok)
        for (const auto& q : model.outcome.result.questions)
            if (!course_step_fact(q.fact)) out.push_back({q.fact, q.at_stake, false});
    for (const auto& fact : model.form.asked) {
        if (course_step_fact(fact)) continue;
        bool open = std::any_of(out.begin(), out.end(), [&](const QuestionItem& q) { return q.fact == fact; });
        if (!open && fact_answered(fact)) out.push_back({fact, 0, true});
    }
    return out;
}

void set_cost(int component, const std::string& text) {
    model.form.costs[component] = text;
    changed();
}

void set_answer(const std::string& fact, const std::string& value) {
    model.form.answers[fact] = value;
    if (std::find(model.form.asked.begin(), model.form.asked.end(), fact) == model.form.asked.end())
        model.form.asked.push_back(fact);
    changed();
}

void set_course_type(const std::string& type) {
    model.form.type = model.form.type == type ? "" : type;
    changed();
}

void toggle_quality(const std::string& mark) {
    auto& q = model.form.quality;
    auto it = std::find(q.begin(), q.end(), mark);
    if (it == q.end()) {
        model.form.quality_none = false;  // a mark and "none of these" exclude each other
        q.push_back(mark);
        sort_marks(q);
    } else {
        q.erase(it);
    }
    changed();
}

void toggle_quality_none() {
    model.form.quality_none = !model.form.quality_none;
    if (model.form.quality_none) model.form.quality.clear();
    changed();
}

void set_start_date(const std::string& iso) {
    model.form.start_date = iso;
    changed();
}

void set_course_name(const std::string& name) {
    model.form.course_name = name;
    save_if_remembered();
}

void set_remember(bool on) {
    model.remember = on;
    if (on) save_if_remembered();
    else browser::storage_clear();
    idle::wake();
}

void clear_all() {
    model.form = Form{};
    model.remember = false;
    model.adviser = false;
    model.show_ineligible = false;
    model.notice.clear();
    browser::storage_clear();
    changed();
}

void switch_language() {
    set_language(language() == Lang::Nl ? Lang::En : Lang::Nl);
    changed();  // messages computed in recompute() follow the language
}

}  // namespace sw::app

#include "view_model.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <climits>
#include <cmath>
#include <optional>
#include <variant>

#include "format.h"
#include "keyed_answers.h"
#include "platform/browser.h"
#include "platform/idle.h"
#include "session/session.h"
#include "stapelwijzer/facts.h"
#include "stapelwijzer/rules.h"
#include "string_table.h"

namespace sw::app {
namespace {

constexpr const char* kStoreKey = "stapelwijzer.form";

ViewModel model;

std::optional<Date> today_date() { return parse_iso_date(model.today); }

// An answer typed for its fact, as parse_case_json() would read its JSON value; nothing when the
// text is not readable as that type.
using AnswerValue = std::variant<std::string, long long, double, bool, Date, std::vector<std::string>>;

std::optional<AnswerValue> answer_value(const FactInfo& info, const std::string& text) {
    try {
        switch (info.type) {
            case FactType::Integer: {
                std::size_t used = 0;
                long long v = std::stoll(text, &used);
                if (used != text.size()) return std::nullopt;
                return v;
            }
            case FactType::Number: {
                std::string t = text;
                std::replace(t.begin(), t.end(), ',', '.');
                std::size_t used = 0;
                double v = std::stod(t, &used);
                if (used != t.size() || !std::isfinite(v)) return std::nullopt;
                return v;
            }
            case FactType::Boolean:
                return text == "true";
            case FactType::Date:
                if (auto d = parse_iso_date(text)) return *d;
                return std::nullopt;
            case FactType::Set: {
                // A ticked list (person.benefits), kept as "ww,wia"; "none" is the known empty list.
                std::vector<std::string> items;
                if (text == kNoneTicked) return items;
                std::size_t from = 0;
                while (from <= text.size()) {
                    const std::size_t comma = std::min(text.find(',', from), text.size());
                    const std::string item = text.substr(from, comma - from);
                    if (std::find(info.values.begin(), info.values.end(), item) == info.values.end())
                        return std::nullopt;
                    items.push_back(item);
                    from = comma + 1;
                }
                return items;
            }
            default:
                return text;
        }
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

// Sets the field of `c` that `fact` names; false when the value does not fit it (a whole number
// beyond int). Ranges and vocabularies are the engine's check_case(), as for the CLI.
bool put_answer(Fact fact, const AnswerValue& v, Case& c) {
    auto whole = [&](std::optional<int>& out) {
        const long long n = std::get<long long>(v);
        if (n < INT_MIN || n > INT_MAX) return false;
        out = static_cast<int>(n);
        return true;
    };
    auto number = [&](std::optional<double>& out) {
        out = std::get<double>(v);
        return true;
    };
    auto text = [&](std::optional<std::string>& out) {
        out = std::get<std::string>(v);
        return true;
    };
    auto flag = [&](std::optional<bool>& out) {
        out = std::get<bool>(v);
        return true;
    };
    Person& p = c.person;
    Course& k = c.course;
    switch (fact) {
        case Fact::PersonAge: return whole(p.age);
        case Fact::PersonEmployment: return text(p.employment);
        case Fact::PersonSector: return text(p.sector);
        case Fact::PersonProvince: return text(p.province);
        case Fact::PersonMunicipality: return text(p.municipality);
        case Fact::PersonYearsOfService: return number(p.years_of_service);
        case Fact::PersonHoursPerWeek: return number(p.hours_per_week);
        case Fact::PersonEducationLevel: return whole(p.education_level);
        case Fact::PersonContractType: return text(p.contract_type);
        case Fact::PersonReceivesStudentFinance: return flag(p.receives_student_finance);
        case Fact::PersonReceivesWw: return flag(p.receives_ww);
        case Fact::PersonDismissal: return text(p.dismissal);
        case Fact::PersonEmployerSize: return whole(p.employer_size);
        case Fact::CourseStartDate: k.start_date = std::get<Date>(v); return true;
        case Fact::CourseType: return text(k.type);
        case Fact::CourseNlqfLevel: return whole(k.nlqf_level);
        case Fact::CourseTrack: return text(k.track);
        case Fact::CourseHours: return number(k.hours);
        case Fact::CourseTopic: return text(k.topic);
        case Fact::CourseOntwikkelpad: return flag(k.ontwikkelpad);
        case Fact::CourseAim: return text(k.aim);
        case Fact::PersonYearsInSector: return number(p.years_in_sector);
        case Fact::PersonYearsAtEmployer: return number(p.years_at_employer);
        case Fact::PersonEmployerWageBill: return number(p.employer_wage_bill);
        case Fact::CourseCategory: return text(k.category);
        case Fact::PersonMinWeeksInSector5y: {
            // Asked as one number, "at least N weeks in each of the last five years": the case
            // gives it for each of the five calendar years before the reference date's year.
            const long long n = std::get<long long>(v);
            if (n < 0 || n > 53) return false;
            int year = 0, month = 0, day = 0;
            date_to_ymd(c.reference_date, year, month, day);
            for (int y = year - 5; y < year; ++y) p.weeks_in_sector[y] = static_cast<int>(n);
            return true;
        }
        case Fact::PersonBenefits: p.benefits = std::get<std::vector<std::string>>(v); return true;
        case Fact::CourseQuality:
        case Fact::ReferenceDate:
        case Fact::PersonUses:
        case Fact::PersonBudgetLeft:
        case Fact::CourseOnCourseList:
            // The course step's, or answers per scheme (not asked by the app yet: docs/web-app.md).
            return false;
    }
    return false;
}

// The answer as a value of the case, or nothing when it is unreadable or not a fact.
bool answer_readable(const std::string& path, const std::string& text) {
    auto fact = fact_from_path(path);
    if (!fact) return false;
    auto v = answer_value(fact_info(*fact), text);
    Case scratch;
    return v && put_answer(*fact, *v, scratch);
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
    j["used"] = f.used;
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
    f.used = j.value("used", std::map<std::string, std::string>{});
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
    Date today = today_date().value_or(Date{});
    model.planner = session::start(today, std::move(fetched_rules));  // the JS API's rules too
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

std::optional<CapPeriod> used_period(const SchemeSpec& scheme) {
    const Formula& f = scheme.formula;
    std::optional<CapPeriod> per;
    if (f.type == FormulaType::Fixed)
        per = f.fixed_per;
    else if (f.cap)
        per = f.cap->per;
    if (per == CapPeriod::Course) return std::nullopt;
    return per;
}

void set_used(const std::string& scheme_id, const std::string& text) {
    model.form.used[scheme_id] = text;
    changed();
}

std::string used_problem(const std::string& scheme_id) {
    auto it = model.form.used.find(scheme_id);
    if (it == model.form.used.end() || it->second.empty()) return {};
    return money_error_message(tr(S::UsedLabel), read_euro(it->second, language()));
}

bool date_ok() { return model.form.start_date.empty() || parse_iso_date(model.form.start_date).has_value(); }

bool answer_ok(const std::string& fact) {
    auto it = model.form.answers.find(fact);
    return it == model.form.answers.end() || it->second.empty() || answer_readable(fact, it->second);
}

void recompute() {
    ++model.revision;
    model.input_problem.clear();
    // The form as the engine's Case, read as parse_case_json() reads the contract's JSON.
    Case c;
    model.total_cost = 0;
    for (int i = 0; i < kComponentCount; ++i) {
        auto cents = parse_euro(model.form.costs[i]);
        if (!cents) {
            if (model.input_problem.empty()) model.input_problem = cost_problem(i);
            continue;
        }
        c.course.costs[i] = *cents;
        model.total_cost += *cents;
    }
    if (date_ok() && !model.form.start_date.empty()) {
        c.course.start_date = parse_iso_date(model.form.start_date);
        c.reference_date = *c.course.start_date;
    } else {
        if (!date_ok()) model.input_problem = tr(S::BadDate);
        c.reference_date = today_date().value_or(Date{});  // the contract has no "today": the app fills it in
    }
    if (!model.form.type.empty()) c.course.type = model.form.type;
    // No mark ticked is "not answered" (unknown); "none of these" is the known empty list. A course
    // with an NLQF level has the `nlqf` mark (docs/web-app.md): the case says so, asked once.
    std::vector<std::string> marks = model.form.quality;
    if (nlqf_implied() && std::find(marks.begin(), marks.end(), "nlqf") == marks.end()) {
        marks.push_back("nlqf");
        sort_marks(marks);
    }
    if (!marks.empty())
        c.course.quality = marks;
    else if (model.form.quality_none)
        c.course.quality = std::vector<std::string>{};
    for (const auto& [path, text] : model.form.answers) {
        if (text.empty()) continue;
        if (is_keyed_answer(path)) {
            if (std::string why = put_keyed_answer(path, text, c); !why.empty() && model.input_problem.empty())
                model.input_problem = std::move(why);
            continue;
        }
        auto fact = fact_from_path(path);
        auto value = fact ? answer_value(fact_info(*fact), text) : std::nullopt;
        if (!value || !put_answer(*fact, *value, c)) model.input_problem = tr(S::BadNumber);
    }
    for (const auto& [id, text] : model.form.used) {
        if (text.empty()) continue;
        if (auto cents = parse_euro(text)) {
            if (*cents > 0) c.person.used[id] = *cents;
        } else if (model.input_problem.empty()) {
            model.input_problem = used_problem(id);
        }
    }
    model.computed_case = std::move(c);
    model.outcome = model.planner->plan(model.computed_case);  // check_case + evaluate, once
    // Remember which facts were asked, so an answered question stays on screen to change.
    if (model.outcome.ok)
        for (const auto& q : model.outcome.result.questions)
            if (std::find(model.form.asked.begin(), model.form.asked.end(), q.fact) == model.form.asked.end())
                model.form.asked.push_back(q.fact);
}

std::string case_json() { return case_to_json(model.computed_case); }

std::string result_json() { return model.outcome.ok ? model.planner->result_json(model.outcome.result) : ""; }

// The date: the app always gives one (the start date or today), so it is never a question.
bool course_step_fact(const std::string& fact) { return fact == "course.start_date" || fact == "reference_date"; }

bool nlqf_implied() {
    auto it = model.form.answers.find("course.nlqf_level");
    if (it == model.form.answers.end() || it->second.empty()) return false;
    auto v = answer_value(fact_info(Fact::CourseNlqfLevel), it->second);
    return v && std::holds_alternative<long long>(*v);
}

bool fact_answered(const std::string& fact) {
    if (fact == "course.quality") return !model.form.quality.empty() || model.form.quality_none || nlqf_implied();
    if (fact == "course.type") return !model.form.type.empty();
    if (is_keyed_fact(fact)) {
        for (auto it = model.form.answers.lower_bound(fact + "."); it != model.form.answers.end(); ++it) {
            if (it->first.compare(0, fact.size() + 1, fact + ".") != 0) break;
            if (!it->second.empty()) return true;
        }
        return false;
    }
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
    } else if (is_keyed_fact(fact)) {
        auto& answers = model.form.answers;
        for (auto it = answers.lower_bound(fact + "."); it != answers.end() && it->first.compare(0, fact.size() + 1, fact + ".") == 0;)
            it = answers.erase(it);
        changed();
    } else {
        set_answer(fact, "");
    }
}

namespace {

void add_key(std::vector<std::string>& keys, const std::string& key) {
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
}

// What a keyed question asks about: for the schemes the engine names, their ids (or the course
// lists their conditions name); then the keys already answered, so an answer stays on screen.
std::vector<std::string> question_keys(const std::string& fact, const std::vector<std::string>& schemes) {
    std::vector<std::string> keys;
    if (!is_keyed_fact(fact)) return keys;
    const bool lists = fact == "course.on_course_list";
    const auto& spec = model.planner->catalogue()->spec();
    for (const auto& id : schemes) {
        if (!lists) {
            add_key(keys, id);
            continue;
        }
        for (const auto& s : spec.schemes)
            if (s.id == id)
                for (const auto& code : course_list_codes(s)) add_key(keys, code);
    }
    for (auto it = model.form.answers.lower_bound(fact + "."); it != model.form.answers.end(); ++it) {
        if (it->first.compare(0, fact.size() + 1, fact + ".") != 0) break;
        if (it->second.empty()) continue;
        std::string key = it->first.substr(fact.size() + 1);
        if (!lists) key = key.substr(0, key.find('.'));  // person.uses.<id>.<member>
        add_key(keys, key);
    }
    return keys;
}

}  // namespace

std::vector<QuestionItem> questions() {
    std::vector<QuestionItem> out;
    if (model.outcome.ok)
        for (const auto& q : model.outcome.result.questions)
            if (!course_step_fact(q.fact)) out.push_back({q.fact, q.at_stake, false, question_keys(q.fact, q.schemes)});
    for (const auto& fact : model.form.asked) {
        if (course_step_fact(fact)) continue;
        bool open = std::any_of(out.begin(), out.end(), [&](const QuestionItem& q) { return q.fact == fact; });
        if (!open && fact_answered(fact)) out.push_back({fact, 0, true, question_keys(fact, {})});
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

void set_keyed_answer(const std::string& fact, const std::string& path, const std::string& value,
                      const std::vector<std::string>& clear) {
    for (const auto& other : clear) model.form.answers.erase(other);
    model.form.answers[path] = value;
    if (std::find(model.form.asked.begin(), model.form.asked.end(), fact) == model.form.asked.end())
        model.form.asked.push_back(fact);
    changed();
}

std::string keyed_problem(const std::string& path) {
    auto it = model.form.answers.find(path);
    if (it == model.form.answers.end()) return {};
    Case scratch;
    return put_keyed_answer(path, it->second, scratch);
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

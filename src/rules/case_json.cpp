// case_json.cpp: parse_case_json(), the contract's "Input (one case)". This file checks the JSON
// itself: field names, types, money as whole cents (from the decimal text), whole numbers, dates,
// null = unknown, the reference date default. What the engine's check_case() checks (enumeration
// values, sector codes, `used` ids, ranges, age with birth_date) is left to it, so both the CLI
// and the web build refuse exactly the same cases.
#include <algorithm>
#include <climits>

#include "case_json_real.h"
#include "json/json_read.h"
#include "stapelwijzer/engine.h"
#include "stapelwijzer/facts.h"
#include "stapelwijzer/rules.h"

namespace sw {

namespace {

using json::Value;

constexpr std::size_t kMaxCaseBytes = 1u << 20;  // one case is a few hundred bytes

// A present, non-null field (null and missing both mean unknown).
const Value* field(const Value& object, const char* key) {
    const Value* v = object.find(key);
    return v && !v->is_null() ? v : nullptr;
}

struct CaseReader {
    json::Errors& errors;

    void string(const Value& obj, const char* key, const std::string& path, std::optional<std::string>& out) {
        if (const Value* v = field(obj, key))
            if (auto s = json::read_string(*v, json::join(path, key), errors, false)) out = *s;
    }
    void boolean(const Value& obj, const char* key, const std::string& path, std::optional<bool>& out) {
        if (const Value* v = field(obj, key))
            if (auto b = json::read_bool(*v, json::join(path, key), errors)) out = *b;
    }
    void number(const Value& obj, const char* key, const std::string& path, std::optional<double>& out) {
        if (const Value* v = field(obj, key)) {
            if (!v->is_number()) errors.add(json::join(path, key), json::wrong_type("a number", *v));
            else out = v->number;
        }
    }
    // Whole numbers: bounds from the fact table where the contract gives them (so 1e12 is refused
    // before it could overflow an int), otherwise the int range.
    void whole(const Value& obj, const char* key, const std::string& path, std::optional<int>& out) {
        const Value* v = field(obj, key);
        if (!v) return;
        const std::string p = json::join(path, key);
        std::int64_t lo = INT_MIN, hi = INT_MAX;
        if (auto f = fact_from_path(p)) {
            if (fact_info(*f).min) lo = static_cast<std::int64_t>(*fact_info(*f).min);
            if (fact_info(*f).max) hi = static_cast<std::int64_t>(*fact_info(*f).max);
        }
        if (auto n = json::read_whole(*v, p, errors, lo, hi)) out = static_cast<int>(*n);
    }
    void date(const Value& obj, const char* key, const std::string& path, std::optional<Date>& out) {
        if (const Value* v = field(obj, key))
            if (auto d = json::read_date(*v, json::join(path, key), errors)) out = *d;
    }

    void person(const Value& v, Person& p) {
        const std::string path = "person";
        if (!json::check_object(
                v, path,
                {"age", "birth_date", "employment", "sector", "province", "municipality", "years_of_service",
                 "hours_per_week", "education_level", "contract_type", "receives_student_finance",
                 "receives_ww", "dismissal", "employer_size", "used",
                 // real schemes (case_json_real.cpp)
                 "benefits", "years_in_sector", "years_at_employer", "weeks_in_sector", "employer_wage_bill",
                 "uses", "budget_left"},
                errors))
            return;
        whole(v, "age", path, p.age);
        date(v, "birth_date", path, p.birth_date);
        string(v, "employment", path, p.employment);
        string(v, "sector", path, p.sector);
        string(v, "province", path, p.province);
        string(v, "municipality", path, p.municipality);
        number(v, "years_of_service", path, p.years_of_service);
        number(v, "hours_per_week", path, p.hours_per_week);
        whole(v, "education_level", path, p.education_level);
        string(v, "contract_type", path, p.contract_type);
        boolean(v, "receives_student_finance", path, p.receives_student_finance);
        boolean(v, "receives_ww", path, p.receives_ww);
        string(v, "dismissal", path, p.dismissal);
        whole(v, "employer_size", path, p.employer_size);
        read_real_person_facts(v, p, errors);
        if (const Value* used = field(v, "used")) {
            const std::string up = json::join(path, "used");
            if (!used->is_object()) {
                errors.add(up, json::wrong_type("an object of scheme id to euro", *used));
                return;
            }
            for (const auto& [id, amount] : used->members()) {
                if (amount.is_null()) continue;  // unknown use counts as nothing used
                if (auto c = json::read_cents(amount, json::join(up, id), errors))
                    p.used[std::string(id)] = *c;
            }
        }
    }

    void course(const Value& v, Course& c) {
        const std::string path = "course";
        if (!json::check_object(v, path,
                                {"start_date", "costs", "type", "quality", "nlqf_level", "track", "hours",
                                 "topic", "ontwikkelpad", "aim", "category", "on_course_list"},
                                errors))
            return;
        date(v, "start_date", path, c.start_date);
        if (const Value* costs = field(v, "costs")) {
            std::vector<std::string_view> names;
            for (int i = 0; i < kComponentCount; ++i) names.push_back(component_name(static_cast<Component>(i)));
            if (json::check_object_names(*costs, "course.costs", names, errors))
                for (int i = 0; i < kComponentCount; ++i)
                    if (const Value* amount = field(*costs, names[i].data()))
                        if (auto cents = json::read_cents(*amount, json::join("course.costs", std::string(names[i])), errors))
                            c.costs[i] = *cents;
        } else {
            errors.add("course.costs", "required field is missing (the cost of the course, in euro)");
        }
        string(v, "type", path, c.type);
        if (const Value* q = field(v, "quality")) {
            if (!q->is_array()) {
                errors.add("course.quality", json::wrong_type("a list of quality marks", *q));
            } else {
                std::vector<std::string> marks;
                for (std::size_t i = 0; i < q->items().size(); ++i)
                    if (auto s =
                            json::read_string(q->items()[i], json::at("course.quality", i), errors, false))
                        marks.push_back(*s);
                c.quality = std::move(marks);
            }
        }
        whole(v, "nlqf_level", path, c.nlqf_level);
        string(v, "track", path, c.track);
        number(v, "hours", path, c.hours);
        string(v, "topic", path, c.topic);
        boolean(v, "ontwikkelpad", path, c.ontwikkelpad);
        string(v, "aim", path, c.aim);
        read_real_course_facts(v, c, errors);
    }
};

}  // namespace

std::optional<Case> parse_case_json(const std::string& text, const Catalogue& catalogue, Diagnostic& error) {
    if (text.size() > kMaxCaseBytes) {
        error = Diagnostic{"", "the case is larger than 1 MB; refused"};
        return std::nullopt;
    }
    std::string why;
    const auto doc = json::parse(text, why);
    if (!doc) {
        error = Diagnostic{"", "not valid JSON: " + why};
        return std::nullopt;
    }
    const Value& root = doc->root();
    std::vector<Diagnostic> found;
    json::Errors errors(found, "");
    CaseReader r{errors};
    Case c;
    std::optional<Date> reference;
    if (json::check_object(root, "", {"contract", "reference_date", "person", "course"}, errors)) {
        if (const Value* contract = field(root, "contract")) {
            if (!contract->is_number() || contract->number != 1)
                errors.add("contract", "must be 1 (the contract version this program speaks), got " +
                                           json::describe(*contract));
        } else {
            errors.add("contract", "required field is missing (write \"contract\": 1)");
        }
        r.date(root, "reference_date", "", reference);
        if (const Value* person = field(root, "person")) r.person(*person, c.person);
        if (const Value* course = field(root, "course"))
            r.course(*course, c.course);
        else errors.add("course.costs", "required field is missing (the cost of the course, in euro)");
    }
    if (found.empty()) {
        if (reference) c.reference_date = *reference;
        else if (c.course.start_date) c.reference_date = *c.course.start_date;
        else errors.add("reference_date", "required field is missing (give reference_date or course.start_date)");
    }
    if (!found.empty()) {
        error = found.front();
        return std::nullopt;
    }
    if (auto bad = check_case(catalogue, c)) {
        error = *bad;
        return std::nullopt;
    }
    return c;
}

}  // namespace sw

// case_json_real.cpp: reads person.benefits, years_in_sector, years_at_employer, weeks_in_sector,
// employer_wage_bill, uses, budget_left and course.category, on_course_list. JSON shape only (types,
// whole numbers, cents, dates); values against the contract and catalogue: check_case().
#include "case_json_real.h"

#include <climits>

namespace sw {
namespace {

using json::Value;

const Value* present(const Value& object, const char* key) {
    const Value* v = object.find(key);
    return v && !v->is_null() ? v : nullptr;
}

void number(const Value& obj, const char* key, const std::string& path, std::optional<double>& out,
            json::Errors& errors) {
    if (const Value* v = present(obj, key)) {
        if (!v->is_number())
            errors.add(json::join(path, key), json::wrong_type("a number", *v));
        else
            out = v->number;
    }
}

// A JSON object whose members are read one by one; false (and an error) if it is not an object.
bool object(const Value& v, const std::string& path, const char* what, json::Errors& errors) {
    if (v.is_object()) return true;
    errors.add(path, json::wrong_type(what, v));
    return false;
}

std::optional<SchemeUse> scheme_use(const Value& v, const std::string& path, json::Errors& errors) {
    if (!json::check_object(v, path, {"times", "times_this_year", "last_granted"}, errors))
        return std::nullopt;
    SchemeUse u;
    if (const Value* t = present(v, "times"))
        if (auto n = json::read_whole(*t, json::join(path, "times"), errors, 0, 1000))
            u.times = static_cast<int>(*n);
    if (const Value* t = present(v, "times_this_year"))
        if (auto n = json::read_whole(*t, json::join(path, "times_this_year"), errors, 0, 1000))
            u.times_this_year = static_cast<int>(*n);
    if (const Value* d = present(v, "last_granted"))
        if (auto date = json::read_date(*d, json::join(path, "last_granted"), errors)) u.last_granted = *date;
    return u;
}

}  // namespace

void read_real_person_facts(const Value& v, Person& p, json::Errors& errors) {
    if (const Value* b = present(v, "benefits")) {
        if (!b->is_array()) {
            errors.add("person.benefits", json::wrong_type("a list of benefits (empty: none)", *b));
        } else {
            std::vector<std::string> list;
            for (std::size_t i = 0; i < b->items().size(); ++i)
                if (auto s = json::read_string(b->items()[i], json::at("person.benefits", i), errors, false))
                    list.push_back(*s);
            p.benefits = std::move(list);
        }
    }
    number(v, "years_in_sector", "person", p.years_in_sector, errors);
    number(v, "years_at_employer", "person", p.years_at_employer, errors);
    number(v, "employer_wage_bill", "person", p.employer_wage_bill, errors);
    if (const Value* w = present(v, "weeks_in_sector");
        w && object(*w, "person.weeks_in_sector", "an object of calendar year to weeks", errors)) {
        for (const auto& [key, weeks] : w->members()) {
            const std::string path = json::join("person.weeks_in_sector", key);
            std::int64_t year = 0;
            bool digits = key.size() == 4;
            for (char ch : key) digits = digits && ch >= '0' && ch <= '9';
            if (digits) year = std::stoll(std::string(key));
            if (!digits) {
                errors.add(path, "a key must be a calendar year such as \"2024\"");
                continue;
            }
            if (weeks.is_null()) continue;  // that year unknown
            if (auto n = json::read_whole(weeks, path, errors, 0, 53))
                p.weeks_in_sector[static_cast<int>(year)] = static_cast<int>(*n);
        }
    }
    if (const Value* u = present(v, "uses");
        u && object(*u, "person.uses", "an object of scheme id to earlier uses", errors)) {
        for (const auto& [id, use] : u->members()) {
            if (use.is_null()) continue;  // unknown
            if (auto s = scheme_use(use, json::join("person.uses", id), errors)) p.uses[std::string(id)] = *s;
        }
    }
    if (const Value* b = present(v, "budget_left");
        b && object(*b, "person.budget_left", "an object of scheme id to euro", errors)) {
        for (const auto& [id, amount] : b->members()) {
            if (amount.is_null()) continue;  // unknown: at most the whole pot
            if (auto c = json::read_cents(amount, json::join("person.budget_left", id), errors))
                p.budget_left[std::string(id)] = *c;
        }
    }
}

void read_real_course_facts(const Value& v, Course& c, json::Errors& errors) {
    if (const Value* s = present(v, "category"))
        if (auto text = json::read_string(*s, "course.category", errors, false)) c.category = *text;
    if (const Value* l = present(v, "on_course_list");
        l && object(*l, "course.on_course_list", "an object of course list code to true or false", errors)) {
        for (const auto& [code, on] : l->members()) {
            if (on.is_null()) continue;  // unknown
            if (auto b = json::read_bool(on, json::join("course.on_course_list", code), errors))
                c.on_course_list[std::string(code)] = *b;
        }
    }
}

}  // namespace sw

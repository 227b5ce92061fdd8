// case_json_write.cpp: case_to_json(), a Case as the contract's "Input (one case)" JSON, for
// exports and tests that hand a case the app computed to the CLI. parse_case_json() of the text
// gives the same Case back (tests/rules/unit-case-json-write.cpp).
#include <nlohmann/json.hpp>

#include "stapelwijzer/rules.h"

namespace sw {
namespace {

using J = nlohmann::ordered_json;

// Euro as the contract writes money: whole euros as integers, else with the cents as decimals
// (a double of at most 2 decimals reads back to the same cents: docs/contract.md, money).
J euro(Cents cents) {
    if (cents % 100 == 0) return cents / 100;
    return static_cast<double>(cents) / 100.0;
}

template <class T>
void put(J& object, const char* key, const std::optional<T>& value) {
    if (value) object[key] = *value;
}

void put_date(J& object, const char* key, const std::optional<Date>& value) {
    if (value) object[key] = format_iso_date(*value);
}

}  // namespace

std::string case_to_json(const Case& c, bool pretty) {
    J person = J::object();
    const Person& p = c.person;
    put(person, "age", p.age);
    put_date(person, "birth_date", p.birth_date);
    put(person, "employment", p.employment);
    put(person, "sector", p.sector);
    put(person, "province", p.province);
    put(person, "municipality", p.municipality);
    put(person, "years_of_service", p.years_of_service);
    put(person, "hours_per_week", p.hours_per_week);
    put(person, "education_level", p.education_level);
    put(person, "contract_type", p.contract_type);
    put(person, "receives_student_finance", p.receives_student_finance);
    put(person, "receives_ww", p.receives_ww);
    put(person, "dismissal", p.dismissal);
    put(person, "employer_size", p.employer_size);
    if (!p.used.empty()) {
        J used = J::object();
        for (const auto& [id, cents] : p.used) used[id] = euro(cents);
        person["used"] = std::move(used);
    }
    // The facts for real schemes (docs/contract.md "Facts for real schemes"): without them the
    // app's exported case would give another result in the CLI than the app showed.
    put(person, "benefits", p.benefits);
    put(person, "years_in_sector", p.years_in_sector);
    put(person, "years_at_employer", p.years_at_employer);
    if (!p.weeks_in_sector.empty()) {
        J weeks = J::object();
        for (const auto& [year, n] : p.weeks_in_sector) weeks[std::to_string(year)] = n;
        person["weeks_in_sector"] = std::move(weeks);
    }
    put(person, "employer_wage_bill", p.employer_wage_bill);
    if (!p.uses.empty()) {
        J uses = J::object();
        for (const auto& [id, u] : p.uses) {
            J use = J::object();
            put(use, "times", u.times);
            put(use, "times_this_year", u.times_this_year);
            put_date(use, "last_granted", u.last_granted);
            uses[id] = std::move(use);
        }
        person["uses"] = std::move(uses);
    }
    if (!p.budget_left.empty()) {
        J left = J::object();
        for (const auto& [id, cents] : p.budget_left) left[id] = euro(cents);
        person["budget_left"] = std::move(left);
    }
    J course = J::object();
    const Course& k = c.course;
    put_date(course, "start_date", k.start_date);
    J costs = J::object();
    for (int i = 0; i < kComponentCount; ++i)
        if (k.costs[i] != 0) costs[component_name(static_cast<Component>(i))] = euro(k.costs[i]);
    course["costs"] = std::move(costs);
    put(course, "type", k.type);
    put(course, "quality", k.quality);
    put(course, "nlqf_level", k.nlqf_level);
    put(course, "track", k.track);
    put(course, "hours", k.hours);
    put(course, "topic", k.topic);
    put(course, "ontwikkelpad", k.ontwikkelpad);
    put(course, "aim", k.aim);
    put(course, "category", k.category);
    if (!k.on_course_list.empty()) {
        J lists = J::object();
        for (const auto& [code, on] : k.on_course_list) lists[code] = on;
        course["on_course_list"] = std::move(lists);
    }

    J doc = J::object();
    doc["contract"] = 1;
    // The reference date defaults to the start date; written only where it is another day.
    if (!k.start_date || *k.start_date != c.reference_date)
        doc["reference_date"] = format_iso_date(c.reference_date);
    doc["person"] = std::move(person);
    doc["course"] = std::move(course);
    return doc.dump(pretty ? 2 : -1, ' ', false, J::error_handler_t::replace);
}

}  // namespace sw

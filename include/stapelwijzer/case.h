// stapelwijzer/case.h: one case (a person and a course) as plain data, as the JSON contract
// describes it. An empty optional is an unknown fact. Costs are never unknown.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "stapelwijzer/types.h"

namespace sw {

// How often a scheme was granted before (for its `use_limit`). Each part may be unknown.
struct SchemeUse {
    std::optional<int> times;            // ever
    std::optional<int> times_this_year;  // in the reference date's calendar year
    std::optional<Date> last_granted;
};

struct Person {
    std::optional<int> age;          // whole years; or birth_date (never both)
    std::optional<Date> birth_date;  // age is then taken at the reference date
    std::optional<std::string> employment;
    std::optional<std::string> sector;  // a sector code the catalogue defines
    std::optional<std::string> province;
    std::optional<std::string> municipality;
    std::optional<double> years_of_service;
    std::optional<double> hours_per_week;
    std::optional<int> education_level;  // NLQF 1-8
    std::optional<std::string> contract_type;
    std::optional<bool> receives_student_finance;
    std::optional<bool> receives_ww;
    std::optional<std::string> dismissal;
    std::optional<int> employer_size;
    std::map<std::string, Cents> used;  // per scheme id: cap already used in the cap's period

    // Added for real schemes (issue 15; docs/contract.md "Facts for real schemes").
    std::optional<std::vector<std::string>> benefits;  // ww, bijstand, wia, wajong, ziektewet; [] = none
    std::optional<double> years_in_sector;
    std::optional<double> years_at_employer;   // years_of_service is its old name (either, or equal)
    std::map<int, int> weeks_in_sector;        // calendar year -> weeks worked in the sector (0-53)
    std::optional<double> employer_wage_bill;  // euro a year
    std::map<std::string, SchemeUse> uses;     // per scheme id with a use limit
    std::map<std::string, Cents> budget_left;  // per scheme id with a company budget: left this year
};

struct Course {
    std::optional<Date> start_date;
    ComponentCents costs{};  // indexed by Component; a missing component is 0
    std::optional<std::string> type;
    std::optional<std::vector<std::string>> quality;
    std::optional<int> nlqf_level;
    std::optional<std::string> track;
    std::optional<double> hours;
    std::optional<std::string> topic;
    std::optional<bool> ontwikkelpad;
    std::optional<std::string> aim;
    std::optional<std::string> category;         // vca, bhv, ehbo, safety_other, code95, ...
    std::map<std::string, bool> on_course_list;  // per course list code; a missing code is unknown
};

struct Case {
    Date reference_date;  // the parser fills it from course.start_date when the input has none
    Person person;
    Course course;
};

}  // namespace sw

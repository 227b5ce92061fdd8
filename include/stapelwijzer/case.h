// stapelwijzer/case.h: one case (a person and a course) as plain data, as the JSON contract
// describes it. An empty optional is an unknown fact. Costs are never unknown.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "stapelwijzer/types.h"

namespace sw {

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
};

struct Case {
    Date reference_date;  // the parser fills it from course.start_date when the input has none
    Person person;
    Course course;
};

}  // namespace sw

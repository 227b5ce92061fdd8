// stapelwijzer/facts.h: the facts a rule can ask about. The set is fixed by the JSON contract
// (docs/contract.md: person and course fields); their value vocabularies for sector and
// municipality come from the catalogue, the other enumerations from the contract.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "stapelwijzer/types.h"

namespace sw {

enum class Fact : std::uint8_t {
    PersonAge,
    PersonEmployment,
    PersonSector,
    PersonProvince,
    PersonMunicipality,
    PersonYearsOfService,
    PersonHoursPerWeek,
    PersonEducationLevel,
    PersonContractType,
    PersonReceivesStudentFinance,
    PersonReceivesWw,
    PersonDismissal,
    PersonEmployerSize,
    CourseStartDate,
    CourseType,
    CourseQuality,
    CourseNlqfLevel,
    CourseTrack,
    CourseHours,
    CourseTopic,
    CourseOntwikkelpad,
    CourseAim,
    ReferenceDate,
};
constexpr int kFactCount = static_cast<int>(Fact::ReferenceDate) + 1;

enum class FactType : std::uint8_t {
    Integer,     // whole number (age, education_level, nlqf_level, employer_size)
    Number,      // may have decimals (years_of_service, hours_per_week, hours)
    Boolean,
    Enum,        // closed set given by the contract (values below)
    Vocabulary,  // closed set given by the catalogue (sector)
    Text,        // free text compared exactly (municipality)
    Set,         // a set of enum values (quality); `in` means "contains any of"
    Date,
};

struct FactInfo {
    Fact fact;
    const char* path;  // JSON path as in the contract: "person.age"
    FactType type;
    std::vector<std::string> values;  // Enum and Set: the allowed values, in contract order
    std::optional<double> min, max;   // numeric range the contract allows, if any
    Text label;                       // "uw leeftijd" / "your age", for generated texts
};

const FactInfo& fact_info(Fact f);
std::optional<Fact> fact_from_path(std::string_view path);

}  // namespace sw

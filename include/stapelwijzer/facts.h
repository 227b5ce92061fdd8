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
    // Added for real schemes (issue 15; docs/rules-format.md "Facts for real schemes"). After
    // ReferenceDate so the facts above keep their numbers.
    PersonBenefits,            // the benefits received (a set: WW, bijstand, WIA, Wajong, Ziektewet)
    PersonYearsInSector,       // years worked in the sector (any employer)
    PersonYearsAtEmployer,     // years at this employer (dienstjaren); years_of_service is its old name
    PersonMinWeeksInSector5y,  // fewest weeks worked in the sector in any of the last five calendar years
    PersonEmployerWageBill,    // the employer's yearly wage bill in euro (a company budget's base)
    CourseCategory,            // what kind of course (VCA, BHV, EHBO, code 95, driving licence, hobby, ...)
    // Keyed facts (is_keyed): known per key, not as a whole; a key the case does not give is
    // unknown. Type Set: a leaf asks whether the key's answer is yes.
    PersonUses,          // per scheme: its use limit still allows it (set by `use_limit` only)
    PersonBudgetLeft,    // per scheme: the employer's pot has money left (set by `budget` only)
    CourseOnCourseList,  // per course list code: the course is on that fund's list
};
constexpr int kFactCount = static_cast<int>(Fact::CourseOnCourseList) + 1;

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
    // Set by the engine from a scheme's `use_limit` / `budget`, never written in a rule's condition.
    bool internal = false;
};

// The keyed facts are the last ones (facts.h order): one comparison in the evaluator's hot loop.
constexpr bool is_keyed(Fact f) {
    return f >= Fact::PersonUses;
}

const FactInfo& fact_info(Fact f);
std::optional<Fact> fact_from_path(std::string_view path);

}  // namespace sw

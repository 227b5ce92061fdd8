// stapelwijzer/scheme_limits.h: what a real scheme adds to its formula and condition (issue 15):
// part-time pro rata, use limits and a company budget (docs/rules-format.md "Pro rata, use limits,
// company budgets"). Plain data, part of SchemeSpec; each is optional.
#pragma once

#include <cstdint>
#include <optional>

namespace sw {

// The fixed amount and the cap scale by person.hours_per_week / full_time_hours (at most 1),
// rounded down to whole cents. Below min_hours the scheme does not apply.
struct ProRata {
    double full_time_hours = 0;       // > 0
    std::optional<double> min_hours;  // >= 0
};

// "once per N years", "k times per calendar year", "k times per career".
enum class UsePeriod : std::uint8_t { Years, CalendarYear, Career };
struct UseLimit {
    int times = 1;  // >= 1; for Years exactly 1
    UsePeriod per = UsePeriod::Career;
    int years = 0;  // Years: N >= 1
};

// A yearly pot of the employer: base + per_employee x person.employer_size +
// wage_bill_percent % of person.employer_wage_bill (euro; each part optional, at least one).
struct CompanyBudget {
    double base = 0;
    double per_employee = 0;
    double wage_bill_percent = 0;
};

struct SchemeLimits {
    std::optional<ProRata> pro_rata;
    std::optional<UseLimit> use_limit;
    std::optional<CompanyBudget> budget;
};

}  // namespace sw

// stapelwijzer/budget.h: company budgets (a yearly pot of the employer from which any employee's
// training is paid; docs/engine.md "Company budgets"). What a caller that shares one pot among
// several people (the employer view) needs from the engine.
#pragma once

#include <optional>
#include <string_view>

#include "stapelwijzer/case.h"
#include "stapelwijzer/catalogue.h"

namespace sw {

// The pot of scheme `scheme_id` for the employer of `c` at its reference date:
// base + per_employee x person.employer_size + wage_bill_percent % of person.employer_wage_bill,
// rounded down to whole cents. nullopt when the scheme has no budget (or is not in the catalogue),
// or when a fact the formula needs (employer_size, employer_wage_bill) is unknown.
std::optional<Cents> budget_pot(const Catalogue& catalogue, const Case& c, std::string_view scheme_id);

}  // namespace sw

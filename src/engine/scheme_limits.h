// scheme_limits.h: a scheme's pro_rata, use_limit and budget at evaluation time (engine-internal;
// docs/engine.md "Pro rata, use limits, company budgets").
#pragma once

#include <optional>

#include "kleene.h"
#include "resolve.h"
#include "stapelwijzer/case.h"

namespace sw::engine {

// Whether the use limit still allows the scheme at `reference`, from what the case says of its
// earlier uses: True, False, or Unknown when the case does not say enough.
Tri use_allowed(const UseLimit& limit, const SchemeUse& use, Date reference);

// The case's answers for the keyed facts person.uses, person.budget_left and course.on_course_list.
void add_keyed_answers(const Catalogue::Impl& impl, const Case& c, FactValues& facts);

// `cents` scaled by the hours (pro rata, rounded down), the hours taken from `facts`; unknown
// hours: the lowest (min_hours, or 0) or the highest (full time) per `pick`.
Cents pro_rata(Cents cents, const ProRata& p, const FactValues& facts, Pick pick);

// The pot (nullopt: unbounded, a fact it needs is unknown and `pick` is Highest).
std::optional<Cents> budget_pot_cents(const CompanyBudget& b, const FactValues& facts, Pick pick);

// What the scheme may still pay from its pot: the case's budget_left, or (not given) the whole
// pot when the best case assumes it or the pick is Highest, else 0. nullopt: no limit.
std::optional<Cents> budget_limit(const CScheme& scheme, const Case& c, const FactValues& facts, Pick pick);

}  // namespace sw::engine

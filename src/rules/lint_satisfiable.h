// lint_satisfiable.h: can any case make a condition true? Used by `stapelwijzer lint` to find
// schemes that no one can ever get (contradictory conditions such as age >= 60 and age <= 30).
#pragma once

#include <optional>
#include <string>

#include "stapelwijzer/catalogue.h"

namespace sw::lint {

struct Satisfiability {
    bool satisfiable = true;   // false only when proven: every alternative contradicts itself
    std::string conflict;      // a fact path whose constraints clash ("person.age"), when known
};

// Decides by expanding the condition into alternatives (disjunctive normal form) and checking each
// alternative fact by fact. Leaves that use parameters, and note-only leaves, are assumed
// satisfiable; a condition too large to expand (over a few hundred alternatives) counts as
// satisfiable. `reference_window` bounds reference_date (the scheme's validity).
Satisfiability check_satisfiable(const Condition& condition, const CatalogueSpec& spec, std::optional<Date> from,
                                 std::optional<Date> to);

}  // namespace sw::lint

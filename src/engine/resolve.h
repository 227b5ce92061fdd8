// resolve.h: a scheme's formula at the reference date as plain numbers for the stacking
// optimiser (engine-internal): amounts to cents, percentages to basis points, `used` applied.
#pragma once

#include <optional>

#include "kleene.h"
#include "stacking.h"
#include "stapelwijzer/case.h"

namespace sw::engine {

// Which value an amount takes when a `when` is unknown: the plan promises the lowest (never more
// than sure), the potential of a question the highest.
enum class Pick : std::uint8_t { Lowest, Highest };

// The amount's number (euro, percent or euro per hour), 0 when no case applies or a parameter has
// no value at the reference date; nullopt when the formula does not give this amount.
std::optional<double> resolve_amount(const EvalContext& ctx, const CAmount& amount, Pick pick);

// Everything but `excludes` / `requires_schemes` (indices depend on the caller's StackInput).
StackScheme stack_scheme(const EvalContext& ctx, const CScheme& scheme, const Case& c, Pick pick);

}  // namespace sw::engine

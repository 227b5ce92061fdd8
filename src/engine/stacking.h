// stacking.h: the stacking optimiser's input and entry points (engine-internal).
// Eligibility (evaluate.cpp) resolves every eligible scheme's formula at the reference date into a
// StackScheme (plain numbers, cents, basis points, indices); stacking never sees conditions,
// parameters or dates. Semantics: docs/semantics.md, "Stacking semantics" and "Definitions the
// interactions rely on".
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "stapelwijzer/catalogue.h"
#include "stapelwijzer/result.h"
#include "stapelwijzer/types.h"

namespace sw::engine {

struct StackScheme {
    std::string id;
    Text name;
    Kind kind = Kind::Gift;
    Applicant applicant = Applicant::Person;
    std::string apply_url;
    int priority = 0;
    std::array<bool, kComponentCount> covers{};
    FormulaType type = FormulaType::None;
    Base base = Base::Gross;
    Cents fixed_amount = 0;       // Fixed: the amount, already lowered by `used` for year/person
    std::int64_t percent_bp = 0;  // Percentage: in basis points (9000 = 90 %)
    Cents per_hour_amount = 0;    // PerHour: rate x course hours, rounded down to cents
    Cents threshold = 0;          // Deduction
    std::optional<Cents> cap;     // effective cap (year/person caps already lowered by `used`, >= 0)
    bool exclusive = false;
    bool subsidiary = false;
    bool not_if_fully_reimbursed = false;
    bool own_costs_only = false;
    std::optional<std::int64_t> cofinancing_max_bp;  // requires_cofinancing
    std::vector<int> excludes;          // indices into StackInput::schemes (symmetric closure not required)
    std::vector<int> requires_schemes;  // indices; a required scheme that is not eligible: -1
};

struct StackInput {
    ComponentCents costs{};
    std::vector<StackScheme> schemes;  // the eligible schemes (every kind), any order
};

// The optimiser's deterministic work budget, in search nodes (never in time: the same input gives
// the same plan on every machine and in wasm). Chosen in docs/stacking.md "The work budget".
struct Budget {
    std::int64_t own_payment_nodes = 2'000'000;  // search 1: the lowest own payment
    std::int64_t tie_break_nodes = 6'000;        // searches 2 and 3: fewest schemes, first ids
    // With at most this many gift schemes neither budget applies: the search is always exact
    // (its tree is small enough, see docs/stacking.md).
    std::size_t exact_up_to_gifts = 13;
};

struct StackOptions {
    // false: Plan::explanation stays empty. Building the texts costs more than the optimum in
    // typical cases; callers that only compare plans (best case, status-only evaluate()) skip it.
    // Everything else in the plan is the same either way.
    bool explanation = true;
};

// The optimal plan (docs/semantics.md step 5), loans and deductions on the remainder, and (unless
// options.explanation is false) the explanation in Dutch and English.
Plan stack(const StackInput& input, const StackOptions& options = {});
// The same with another work budget (tests and benchmarks; everything else uses the default).
Plan stack(const StackInput& input, const StackOptions& options, const Budget& budget);

// What a scheme would pay for these costs if it were the only scheme (for a question's at_stake).
Cents solo_amount(const StackScheme& scheme, const ComponentCents& costs);

// Best-case ordering (docs/semantics.md step 6): true if a is strictly better than b.
bool better_best_case(const Plan& a, const Plan& b);

}  // namespace sw::engine

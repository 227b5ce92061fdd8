// stacking_internal.h: the pieces of the stacking optimiser (engine-internal, shared by the
// stacking_*.cpp, optimiser*.cpp and plan_explanation*.cpp files and their unit tests).
//
//   prepare()      cleans a StackInput once: application order, symmetric conflicts, potentials
//   run_plan()     applies one subset of gift schemes (plus the obligations) in order
//   run_loans_and_deductions()  loans and deductions on what the plan leaves unpaid
//   optimise()     the exact optimum over gift subsets (branch and bound, docs/stacking.md)
//   optimise_exhaustive()  the same by trying every subset: the reference the tests compare with
//   explain_plan() the plain-language explanation (Dutch and English)
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "stacking.h"

namespace sw::engine::stacking {

// Money above this (10^15 cents, 10 trillion euro) is clamped: the JSON side refuses such input
// long before, this only keeps the integer arithmetic below free of overflow.
constexpr Cents kMaxCents = 1'000'000'000'000'000;
// Percentages are clamped to 0..100 % (10000 basis points), as the rules format demands.
constexpr std::int64_t kMaxBasisPoints = 10000;

// floor(amount * bp / 10000) without overflow for 0 <= amount <= kMaxCents, 0 <= bp <= 10000.
Cents percent_of(Cents amount, std::int64_t bp);

// A scheme of the input with its numbers clamped into range and indices checked.
struct Prepared {
    const StackInput* input = nullptr;
    ComponentCents costs{};  // clamped to 0..kMaxCents
    Cents total = 0;
    std::vector<int> order;        // every money scheme (not services) in application order
    std::vector<int> gifts;        // gift schemes, in application order
    std::vector<int> obligations;  // obligation schemes, in application order
    std::vector<int> loans;        // loan schemes, in application order
    std::vector<int> deductions;   // deduction schemes, in application order
    int n = 0;                     // number of schemes in the input
    // conflict[a * n + b]: a and b may not be in one plan (excludes either way; an exclusive
    // scheme against every gift scheme). Symmetric, false on the diagonal.
    std::vector<char> conflict;
    // What each scheme would pay if it were the only one (solo_amount): an upper bound on what
    // it pays in any plan, used by the optimiser's bound.
    std::vector<Cents> potential;
    // Requirements with indices checked (an index out of range becomes -1: never met).
    std::vector<std::vector<int>> requires_schemes;

    bool conflicts(int a, int b) const { return conflict[static_cast<std::size_t>(a * n + b)] != 0; }
    const StackScheme& scheme(int i) const { return input->schemes[static_cast<std::size_t>(i)]; }
};

Prepared prepare(const StackInput& input);

// Which bound decided a payment (for the explanation).
enum class Limit : std::uint8_t {
    Formula,      // the formula's own amount (fixed amount, percentage, per-hour amount)
    Cap,          // the cap
    Cofinancing,  // requires_cofinancing: at most p % of the covered cost
    Unpaid,       // all that was still unpaid of the covered components
    Threshold,    // a deduction's threshold took everything
};

// Why a scheme of the plan's kinds pays nothing or is left out.
enum class Skip : std::uint8_t {
    None,            // it pays (or lends, or is deductible)
    NotChosen,       // gift: not in the optimal subset (the explanation finds out why)
    Requires,        // its `requires` scheme pays nothing in this plan (other = that scheme)
    Excluded,        // kept out by a scheme of the plan (other = that scheme)
    NothingLeft,     // nothing was unpaid of what it covers when its turn came
    NoTuitionLeft,   // not_if_fully_reimbursed: others pay all tuition
    BelowThreshold,  // deduction: own-paid costs not above the threshold
};

// What one scheme did in a plan.
struct Step {
    Cents amount = 0;
    ComponentCents components{};
    Limit limit = Limit::Formula;
    Skip skip = Skip::None;
    int other = -1;            // the scheme a Requires/Excluded skip is about
    Cents formula_amount = 0;  // what the formula alone gave (before cap, cofinancing, unpaid)
    Cents covered_base = 0;    // the cost the formula took its percentage of (gross or residual)
};

struct PlanRun {
    std::vector<char> in_subset;  // per scheme: a gift scheme of the chosen subset
    std::vector<char> applied;    // per scheme: took its turn (subset gift or obligation whose requires held)
    std::vector<Step> steps;      // per scheme index
    ComponentCents unpaid{};      // after gifts and obligations
    Cents own_payment = 0;
    // false: the subset breaks a rule (two conflicting schemes, a subsidiary scheme that is not
    // the last resort, a gift kept out by an obligation that applies).
    bool feasible = true;
};

// Applies the gift schemes with in_subset[i] set (indices into the input; non-gifts ignored)
// and every obligation, in application order. Loans and deductions are not touched.
PlanRun run_plan(const Prepared& prep, const std::vector<char>& in_subset);

// Fills the loan and deduction steps of `run` (on what gifts and obligations left unpaid).
void run_loans_and_deductions(const Prepared& prep, PlanRun& run);

// What `scheme` pays at its turn, given what is still unpaid (one gift/obligation/loan step).
Step pay_scheme(const StackScheme& scheme, const ComponentCents& costs, const ComponentCents& unpaid);

// The chosen gift subset: scheme indices sorted by id.
struct Choice {
    std::vector<int> gifts;
    Cents own_payment = 0;
    std::int64_t nodes = 0;  // search nodes visited (for the benchmark and docs)
    // false: the tie-break budget ran out; `gifts` reach the proven lowest own payment but may
    // not be the fewest schemes / the first id list (Plan::tie_break_proven).
    bool tie_break_proven = true;
    // false: the own-payment budget ran out; own_payment is the best found, at least
    // own_payment_lower_bound (Plan::optimal).
    bool optimal = true;
    Cents own_payment_lower_bound = 0;
};

// The optimum of docs/semantics.md step 5: lowest own payment, then fewest gift schemes, then the
// lexicographically smallest sorted id list; exact unless a budget ran out (Choice's flags).
Choice optimise(const Prepared& prep, const Budget& budget = Budget{});

// The same by enumerating every subset (2^gifts runs): the tests' reference. At most 20 gifts.
Choice optimise_exhaustive(const Prepared& prep);

// True if ids(a) < ids(b) lexicographically (a, b: scheme indices sorted by id).
bool ids_less(const Prepared& prep, const std::vector<int>& a, const std::vector<int>& b);

// The plan's explanation lines, in order.
std::vector<Text> explain_plan(const Prepared& prep, const PlanRun& run);

// When a work budget ran out: a last line that says what was not proven (the explanation never
// claims the fewest schemes or the lowest own payment then). Nothing when the choice is exact.
void explain_budget(const Choice& choice, std::vector<Text>& out);

}  // namespace sw::engine::stacking

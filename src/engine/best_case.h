// best_case.h: the best case (domain.md "Stacking semantics" step 6) and its exhaustive reference
// (engine-internal; evaluate() and the tests use it).
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "evaluate_internal.h"

namespace sw::engine {

// Test-only switches of the search (docs/engine.md "Best case"). evaluate() always uses the
// defaults. `unsound_gift_count_prune` brings back the bound of issue 21 (a branch is cut when
// paying as much as the best plan so far needs more gift schemes than it has, forgetting that
// paying more, with more schemes, is better): the property tests turn it on to show that their
// comparison with best_case_exhaustive() catches an unsound prune.
struct BestCaseTuning {
    bool unsound_gift_count_prune = false;
};

Plan best_case_plan(const EvalContext& ctx, const Case& c, const std::vector<Evaluated>& evaluated,
                    const BestCaseTuning& tuning);

// The schemes valid at the case's reference date with their conditions (what evaluate() hands
// to best_case_plan()).
std::vector<Evaluated> evaluated_schemes(const EvalContext& ctx, const Case& c);

// domain.md step 6 taken literally, the reference the tests compare best_case_plan() with: every
// consistent assignment of the unknown facts (one value per fact; per threshold a rule uses, the
// threshold and the values just below and above it), every scheme whose condition then holds
// stacked, the best plan by better_best_case(). nullopt when there are more than
// `max_assignments` assignments. Exponential: tests only.
std::optional<Plan> best_case_exhaustive(const EvalContext& ctx, const Case& c, std::size_t max_assignments);

}  // namespace sw::engine

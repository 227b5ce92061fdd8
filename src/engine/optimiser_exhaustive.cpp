// optimiser_exhaustive.cpp: docs/semantics.md step 5 taken literally: try every subset of eligible gift
// schemes, keep the feasible one with the lowest own payment, then the fewest schemes, then the
// smallest sorted id list. 2^gifts plans: only the reference the tests compare optimise() with.
#include <algorithm>

#include "stacking_internal.h"

namespace sw::engine::stacking {

Choice optimise_exhaustive(const Prepared& prep) {
    const std::size_t g = std::min<std::size_t>(prep.gifts.size(), 20);
    Choice best;
    bool have = false;
    for (std::uint32_t mask = 0; mask < (std::uint32_t{1} << g); ++mask) {
        std::vector<char> in(static_cast<std::size_t>(prep.n), 0);
        std::vector<int> ids;
        for (std::size_t i = 0; i < g; ++i) {
            if (mask >> i & 1) {
                in[static_cast<std::size_t>(prep.gifts[i])] = 1;
                ids.push_back(prep.gifts[i]);
            }
        }
        const PlanRun run = run_plan(prep, in);
        ++best.nodes;
        if (!run.feasible) continue;
        std::sort(ids.begin(), ids.end(), [&](int a, int b) { return ids_less(prep, {a}, {b}); });
        const bool better = !have || run.own_payment < best.own_payment ||
                            (run.own_payment == best.own_payment &&
                             (ids.size() < best.gifts.size() ||
                              (ids.size() == best.gifts.size() && ids_less(prep, ids, best.gifts))));
        if (better) {
            have = true;
            best.gifts = ids;
            best.own_payment = run.own_payment;
        }
    }
    return best;
}

}  // namespace sw::engine::stacking

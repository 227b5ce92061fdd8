// questions.cpp: the unknown facts that matter (docs/semantics.md "Questions that matter"): facts of
// relevant unknown leaves of possible schemes, ranked by what is at stake, then by path.
#include <algorithm>
#include <map>

#include "evaluate_internal.h"

namespace sw::engine {

std::vector<Question> questions(const EvalContext& ctx, const Case& c, const std::vector<Evaluated>& evaluated) {
    std::map<Fact, Question> by_fact;
    for (const Evaluated& e : evaluated) {
        if (e.condition != Tri::Unknown) continue;  // discretionary with true conditions asks nothing
        const CScheme& cs = ctx.impl->schemes[static_cast<std::size_t>(e.scheme)];
        std::vector<std::uint32_t> leaves;
        relevant_unknown_leaves(ctx, cs.root, leaves);
        // Potential: what it would pay alone, the formula's unknowns at their most favourable.
        const Cents potential = cs.spec->kind == Kind::Gift
                                    ? solo_amount(stack_scheme(ctx, cs, c, Pick::Highest), c.course.costs)
                                    : 0;
        for (std::uint32_t leaf : leaves) {
            const Fact f = ctx.impl->nodes[leaf].fact;
            Question& q = by_fact[f];
            q.fact = fact_info(f).path;
            q.at_stake = std::max(q.at_stake, potential);
            if (q.schemes.empty() || q.schemes.back() != cs.spec->id) q.schemes.push_back(cs.spec->id);
        }
    }
    std::vector<Question> out;
    for (auto& [fact, q] : by_fact) out.push_back(std::move(q));
    std::sort(out.begin(), out.end(), [](const Question& a, const Question& b) {
        if (a.at_stake != b.at_stake) return a.at_stake > b.at_stake;
        return a.fact < b.fact;
    });
    return out;
}

}  // namespace sw::engine

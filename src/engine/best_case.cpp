// best_case.cpp: the best case (domain.md "Stacking semantics" step 6): the optimum over every
// consistent answer to the unknown facts, discretionary schemes counted as granted. A depth-first
// search assigns one unknown fact at a time, always the one most still-open schemes depend on;
// a branch ends as soon as every scheme's status and amounts are decided, each fact tries only
// values that change some leaf, and each distinct set of schemes is stacked once.
#include <algorithm>
#include <unordered_set>

#include "best_case_domains.h"
#include "evaluate_internal.h"

namespace sw::engine {
namespace {

void leaves_on(const Catalogue::Impl& impl, std::uint32_t node, std::vector<std::uint32_t>& out) {
    const CNode& n = impl.nodes[node];
    switch (n.type) {
        case NodeType::All:
        case NodeType::Any:
            for (std::uint32_t i = 0; i < n.b; ++i) leaves_on(impl, impl.child_index[n.a + i], out);
            return;
        case NodeType::Not: leaves_on(impl, n.a, out); return;
        case NodeType::Leaf: out.push_back(node); return;
        default: return;
    }
}

void amount_leaves(const Catalogue::Impl& impl, const CScheme& s, std::vector<std::uint32_t>& out) {
    for (const CAmount* a : {&s.amount, &s.percent, &s.rate, &s.threshold, &s.cap}) {
        for (std::uint32_t i = 0; i < a->cases.count; ++i) {
            const CAmountCase& ac = impl.amount_cases[a->cases.begin + i];
            if (ac.when >= 0) leaves_on(impl, static_cast<std::uint32_t>(ac.when), out);
        }
    }
}

struct Search {
    const Case& c;
    FactValues facts;
    EvalContext ctx;
    std::vector<std::int32_t> candidates;
    std::optional<Plan> best;
    std::unordered_set<std::string> stacked;
    bool finished = false;

    void consider(const std::vector<std::int32_t>& granted) {
        StackInput input = build_stack_input(ctx, c, granted, Pick::Lowest);
        std::string key;
        for (std::size_t i = 0; i < granted.size(); ++i) {
            const StackScheme& s = input.schemes[i];
            key += std::to_string(granted[i]) + ':' + std::to_string(s.fixed_amount) + ':' + std::to_string(s.percent_bp) + ':' +
                   std::to_string(s.per_hour_amount) + ':' + std::to_string(s.threshold) + ':' +
                   (s.cap ? std::to_string(*s.cap) : "-") + ';';
        }
        if (!stacked.insert(key).second) return;
        Plan plan = stack(input);
        if (!best || better_best_case(plan, *best)) best = std::move(plan);
        // Nothing beats paying nothing without applying anywhere (loans and deductions are then 0).
        if (best->own_payment == 0 && best->gift_schemes.empty()) finished = true;
    }

    void visit() {
        if (finished) return;
        std::vector<std::int32_t> granted;
        std::vector<std::uint32_t> open_leaves;  // leaves on unknown facts that still matter
        for (std::int32_t index : candidates) {
            const CScheme& cs = ctx.impl->schemes[static_cast<std::size_t>(index)];
            const Tri t = eval_node(ctx, cs.root);
            if (t == Tri::False) continue;
            if (t == Tri::True) granted.push_back(index);
            else relevant_unknown_leaves(ctx, cs.root, open_leaves);
            std::vector<std::uint32_t> amount;
            amount_leaves(*ctx.impl, cs, amount);
            for (std::uint32_t leaf : amount) {
                if (!facts.known[static_cast<std::size_t>(ctx.impl->nodes[leaf].fact)]) open_leaves.push_back(leaf);
            }
        }
        if (open_leaves.empty()) return consider(granted);
        // The fact most open leaves depend on: it decides the most at once.
        std::array<int, kFactCount> weight{};
        for (std::uint32_t leaf : open_leaves) ++weight[static_cast<std::size_t>(ctx.impl->nodes[leaf].fact)];
        const auto fact = static_cast<Fact>(std::max_element(weight.begin(), weight.end()) - weight.begin());
        std::vector<std::uint32_t> on_fact;
        for (std::uint32_t leaf : open_leaves) {
            if (ctx.impl->nodes[leaf].fact == fact) on_fact.push_back(leaf);
        }
        for (const Candidate& value : candidate_values(ctx, fact, on_fact)) {
            assign(facts, fact, value);
            visit();
            unassign(facts, fact);
            if (finished) return;
        }
    }
};

}  // namespace

Plan best_case_plan(const EvalContext& base, const Case& c, const std::vector<Evaluated>& evaluated) {
    Search search{c, *base.facts, base, {}, std::nullopt, {}, false};
    search.ctx.facts = &search.facts;
    for (const Evaluated& e : evaluated) {
        const CScheme& cs = base.impl->schemes[static_cast<std::size_t>(e.scheme)];
        if (e.condition != Tri::False && cs.spec->kind != Kind::Service) search.candidates.push_back(e.scheme);
    }
    search.visit();
    return search.best ? *search.best : stack(StackInput{c.course.costs, {}});
}

}  // namespace sw::engine

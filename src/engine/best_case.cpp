#include <cstdio>
// best_case.cpp: the best case (domain.md "Stacking semantics" step 6): the optimum over every
// consistent answer to the unknown facts, discretionary schemes counted as granted. A depth-first
// search assigns one unknown fact at a time, always the one most still-open schemes depend on;
// a branch ends as soon as every scheme's status and amounts are decided, each fact tries only
// values that change some leaf, and each distinct set of schemes is stacked once.
#include <algorithm>
#include <functional>
#include <unordered_map>
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
    // Per candidate: the most it could pay alone, unknown amounts at their highest (0 for loans,
    // deductions). No scheme pays more in any plan, which gives the bound in `hopeless`.
    std::unordered_map<std::int32_t, Cents> solo_max;
    Cents total = 0;

    // True if no plan from the still-possible schemes can beat the best so far: beating it needs
    // own payment <= best's, so at least `need` paid, which takes at least g gift schemes (the
    // g largest alone-amounts on top of every obligation); more than the best's count loses.
    bool hopeless(const std::vector<std::int32_t>& alive) const {
        if (!best) return false;
        std::vector<std::pair<Kind, Cents>> amounts;
        for (std::int32_t index : alive) {
            amounts.emplace_back(ctx.impl->schemes[static_cast<std::size_t>(index)].spec->kind, solo_max.at(index));
        }
        return hopeless(amounts);
    }
    bool hopeless(const std::vector<std::pair<Kind, Cents>>& amounts) const {
        if (!best) return false;
        const Cents need = total - best->own_payment;
        Cents paid = 0;
        std::vector<Cents> gifts;
        for (const auto& [kind, amount] : amounts) {
            if (kind == Kind::Obligation) paid += amount;
            else if (kind == Kind::Gift) gifts.push_back(amount);
        }
        std::sort(gifts.begin(), gifts.end(), std::greater<Cents>());
        std::size_t g = 0;
        while (paid < need && g < gifts.size()) paid += gifts[g++];
        return paid < need || g > best->gift_schemes.size();
    }

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
        // The same bound with this branch's exact amounts, before the costly optimiser runs.
        std::vector<std::pair<Kind, Cents>> amounts;
        for (const StackScheme& s : input.schemes) amounts.emplace_back(s.kind, solo_amount(s, input.costs));
        if (hopeless(amounts)) return;
        ++stacks;

        Plan plan = stack(input);
        if (!best || better_best_case(plan, *best)) best = std::move(plan);
        // Nothing beats paying nothing without applying anywhere (loans and deductions are then 0).
        if (best->own_payment == 0 && best->gift_schemes.empty()) finished = true;
    }

    // (optimistic own payment, gift schemes needed for it) over the schemes not yet ruled out.
    std::pair<Cents, std::size_t> optimism() const {
        Cents paid = 0;
        std::vector<Cents> gifts;
        for (std::int32_t index : candidates) {
            const CScheme& cs = ctx.impl->schemes[static_cast<std::size_t>(index)];
            if (cs.spec->kind != Kind::Gift && cs.spec->kind != Kind::Obligation) continue;
            if (eval_node(ctx, cs.root) == Tri::False) continue;
            if (cs.spec->kind == Kind::Obligation) paid += solo_max.at(index);
            else gifts.push_back(solo_max.at(index));
        }
        std::sort(gifts.begin(), gifts.end(), std::greater<Cents>());
        std::size_t g = 0;
        while (paid < total && g < gifts.size()) paid += gifts[g++];
        return {std::max<Cents>(0, total - paid), g};
    }

    int visits = 0, stacks = 0;
    void visit() {
        ++visits;
        if (finished) return;
        std::vector<std::int32_t> granted, alive;
        std::vector<std::uint32_t> open_leaves;  // leaves on unknown facts that still matter
        for (std::int32_t index : candidates) {
            const CScheme& cs = ctx.impl->schemes[static_cast<std::size_t>(index)];
            const Tri t = eval_node(ctx, cs.root);
            if (t == Tri::False) continue;
            alive.push_back(index);
            if (t == Tri::True) granted.push_back(index);
            else relevant_unknown_leaves(ctx, cs.root, open_leaves);
            std::vector<std::uint32_t> amount;
            amount_leaves(*ctx.impl, cs, amount);
            for (std::uint32_t leaf : amount) {
                if (!facts.known[static_cast<std::size_t>(ctx.impl->nodes[leaf].fact)]) open_leaves.push_back(leaf);
            }
        }
        if (hopeless(alive)) return;
        if (open_leaves.empty()) return consider(granted);
        // The fact most open leaves depend on: it decides the most at once.
        std::array<int, kFactCount> weight{};
        for (std::uint32_t leaf : open_leaves) ++weight[static_cast<std::size_t>(ctx.impl->nodes[leaf].fact)];
        const auto fact = static_cast<Fact>(std::max_element(weight.begin(), weight.end()) - weight.begin());
        std::vector<std::uint32_t> on_fact;
        for (std::uint32_t leaf : open_leaves) {
            if (ctx.impl->nodes[leaf].fact == fact) on_fact.push_back(leaf);
        }
        // Promising values first (lowest optimistic own payment, then fewest gift schemes needed),
        // so a good plan is found early and the bound cuts the rest.
        const std::vector<Candidate> values = candidate_values(ctx, fact, on_fact);
        std::vector<std::pair<std::pair<Cents, std::size_t>, std::size_t>> order;
        for (std::size_t v = 0; v < values.size(); ++v) {
            assign(facts, fact, values[v]);
            order.push_back({optimism(), v});
            unassign(facts, fact);
        }
        std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& entry : order) {
            assign(facts, fact, values[entry.second]);
            visit();
            unassign(facts, fact);
            if (finished) return;
        }
    }
};

}  // namespace

Plan best_case_plan(const EvalContext& base, const Case& c, const std::vector<Evaluated>& evaluated) {
    Search search{c, *base.facts, base, {}, std::nullopt, {}, false, {}, 0};
    search.ctx.facts = &search.facts;
    for (Cents cost : c.course.costs) search.total += cost;
    for (const Evaluated& e : evaluated) {
        const CScheme& cs = base.impl->schemes[static_cast<std::size_t>(e.scheme)];
        if (e.condition == Tri::False || cs.spec->kind == Kind::Service) continue;
        search.candidates.push_back(e.scheme);
        const bool pays = cs.spec->kind == Kind::Gift || cs.spec->kind == Kind::Obligation;
        search.solo_max[e.scheme] = pays ? solo_amount(stack_scheme(base, cs, c, Pick::Highest), c.course.costs) : 0;
    }
    search.visit();
    return search.best ? *search.best : stack(StackInput{c.course.costs, {}});
}

}  // namespace sw::engine

// best_case.cpp: the best case (docs/semantics.md "Stacking semantics" step 6): the optimum over every
// consistent answer to the unknown facts, discretionary schemes counted as granted. A depth-first
// search assigns one unknown fact at a time, always the one most still-open schemes depend on;
// a branch ends as soon as every scheme's status and amounts are decided, each fact tries only
// values that change some leaf, and each distinct set of schemes is stacked once.
#include "best_case.h"

#include <algorithm>
#include <functional>
#include <unordered_map>
#include <unordered_set>

#include "best_case_domains.h"

namespace sw::engine {
namespace {

void leaves_on(const Catalogue::Impl& impl, std::uint32_t node, std::vector<std::uint32_t>& out) {
    const CNode& n = impl.nodes[node];
    switch (n.type) {
        case NodeType::All:
        case NodeType::Any:
            for (std::uint32_t i = 0; i < n.b; ++i) leaves_on(impl, impl.child_index[n.a + i], out);
            return;
        case NodeType::Not:
            leaves_on(impl, n.a, out);
            return;
        case NodeType::Leaf:
            out.push_back(node);
            return;
        default:
            return;
    }
}

void amount_leaves(const Catalogue::Impl& impl, const CScheme& s, std::vector<std::uint32_t>& out) {
    for (const CAmount* a : {&s.amount, &s.percent, &s.rate, &s.threshold, &s.cap}) {
        for (std::uint32_t i = 0; i < a->cases.count; ++i) {
            const CAmountCase& ac = impl.amount_cases[a->cases.begin + i];
            if (ac.when >= 0) leaves_on(impl, static_cast<std::uint32_t>(ac.when), out);
        }
    }
    // A pro-rata amount changes with the hours: try full time too (scheme_limits.cpp).
    if (s.pro_rata_leaf >= 0) out.push_back(static_cast<std::uint32_t>(s.pro_rata_leaf));
}

struct Search {
    const Case& c;
    FactValues facts;
    EvalContext ctx;
    std::vector<std::int32_t> candidates;
    std::optional<Plan> best;  // without explanation
    StackInput best_input;     // what `best` was stacked from
    std::unordered_set<std::string> stacked;
    bool finished = false;
    // Per candidate: the most it could pay alone, unknown amounts at their highest (0 for loans,
    // deductions). No scheme pays more in any plan, which gives the bound in `hopeless`.
    std::unordered_map<std::int32_t, Cents> solo_max;
    // Obligations that `require` a gift scheme: they pay only in a plan with a gift.
    std::unordered_map<std::int32_t, bool> needs_gift;
    Cents total = 0;
    BestCaseTuning tuning;

    struct Payer {
        Kind kind;
        Cents amount;
        bool needs_gift;
    };

    // How far `payers` can get towards paying `need`: the least number of gift schemes that
    // reaches it (their largest amounts, on top of the obligations), or nullopt with `reach` the
    // most they can pay at all.
    static std::optional<std::size_t> gifts_needed(const std::vector<Payer>& payers, Cents need,
                                                   Cents& reach) {
        Cents paid = 0, conditional = 0;
        std::vector<Cents> gifts;
        for (const Payer& p : payers) {
            if (p.kind == Kind::Obligation)
                (p.needs_gift ? conditional : paid) += p.amount;
            else if (p.kind == Kind::Gift)
                gifts.push_back(p.amount);
        }
        reach = paid;
        if (paid >= need) return 0;
        if (gifts.empty()) return std::nullopt;
        std::sort(gifts.begin(), gifts.end(), std::greater<Cents>());
        paid += conditional;
        std::size_t g = 0;
        while (g < gifts.size() && (g == 0 || paid < need)) paid += gifts[g++];
        reach = paid;
        if (paid < need) return std::nullopt;
        return g;
    }

    std::vector<Payer> payers(const std::vector<std::int32_t>& schemes) const {
        std::vector<Payer> out;
        for (std::int32_t index : schemes) {
            out.push_back({ctx.impl->schemes[static_cast<std::size_t>(index)].spec->kind, solo_max.at(index),
                           needs_gift.at(index)});
        }
        return out;
    }

    // True if no plan from these payers can beat the best so far. A plan beats it with a lower
    // own payment (paying more than total - best's own payment, with any number of gift schemes)
    // or with the same own payment and at most as many gift schemes (the ids, loan, deduction
    // and gift total then decide). So a branch is hopeless only when even all its payers together
    // cannot pay more, and the fewest gift schemes that pay as much are more than the best has.
    // (Issue 21: cutting on the second test alone lost OOM + STAP, two schemes paying more than
    // one A+O voucher, once `used` had lowered STAP below that voucher.)
    bool hopeless(const std::vector<Payer>& amounts) const {
        if (!best) return false;
        const Cents need = total - best->own_payment;
        Cents reach = 0;
        const auto g = gifts_needed(amounts, need, reach);
        if (!tuning.unsound_gift_count_prune && most_paid(amounts) > need) return false;
        return !g || *g > best->gift_schemes.size();
    }

    // What all `payers` can pay together at most: never more than the total cost.
    Cents most_paid(const std::vector<Payer>& payers) const {
        Cents paid = 0, conditional = 0;
        bool gift = false;
        for (const Payer& p : payers) {
            if (p.kind == Kind::Obligation)
                (p.needs_gift ? conditional : paid) += p.amount;
            else if (p.kind == Kind::Gift) {
                paid += p.amount;
                gift = true;
            }
        }
        return std::min(total, paid + (gift ? conditional : 0));
    }

    void consider(const std::vector<std::int32_t>& granted) {
        StackInput input = build_stack_input(ctx, c, granted, Pick::Lowest);
        std::string key;
        for (std::size_t i = 0; i < granted.size(); ++i) {
            const StackScheme& s = input.schemes[i];
            key += std::to_string(granted[i]) + ':' + std::to_string(s.fixed_amount) + ':' +
                   std::to_string(s.percent_bp) + ':' + std::to_string(s.per_hour_amount) + ':' +
                   std::to_string(s.threshold) + ':' + (s.cap ? std::to_string(*s.cap) : "-") + ';';
        }
        if (!stacked.insert(key).second) return;
        // The same bound with this branch's exact amounts, before the costly optimiser runs.
        std::vector<Payer> exact;
        for (std::size_t i = 0; i < granted.size(); ++i) {
            exact.push_back({input.schemes[i].kind, solo_amount(input.schemes[i], input.costs),
                             needs_gift.at(granted[i])});
        }
        if (hopeless(exact)) return;
        // Without the explanation texts: most plans stacked here are thrown away. The winner's
        // input is kept and stacked once more with texts at the end (best_case_plan()).
        Plan plan = stack(input, StackOptions{false});
        if (!best || better_best_case(plan, *best)) {
            best = std::move(plan);
            best_input = std::move(input);
        }
        // Nothing beats paying nothing without applying anywhere (loans and deductions are then 0).
        if (best->own_payment == 0 && best->gift_schemes.empty()) finished = true;
    }

    // (optimistic own payment, gift schemes needed for it) over the schemes not yet ruled out.
    std::pair<Cents, std::size_t> optimism(const std::vector<std::int32_t>& granted,
                                           const std::vector<std::int32_t>& open) const {
        std::vector<std::int32_t> alive = granted;
        for (std::int32_t index : open) {
            if (eval_node(ctx, ctx.impl->schemes[static_cast<std::size_t>(index)].root) != Tri::False)
                alive.push_back(index);
        }
        Cents reach = 0;
        const auto g = gifts_needed(payers(alive), total, reach);
        return {g ? 0 : std::max<Cents>(0, total - reach), g ? *g : alive.size()};
    }

    // Kleene logic is monotone: assigning a fact never changes a true or false condition, so a
    // branch re-evaluates only the schemes still open in its parent.
    void visit(const std::vector<std::int32_t>& granted_before,
               const std::vector<std::int32_t>& open_before) {
        if (finished) return;
        std::vector<std::int32_t> granted = granted_before, open;
        std::vector<std::uint32_t> open_leaves;  // leaves on unknown facts that still matter
        for (std::int32_t index : open_before) {
            const CScheme& cs = ctx.impl->schemes[static_cast<std::size_t>(index)];
            const Tri t = eval_node(ctx, cs.root);
            if (t == Tri::True)
                granted.push_back(index);
            else if (t == Tri::Unknown) {
                open.push_back(index);
                relevant_unknown_leaves(ctx, cs.root, open_leaves);
            }
        }
        std::vector<std::int32_t> alive = granted;
        alive.insert(alive.end(), open.begin(), open.end());
        std::sort(granted.begin(), granted.end());  // the plan input in id order, as at the root
        for (std::int32_t index : alive) {
            std::vector<std::uint32_t> amount;
            amount_leaves(*ctx.impl, ctx.impl->schemes[static_cast<std::size_t>(index)], amount);
            for (std::uint32_t leaf : amount) {
                if (!facts.known[static_cast<std::size_t>(ctx.impl->nodes[leaf].fact)])
                    open_leaves.push_back(leaf);
            }
        }
        if (hopeless(payers(alive))) return;
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
            order.push_back({optimism(granted, open), v});
            unassign(facts, fact);
        }
        std::stable_sort(order.begin(), order.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& entry : order) {
            assign(facts, fact, values[entry.second]);
            visit(granted, open);
            unassign(facts, fact);
            if (finished) return;
        }
    }
};

}  // namespace

Plan best_case_plan(const EvalContext& base, const Case& c, const std::vector<Evaluated>& evaluated,
                    const BestCaseTuning& tuning) {
    Search search{c, *base.facts, base, {}, std::nullopt, {}, {}, false, {}, {}, 0, tuning};
    search.ctx.facts = &search.facts;
    for (Cents cost : c.course.costs) search.total += cost;
    for (const Evaluated& e : evaluated) {
        const CScheme& cs = base.impl->schemes[static_cast<std::size_t>(e.scheme)];
        if (e.condition == Tri::False || cs.spec->kind == Kind::Service) continue;
        search.candidates.push_back(e.scheme);
        const bool pays = cs.spec->kind == Kind::Gift || cs.spec->kind == Kind::Obligation;
        search.solo_max[e.scheme] =
            pays ? solo_amount(stack_scheme(base, cs, c, Pick::Highest), c.course.costs) : 0;
        bool gift_required = false;
        for (std::int32_t r : cs.requires_schemes) {
            gift_required =
                gift_required || base.impl->schemes[static_cast<std::size_t>(r)].spec->kind == Kind::Gift;
        }
        search.needs_gift[e.scheme] = cs.spec->kind == Kind::Obligation && gift_required;
    }
    search.visit({}, search.candidates);
    // stack() is deterministic, so this is the same plan as search.best, now with its texts.
    return stack(search.best ? search.best_input : StackInput{c.course.costs, {}});
}

Plan best_case_plan(const EvalContext& ctx, const Case& c, const std::vector<Evaluated>& evaluated) {
    return best_case_plan(ctx, c, evaluated, BestCaseTuning{});
}

std::vector<Evaluated> evaluated_schemes(const EvalContext& ctx, const Case& c) {
    std::vector<Evaluated> out;
    for (std::size_t i = 0; i < ctx.impl->schemes.size(); ++i) {
        const CScheme& cs = ctx.impl->schemes[i];
        if (c.reference_date.days < cs.valid_from || c.reference_date.days > cs.valid_to) continue;
        Evaluated e;
        e.scheme = static_cast<std::int32_t>(i);
        e.condition = eval_node(ctx, cs.root);
        out.push_back(e);
    }
    return out;
}

}  // namespace sw::engine

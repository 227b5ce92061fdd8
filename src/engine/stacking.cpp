// stacking.cpp: the entry points of stacking.h. stack() = prepare, find the optimal gift subset,
// apply it, then loans and deductions, then the explanation; solo_amount() and the best-case
// ordering of docs/semantics.md step 6. Plain gift schemes (no interactions, one set of components) get
// their optimum in closed form instead of the search (plain_optimum).
#include <algorithm>
#include <functional>
#include <optional>

#include "stacking_internal.h"

namespace sw::engine {

using namespace stacking;

namespace {

Contribution contribution_of(const StackScheme& s, const Step& step) {
    Contribution c;
    c.scheme = s.id;
    c.amount = step.amount;
    c.components = step.components;
    c.applicant = s.applicant;
    c.apply_url = s.apply_url;
    c.kind = s.kind;
    return c;
}

// The optimum of docs/semantics.md step 5 in closed form for "plain" gift schemes, or nothing when the
// input is not plain (then optimise() searches). Plain: no obligations; every gift scheme covers the
// same components C, has no interaction with another gift scheme (excludes, exclusive, subsidiary,
// requires, not_if_fully_reimbursed, own_costs_only, requires_cofinancing) and an amount a_i that
// does not depend on the other schemes (fixed, per hour, or a percentage of the gross cost).
// Why it is exact: in application order each gift pays min(a_i, unpaid of C) and lowers the unpaid
// of C by exactly that (pay_scheme), loans and deductions come after the choice, and nothing can
// make a subset infeasible, so a subset S pays min(sum of a_i over S, cost(C)) =
// min(sum of potential_i over S, cost(C)), potential_i = min(a_i, cost(C)) being the solo amount.
// Hence: the lowest own payment pays T = min(sum of all potentials, cost(C)); the fewest schemes
// are the smallest k whose k largest potentials reach T; the first sorted id list of k schemes
// reaching T is built element by element: the smallest id (ties by input index, as ids_less) that
// still has a completion, i.e. its potential plus the largest potentials after it reach what is
// left. A scheme that would pay 0 is never taken (without it the rest would reach T with fewer).
std::optional<std::vector<int>> plain_optimum(const Prepared& prep) {
    if (!prep.obligations.empty() || prep.gifts.empty()) return std::nullopt;
    const auto& covers = prep.scheme(prep.gifts.front()).covers;
    for (int g : prep.gifts) {
        const StackScheme& s = prep.scheme(g);
        if (s.covers != covers || s.exclusive || s.subsidiary || s.not_if_fully_reimbursed ||
            s.own_costs_only || s.cofinancing_max_bp ||
            !prep.requires_schemes[static_cast<std::size_t>(g)].empty()) {
            return std::nullopt;
        }
        const bool independent = s.type == FormulaType::Fixed || s.type == FormulaType::PerHour ||
                                 s.type == FormulaType::None ||
                                 (s.type == FormulaType::Percentage && s.base == Base::Gross);
        if (!independent) return std::nullopt;
        for (int b : s.excludes) {  // gift-gift conflicts come only from excludes (exclusive: above)
            if (b >= 0 && b < prep.n && b != g && prep.scheme(b).kind == Kind::Gift) return std::nullopt;
        }
    }
    Cents cover_cost = 0;
    for (std::size_t c = 0; c < covers.size(); ++c) cover_cost += covers[c] ? prep.costs[c] : 0;
    std::vector<int> by_id = prep.gifts;
    std::sort(by_id.begin(), by_id.end(), [&](int a, int b) {
        const std::string& x = prep.scheme(a).id;
        const std::string& y = prep.scheme(b).id;
        return x != y ? x < y : a < b;
    });
    auto potential = [&](int i) { return prep.potential[static_cast<std::size_t>(i)]; };
    std::vector<Cents> largest;
    for (int g : by_id) largest.push_back(potential(g));
    std::sort(largest.begin(), largest.end(), std::greater<Cents>());
    Cents all = 0;
    for (Cents p : largest) all += p;
    const Cents target = std::min(all, cover_cost);
    std::size_t k = 0;
    for (Cents reached = 0; reached < target; ++k) reached += largest[k];

    std::vector<int> chosen;
    Cents need = target;
    std::size_t from = 0;
    const std::size_t n = by_id.size();
    std::vector<Cents> after(n);  // after[i]: the (left - 1) largest potentials of by_id[i + 1 ..]
    std::vector<Cents> heap;      // min-heap of those potentials
    for (std::size_t left = k; left > 0; --left) {
        heap.clear();
        Cents sum = 0;
        for (std::size_t i = n; i-- > from;) {
            after[i] = sum;
            if (left == 1) continue;
            const Cents p = potential(by_id[i]);
            if (heap.size() < left - 1) {
                heap.push_back(p);
                std::push_heap(heap.begin(), heap.end(), std::greater<Cents>());
                sum += p;
            } else if (p > heap.front()) {
                sum += p - heap.front();
                std::pop_heap(heap.begin(), heap.end(), std::greater<Cents>());
                heap.back() = p;
                std::push_heap(heap.begin(), heap.end(), std::greater<Cents>());
            }
        }
        std::size_t i = from;
        while (i < n && potential(by_id[i]) + after[i] < need) ++i;
        if (i == n) return std::nullopt;  // unreachable (k was reachable); the search decides then
        chosen.push_back(by_id[i]);
        need -= potential(by_id[i]);
        from = i + 1;
    }
    return chosen;
}

Cents paid_by_gifts(const Plan& plan) {
    Cents sum = 0;
    for (const Contribution& c : plan.contributions) {
        if (c.kind == Kind::Gift) sum += c.amount;
    }
    return sum;
}

}  // namespace

Plan stack(const StackInput& input, const StackOptions& options) {
    return stack(input, options, Budget{});
}

Plan stack(const StackInput& input, const StackOptions& options, const Budget& budget) {
    const Prepared prep = prepare(input);
    Choice choice;
    if (auto plain = plain_optimum(prep))
        choice.gifts = std::move(*plain);
    else
        choice = optimise(prep, budget);
    std::vector<char> in(static_cast<std::size_t>(prep.n), 0);
    for (int g : choice.gifts) in[static_cast<std::size_t>(g)] = 1;
    PlanRun run = run_plan(prep, in);
    run_loans_and_deductions(prep, run);

    Plan plan;
    plan.total_cost = prep.total;
    plan.own_payment = run.own_payment;
    for (int i : prep.order) {
        const StackScheme& s = prep.scheme(i);
        const Step& step = run.steps[static_cast<std::size_t>(i)];
        if (step.amount <= 0) continue;  // zero amounts are left out of all lists
        switch (s.kind) {
            case Kind::Gift:
            case Kind::Obligation:
                plan.contributions.push_back(contribution_of(s, step));
                break;
            case Kind::Loan:
                plan.loans.push_back(contribution_of(s, step));
                plan.loan += step.amount;
                break;
            case Kind::Deduction:
                plan.deductions.push_back(contribution_of(s, step));
                plan.deduction += step.amount;
                break;
            case Kind::Service:
                break;
        }
    }
    for (int g : choice.gifts) plan.gift_schemes.push_back(prep.scheme(g).id);
    plan.tie_break_proven = choice.tie_break_proven;
    plan.optimal = choice.optimal;
    plan.own_payment_lower_bound = choice.optimal ? plan.own_payment : choice.own_payment_lower_bound;
    if (options.explanation) {
        plan.explanation = explain_plan(prep, run);
        explain_budget(choice, plan.explanation);
    }
    return plan;
}

Cents solo_amount(const StackScheme& scheme, const ComponentCents& costs) {
    ComponentCents clean{};
    for (std::size_t c = 0; c < costs.size(); ++c) clean[c] = std::clamp<Cents>(costs[c], 0, kMaxCents);
    ComponentCents open = clean;
    if (scheme.kind == Kind::Loan && scheme.not_if_fully_reimbursed) {
        for (std::size_t c = 0; c < open.size(); ++c) {
            if (c != static_cast<std::size_t>(Component::Tuition)) open[c] = 0;
        }
    }
    if (scheme.kind == Kind::Service) return 0;
    return pay_scheme(scheme, clean, open).amount;
}

bool better_best_case(const Plan& a, const Plan& b) {
    if (a.own_payment != b.own_payment) return a.own_payment < b.own_payment;
    if (a.gift_schemes.size() != b.gift_schemes.size()) return a.gift_schemes.size() < b.gift_schemes.size();
    if (a.gift_schemes != b.gift_schemes) return a.gift_schemes < b.gift_schemes;
    if (a.loan != b.loan) return a.loan > b.loan;
    if (a.deduction != b.deduction) return a.deduction > b.deduction;
    return paid_by_gifts(a) > paid_by_gifts(b);
}

}  // namespace sw::engine

// stacking.cpp: the entry points of stacking.h. stack() = prepare, find the optimal gift subset,
// apply it, then loans and deductions, then the explanation; solo_amount() and the best-case
// ordering of domain.md step 6.
#include <algorithm>

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

Cents paid_by_gifts(const Plan& plan) {
    Cents sum = 0;
    for (const Contribution& c : plan.contributions) {
        if (c.kind == Kind::Gift) sum += c.amount;
    }
    return sum;
}

}  // namespace

Plan stack(const StackInput& input, const StackOptions& options) {
    const Prepared prep = prepare(input);
    const Choice choice = optimise(prep);
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
            case Kind::Obligation: plan.contributions.push_back(contribution_of(s, step)); break;
            case Kind::Loan:
                plan.loans.push_back(contribution_of(s, step));
                plan.loan += step.amount;
                break;
            case Kind::Deduction:
                plan.deductions.push_back(contribution_of(s, step));
                plan.deduction += step.amount;
                break;
            case Kind::Service: break;
        }
    }
    for (int g : choice.gifts) plan.gift_schemes.push_back(prep.scheme(g).id);
    if (options.explanation) plan.explanation = explain_plan(prep, run);
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

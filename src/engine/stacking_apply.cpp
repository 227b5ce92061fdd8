// stacking_apply.cpp: applying schemes to costs. One scheme's turn (pay_scheme), one plan of gift
// and obligation schemes (run_plan), then loans and deductions on the remainder. Semantics:
// docs/semantics.md, "Stacking semantics" and "Definitions the interactions rely on".
#include <algorithm>

#include "stacking_internal.h"

namespace sw::engine::stacking {

namespace {

constexpr std::size_t kTuition = static_cast<std::size_t>(Component::Tuition);

Cents covered_sum(const StackScheme& s, const ComponentCents& amounts) {
    Cents sum = 0;
    for (std::size_t c = 0; c < amounts.size(); ++c) {
        if (s.covers[c]) sum += amounts[c];
    }
    return sum;
}

Cents non_negative(Cents c) { return std::clamp<Cents>(c, 0, kMaxCents); }

// Members of the plan for exclusion checks: the chosen gift schemes and the obligations that
// applied. Returns the first (in application order) that conflicts with `i`, or -1.
// `only`: look at members of this kind only (Service: any kind).
int first_conflicting_member(const Prepared& prep, const PlanRun& run, int i, Kind only = Kind::Service) {
    for (int m : prep.order) {
        if (only != Kind::Service && prep.scheme(m).kind != only) continue;
        const bool member = run.in_subset[static_cast<std::size_t>(m)] ||
                            (prep.scheme(m).kind == Kind::Obligation && run.applied[static_cast<std::size_t>(m)]);
        if (member && prep.conflicts(i, m)) return m;
    }
    return -1;
}

// `requires` holds when every required scheme has already paid something (in application order:
// a required scheme that comes later has paid nothing yet; docs/stacking.md "Decisions").
int first_unmet_requirement(const Prepared& prep, const PlanRun& run, int i) {
    for (int r : prep.requires_schemes[static_cast<std::size_t>(i)]) {
        if (r < 0) return r;
        if (run.steps[static_cast<std::size_t>(r)].amount <= 0) return r;
    }
    return -2;  // none unmet
}

}  // namespace

Step pay_scheme(const StackScheme& s, const ComponentCents& costs, const ComponentCents& unpaid) {
    Step step;
    const Cents gross = covered_sum(s, costs);
    const Cents open = covered_sum(s, unpaid);
    step.covered_base = open;
    Cents amount = 0;
    switch (s.type) {
        case FormulaType::Fixed: amount = non_negative(s.fixed_amount); break;
        case FormulaType::Percentage:
            step.covered_base = s.base == Base::Gross ? gross : open;
            amount = percent_of(step.covered_base, s.percent_bp);
            break;
        case FormulaType::PerHour: amount = non_negative(s.per_hour_amount); break;
        case FormulaType::Loan: amount = open; break;
        case FormulaType::Deduction: amount = std::max<Cents>(0, open - non_negative(s.threshold)); break;
        case FormulaType::None: amount = 0; break;
    }
    step.formula_amount = amount;
    step.limit = Limit::Formula;
    if (s.type == FormulaType::Deduction && amount == 0 && open > 0) step.limit = Limit::Threshold;
    if (s.cap && non_negative(*s.cap) < amount) {
        amount = non_negative(*s.cap);
        step.limit = Limit::Cap;
    }
    if (s.cofinancing_max_bp) {
        const Cents most = percent_of(gross, *s.cofinancing_max_bp);
        if (most < amount) {
            amount = most;
            step.limit = Limit::Cofinancing;
        }
    }
    if (open < amount) {
        amount = open;
        step.limit = Limit::Unpaid;
    }
    // Pay the covered components in the order T, E, M, V, R, W, each up to what is unpaid.
    Cents left = amount;
    for (std::size_t c = 0; c < unpaid.size() && left > 0; ++c) {
        if (!s.covers[c]) continue;
        const Cents part = std::min(left, unpaid[c]);
        step.components[c] = part;
        left -= part;
    }
    step.amount = amount;
    if (amount == 0) {
        if (open == 0) step.skip = Skip::NothingLeft;
        else if (step.limit == Limit::Threshold) step.skip = Skip::BelowThreshold;
        else step.skip = Skip::NothingLeft;  // a formula worth 0 (used up, 0 %): nothing to pay
    }
    return step;
}

PlanRun run_plan(const Prepared& prep, const std::vector<char>& in_subset) {
    PlanRun run;
    const auto n = static_cast<std::size_t>(prep.n);
    run.in_subset.assign(n, 0);
    for (int g : prep.gifts) {
        const auto gi = static_cast<std::size_t>(g);
        if (gi < in_subset.size()) run.in_subset[gi] = in_subset[gi];
    }
    run.applied.assign(n, 0);
    run.steps.assign(n, Step{});
    run.unpaid = prep.costs;

    for (int i : prep.order) {
        const StackScheme& s = prep.scheme(i);
        if (s.kind != Kind::Gift && s.kind != Kind::Obligation) continue;
        Step& step = run.steps[static_cast<std::size_t>(i)];
        if (s.kind == Kind::Gift && !run.in_subset[static_cast<std::size_t>(i)]) {
            step.skip = Skip::NotChosen;
            continue;
        }
        const int unmet = first_unmet_requirement(prep, run, i);
        if (unmet != -2) {
            step.skip = Skip::Requires;
            step.other = unmet;
            continue;
        }
        if (s.kind == Kind::Obligation) {
            // Two obligations that exclude each other: the first in application order applies.
            const int m = first_conflicting_member(prep, run, i, Kind::Obligation);
            if (m >= 0) {
                step.skip = Skip::Excluded;
                step.other = m;
                continue;
            }
        }
        step = pay_scheme(s, prep.costs, run.unpaid);
        run.applied[static_cast<std::size_t>(i)] = 1;
        for (std::size_t c = 0; c < run.unpaid.size(); ++c) run.unpaid[c] -= step.components[c];
    }
    run.own_payment = 0;
    for (Cents u : run.unpaid) run.own_payment += u;

    // Feasibility: no two members of the plan conflict, and a subsidiary gift scheme is the last
    // resort: every other eligible gift scheme is in the plan, or kept out by a non-subsidiary
    // member of the plan that excludes it (obligations count as non-subsidiary).
    std::vector<int> members;
    for (int i : prep.order) {
        const auto ii = static_cast<std::size_t>(i);
        if (run.in_subset[ii] || (prep.scheme(i).kind == Kind::Obligation && run.applied[ii])) members.push_back(i);
    }
    for (std::size_t a = 0; a < members.size() && run.feasible; ++a) {
        for (std::size_t b = a + 1; b < members.size(); ++b) {
            if (prep.conflicts(members[a], members[b])) {
                run.feasible = false;
                break;
            }
        }
    }
    for (int s : prep.gifts) {
        if (!run.feasible) break;
        if (!run.in_subset[static_cast<std::size_t>(s)] || !prep.scheme(s).subsidiary) continue;
        for (int g : prep.gifts) {
            if (g == s || run.in_subset[static_cast<std::size_t>(g)]) continue;
            const bool kept_out = std::any_of(members.begin(), members.end(), [&](int m) {
                const bool non_subsidiary = prep.scheme(m).kind == Kind::Obligation || !prep.scheme(m).subsidiary;
                return non_subsidiary && prep.conflicts(m, g);
            });
            if (!kept_out) {
                run.feasible = false;
                break;
            }
        }
    }
    return run;
}

namespace {

// A loan or deduction whose `requires` does not hold, or that conflicts with a scheme of the plan,
// pays nothing; `step` records why.
bool kept_out_by_interactions(const Prepared& prep, const PlanRun& run, int i, Step& step) {
    if (const int unmet = first_unmet_requirement(prep, run, i); unmet != -2) {
        step.skip = Skip::Requires;
        step.other = unmet;
        return true;
    }
    if (const int m = first_conflicting_member(prep, run, i); m >= 0) {
        step.skip = Skip::Excluded;
        step.other = m;
        return true;
    }
    return false;
}

}  // namespace

void run_loans_and_deductions(const Prepared& prep, PlanRun& run) {
    // Loans lend on what gifts and obligations left unpaid; a second loan only on what the first
    // did not lend.
    ComponentCents unlent = run.unpaid;
    for (int i : prep.loans) {
        const StackScheme& s = prep.scheme(i);
        Step& step = run.steps[static_cast<std::size_t>(i)];
        step = Step{};
        if (kept_out_by_interactions(prep, run, i, step)) continue;
        ComponentCents available = unlent;
        if (s.not_if_fully_reimbursed) {
            // The LLO-krediet: only tuition still unpaid after gifts, and nothing when none is left.
            if (run.unpaid[kTuition] == 0) {
                step.skip = Skip::NoTuitionLeft;
                continue;
            }
            for (std::size_t c = 0; c < available.size(); ++c) {
                if (c != kTuition) available[c] = 0;
            }
        }
        step = pay_scheme(s, prep.costs, available);
        run.applied[static_cast<std::size_t>(i)] = step.amount > 0;
        for (std::size_t c = 0; c < unlent.size(); ++c) unlent[c] -= step.components[c];
    }

    // Deductions: own_costs_only works on what gifts and obligations left unpaid (a loan is not a
    // reimbursement); otherwise on the costs as entered. Costs already deducted by an earlier
    // deduction are not deducted twice.
    ComponentCents deducted{};
    for (int i : prep.deductions) {
        const StackScheme& s = prep.scheme(i);
        Step& step = run.steps[static_cast<std::size_t>(i)];
        step = Step{};
        if (kept_out_by_interactions(prep, run, i, step)) continue;
        ComponentCents base = s.own_costs_only ? run.unpaid : prep.costs;
        for (std::size_t c = 0; c < base.size(); ++c) base[c] -= deducted[c];
        step = pay_scheme(s, prep.costs, base);
        run.applied[static_cast<std::size_t>(i)] = step.amount > 0;
        for (std::size_t c = 0; c < deducted.size(); ++c) deducted[c] += step.components[c];
    }
}

}  // namespace sw::engine::stacking

// share_budgets.cpp: one employer's company budgets shared among its staff (stapelwijzer/budget.h,
// docs/employer.md "Company budgets"). Built only on the public engine API (evaluate, check_case,
// budget_pot): it is the employer's view of many single evaluations, not part of one.
//
// Per person the share x only matters up to `need`, the least share with which the plan is as
// good as with the whole pot; below it the own payment f(x) falls from f(0) to f(need). Sharing
// the pot is then a knapsack; when each f falls at a constant rate (saving / need per cent) it is
// the fractional knapsack, which the greedy order by rate solves exactly: a cent moved from a
// person of a higher rate to one of a lower rate never lowers the total. Equal rates are served in
// list order, which is the rule the output states.
#include <algorithm>
#include <cstdint>
#include <numeric>

#include "stapelwijzer/budget.h"
#include "stapelwijzer/engine.h"

namespace sw {
namespace {

// The plan of `c` with `share` of the pot of `scheme` (no texts: the figures are the same).
Plan plan_with(const Catalogue& catalogue, Case c, const std::string& scheme, Cents share) {
    c.person.budget_left[scheme] = share;
    return evaluate(catalogue, c, EvaluateOptions{false, false, false}).plan;
}

Cents own_payment(const Catalogue& catalogue, const Case& c, const std::string& scheme, Cents share) {
    return plan_with(catalogue, c, scheme, share).own_payment;
}

// a_saving / a_need > b_saving / b_need, exactly (cross products in 128 bits, from 64-bit halves).
bool higher_rate(Cents a_saving, Cents a_need, Cents b_saving, Cents b_need) {
    auto mul = [](std::uint64_t x, std::uint64_t y, std::uint64_t& hi, std::uint64_t& lo) {
        const std::uint64_t xl = x & 0xffffffffu, xh = x >> 32, yl = y & 0xffffffffu, yh = y >> 32;
        const std::uint64_t ll = xl * yl, lh = xl * yh, hl = xh * yl, hh = xh * yh;
        const std::uint64_t mid = (ll >> 32) + (lh & 0xffffffffu) + (hl & 0xffffffffu);
        lo = (ll & 0xffffffffu) | (mid << 32);
        hi = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
    };
    std::uint64_t ah = 0, al = 0, bh = 0, bl = 0;
    mul(static_cast<std::uint64_t>(a_saving), static_cast<std::uint64_t>(b_need), ah, al);
    mul(static_cast<std::uint64_t>(b_saving), static_cast<std::uint64_t>(a_need), bh, bl);
    return ah != bh ? ah > bh : al > bl;
}

std::optional<Cents> pot_of(const Catalogue& catalogue, const std::vector<Case>& cases,
                            const std::vector<bool>& good, const std::string& scheme) {
    std::optional<Cents> left;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        if (!good[i]) continue;
        auto it = cases[i].person.budget_left.find(scheme);
        if (it != cases[i].person.budget_left.end()) left = std::min(left.value_or(it->second), it->second);
    }
    if (left) return std::max<Cents>(0, *left);
    std::optional<Cents> pot;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        if (!good[i]) continue;
        if (auto p = budget_pot(catalogue, cases[i], scheme)) pot = std::min(pot.value_or(*p), *p);
    }
    return pot;
}

}  // namespace

Text budget_share_rule() {
    return {
        "Eerst de mensen bij wie elke euro uit het budget het meest bespaart; bij gelijke besparing in de "
        "volgorde van de lijst. Ieder krijgt wat het plan kan gebruiken van wat er nog over is.",
        "First the people for whom each euro from the budget saves the most; among equals in the order of "
        "the list. Each gets what their plan can use of what is left."};
}

std::vector<BudgetShare> share_budgets(const Catalogue& catalogue, std::vector<Case>& cases) {
    BudgetSharing sharing(catalogue, cases);
    while (sharing.step()) {
    }
    return sharing.take_shares();
}

BudgetSharing::BudgetSharing(const Catalogue& catalogue, std::vector<Case>& cases)
    : catalogue_(catalogue), cases_(cases), good_(cases.size()) {}

double BudgetSharing::progress() const {
    const double n = static_cast<double>(std::max<std::size_t>(1, cases_.size()));
    switch (stage_) {
        case Stage::Check:
            return 0.2 * (static_cast<double>(index_) / n);
        case Stage::Pot:
        case Stage::Weigh: {
            // Fractions of 1 first, so the end of one stage is exactly the start of the next.
            const double pots = static_cast<double>(std::max<std::size_t>(1, pots_.size()));
            const double within = stage_ == Stage::Weigh ? static_cast<double>(index_) / n : 0.0;
            return 0.2 + 0.8 * std::min(1.0, (static_cast<double>(pot_) + within) / pots);
        }
        case Stage::Done:
            break;
    }
    return 1.0;
}

bool BudgetSharing::step() {
    const std::size_t n = cases_.size();
    switch (stage_) {
        case Stage::Check: {
            if (index_ < n) {
                good_[index_] = !check_case(catalogue_, cases_[index_]).has_value();
                ++index_;
                return true;
            }
            // The pots: each company budget valid at the first good case's reference date.
            std::optional<Date> first;
            for (std::size_t i = 0; i < n && !first; ++i)
                if (good_[i]) first = cases_[i].reference_date;
            const std::vector<SchemeSpec>& schemes = catalogue_.spec().schemes;
            for (std::size_t k = 0; first && k < schemes.size(); ++k) {
                const SchemeSpec& spec = schemes[k];
                if (spec.limits.budget && first->days >= spec.valid_from.days &&
                    (!spec.valid_to || first->days <= spec.valid_to->days))
                    pots_.push_back(k);
            }
            stage_ = Stage::Pot;
            return true;
        }
        case Stage::Pot: {
            if (pot_ >= pots_.size()) {
                stage_ = Stage::Done;
                return false;
            }
            const SchemeSpec& spec = catalogue_.spec().schemes[pots_[pot_]];
            const std::optional<Cents> pot = pot_of(catalogue_, cases_, good_, spec.id);
            if (!pot) {
                ++pot_;
                return true;
            }
            share_ = BudgetShare{};
            share_.scheme = spec.id;
            share_.pot = *pot;
            share_.given.assign(n, 0);
            share_.need.assign(n, 0);
            share_.saving.assign(n, 0);
            takers_.clear();
            index_ = 0;
            stage_ = Stage::Weigh;
            return true;
        }
        case Stage::Weigh: {
            if (index_ < n) {
                weigh(index_++);
                return true;
            }
            next_pot();
            return true;
        }
        case Stage::Done:
            break;
    }
    return false;
}

// Case i: what its plan can use of the pot (`need`) and what that saves; a taker when it saves.
void BudgetSharing::weigh(std::size_t i) {
    const std::string& scheme = share_.scheme;
    if (!good_[i] || share_.pot == 0) return;
    const Cents none = own_payment(catalogue_, cases_[i], scheme, 0);
    const Plan at_full = plan_with(catalogue_, cases_[i], scheme, share_.pot);
    const Cents full = at_full.own_payment;
    if (full >= none) return;
    // The least share that does as well as the whole pot (the own payment never rises with the
    // share: a larger budget_left only lets the scheme pay more).
    Cents low = 0, high = share_.pot;  // f(low) > full, f(high) == full
    // First tried: what the pot's scheme pays in the plan with the whole pot. When the plan uses
    // the pot euro for euro (the common case) that is the answer, and two evaluations confirm it
    // instead of a bisection's twenty; else the bisection goes on from where they left it. The
    // same answer either way: each evaluation only narrows (low, high] as the bisection's own.
    Cents paid = 0;
    for (const Contribution& c : at_full.contributions)
        if (c.scheme == scheme) paid += c.amount;
    for (const Cents guess : {paid, paid - 1}) {
        if (guess <= low || guess >= high) continue;
        (own_payment(catalogue_, cases_[i], scheme, guess) == full ? high : low) = guess;
    }
    while (high - low > 1) {
        const Cents mid = low + (high - low) / 2;
        (own_payment(catalogue_, cases_[i], scheme, mid) == full ? high : low) = mid;
    }
    share_.need[i] = high;
    share_.saving[i] = none - full;
    takers_.push_back(i);
}

// The weighed pot shared out: the highest saving per cent first, equals in list order.
void BudgetSharing::next_pot() {
    std::stable_sort(takers_.begin(), takers_.end(), [&](std::size_t a, std::size_t b) {
        return higher_rate(share_.saving[a], share_.need[a], share_.saving[b], share_.need[b]);
    });
    Cents left = share_.pot;
    for (std::size_t i : takers_) {
        share_.given[i] = std::min(share_.need[i], left);
        left -= share_.given[i];
    }
    share_.given_total = share_.pot - left;
    for (std::size_t i = 0; i < cases_.size(); ++i)
        if (good_[i]) cases_[i].person.budget_left[share_.scheme] = share_.given[i];
    shares_.push_back(std::move(share_));
    share_ = BudgetShare{};
    ++pot_;
    stage_ = Stage::Pot;
}

}  // namespace sw

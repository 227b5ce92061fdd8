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

// The own payment of `c` with `share` of the pot of `scheme` (no texts: the figures are the same).
Cents own_payment(const Catalogue& catalogue, Case c, const std::string& scheme, Cents share) {
    c.person.budget_left[scheme] = share;
    return evaluate(catalogue, c, EvaluateOptions{false, false, false}).plan.own_payment;
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
    std::vector<BudgetShare> shares;
    std::vector<bool> good(cases.size());
    std::optional<Date> first;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        good[i] = !check_case(catalogue, cases[i]).has_value();
        if (good[i] && !first) first = cases[i].reference_date;
    }
    if (!first) return shares;
    for (const SchemeSpec& spec : catalogue.spec().schemes) {
        if (!spec.limits.budget || first->days < spec.valid_from.days ||
            (spec.valid_to && first->days > spec.valid_to->days))
            continue;
        const std::optional<Cents> pot = pot_of(catalogue, cases, good, spec.id);
        if (!pot) continue;
        BudgetShare share;
        share.scheme = spec.id;
        share.pot = *pot;
        share.given.assign(cases.size(), 0);
        share.need.assign(cases.size(), 0);
        share.saving.assign(cases.size(), 0);
        std::vector<std::size_t> takers;  // the people whose plan takes something from the pot
        for (std::size_t i = 0; i < cases.size(); ++i) {
            if (!good[i] || share.pot == 0) continue;
            const Cents none = own_payment(catalogue, cases[i], spec.id, 0);
            const Cents full = own_payment(catalogue, cases[i], spec.id, share.pot);
            if (full >= none) continue;
            // The least share that does as well as the whole pot (the own payment never rises
            // with the share: a larger budget_left only lets the scheme pay more).
            Cents low = 0, high = share.pot;  // f(low) > full, f(high) == full
            while (high - low > 1) {
                const Cents mid = low + (high - low) / 2;
                (own_payment(catalogue, cases[i], spec.id, mid) == full ? high : low) = mid;
            }
            share.need[i] = high;
            share.saving[i] = none - full;
            takers.push_back(i);
        }
        std::stable_sort(takers.begin(), takers.end(), [&](std::size_t a, std::size_t b) {
            return higher_rate(share.saving[a], share.need[a], share.saving[b], share.need[b]);
        });
        Cents left = share.pot;
        for (std::size_t i : takers) {
            share.given[i] = std::min(share.need[i], left);
            left -= share.given[i];
        }
        share.given_total = share.pot - left;
        for (std::size_t i = 0; i < cases.size(); ++i)
            if (good[i]) cases[i].person.budget_left[spec.id] = share.given[i];
        shares.push_back(std::move(share));
    }
    return shares;
}

}  // namespace sw

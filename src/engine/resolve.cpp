// resolve.cpp: amounts, caps and `used` -> StackScheme (docs/semantics.md "Stacking semantics" step 1).
#include "resolve.h"

#include <algorithm>
#include <cmath>

#include "scheme_limits.h"

namespace sw::engine {
namespace {

Cents to_cents(double euro) { return static_cast<Cents>(std::llround(euro * 100.0)); }

}  // namespace

std::optional<double> resolve_amount(const EvalContext& ctx, const CAmount& amount, Pick pick) {
    if (amount.cases.count == 0) return std::nullopt;
    std::optional<double> best;
    for (std::uint32_t i = 0; i < amount.cases.count; ++i) {
        const CAmountCase& ac = ctx.impl->amount_cases[amount.cases.begin + i];
        const Tri when = ac.when < 0 ? Tri::True : eval_node(ctx, static_cast<std::uint32_t>(ac.when));
        if (when == Tri::False) continue;
        bool found = true;
        const Span span = operand_values(ctx, ac.value, found);
        const double v = found && span.count > 0 ? ctx.impl->values[span.begin].num : 0.0;
        if (!best) best = v;
        else best = pick == Pick::Lowest ? std::min(*best, v) : std::max(*best, v);
        if (when == Tri::True) break;  // later cases can no longer apply
    }
    return best ? best : 0.0;
}

StackScheme stack_scheme(const EvalContext& ctx, const CScheme& scheme, const Case& c, Pick pick) {
    const SchemeSpec& spec = *scheme.spec;
    StackScheme s;
    s.id = spec.id;
    s.name = spec.name;
    s.kind = spec.kind;
    s.applicant = spec.applicant;
    s.apply_url = spec.apply_url;
    s.priority = spec.priority;
    for (Component comp : spec.covers) s.covers[static_cast<std::size_t>(comp)] = true;
    s.type = spec.formula.type;
    s.base = spec.formula.base;
    auto used_it = c.person.used.find(spec.id);
    const Cents used = used_it == c.person.used.end() ? 0 : used_it->second;
    // `used` lowers yearly and per-person caps only (docs/semantics.md), never below 0.
    auto lowered = [&](Cents cap, CapPeriod per) { return per == CapPeriod::Course ? cap : std::max<Cents>(0, cap - used); };
    // Pro rata scales the amount and the cap before `used` lowers them (scheme_limits.cpp).
    const std::optional<ProRata>& part_time = spec.limits.pro_rata;
    auto scaled = [&](Cents cents) {
        return part_time ? pro_rata(cents, *part_time, *ctx.facts, pick) : cents;
    };
    if (auto a = resolve_amount(ctx, scheme.amount, pick))
        s.fixed_amount = lowered(scaled(to_cents(*a)), spec.formula.fixed_per);
    if (auto p = resolve_amount(ctx, scheme.percent, pick)) s.percent_bp = std::llround(*p * 100.0);
    if (auto r = resolve_amount(ctx, scheme.rate, pick)) {
        const Cents rate = to_cents(*r);
        if (c.course.hours) {
            // rate x hours, rounded down to whole cents (the small epsilon absorbs 0.1-style noise).
            s.per_hour_amount = static_cast<Cents>(std::floor(static_cast<double>(rate) * *c.course.hours + 1e-6));
        } else if (pick == Pick::Highest) {
            Cents covered = 0;  // unknown hours: at most the covered cost
            for (int i = 0; i < kComponentCount; ++i) covered += s.covers[static_cast<std::size_t>(i)] ? c.course.costs[static_cast<std::size_t>(i)] : 0;
            s.per_hour_amount = covered;
        }
    }
    if (auto t = resolve_amount(ctx, scheme.threshold, pick)) s.threshold = to_cents(*t);
    if (scheme.has_cap) {
        if (auto cap = resolve_amount(ctx, scheme.cap, pick))
            s.cap = lowered(scaled(to_cents(*cap)), spec.formula.cap->per);
    }
    // A company budget limits what the scheme pays to what is left in the employer's pot.
    if (const std::optional<Cents> left = budget_limit(scheme, c, *ctx.facts, pick)) {
        if (s.type == FormulaType::Fixed)
            s.fixed_amount = std::min(s.fixed_amount, *left);
        else
            s.cap = s.cap ? std::min(*s.cap, *left) : *left;
    }
    const Interactions& in = spec.interactions;
    s.exclusive = in.exclusive;
    s.subsidiary = in.subsidiary;
    s.not_if_fully_reimbursed = in.not_if_fully_reimbursed;
    s.own_costs_only = in.own_costs_only;
    if (in.cofinancing_max_percent) s.cofinancing_max_bp = std::llround(*in.cofinancing_max_percent * 100.0);
    return s;
}

}  // namespace sw::engine

// scheme_limits.cpp: pro rata by hours, use limits and company budgets (issue 15). Each turns the
// case's answers into a keyed fact, a leaf the compiler adds to the scheme's condition
// (compile_build.cpp), or a limit on the amount (resolve.cpp).
#include "scheme_limits.h"

#include <algorithm>
#include <cmath>

#include "fact_values.h"
#include "stapelwijzer/budget.h"

namespace sw::engine {
namespace {

// `d` plus `years` calendar years; 29 February becomes 28 February in a common year (the limit
// has then passed one day early rather than one day late).
Date add_years(Date d, int years) {
    int y = 0, m = 0, day = 0;
    date_to_ymd(d, y, m, day);
    y += years;
    if (m == 2 && day == 29) {
        const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        if (!leap) day = 28;
    }
    return date_from_ymd(y, m, day);
}

int year_of(Date d) {
    int y = 0, m = 0, day = 0;
    date_to_ymd(d, y, m, day);
    return y;
}

Tri tri(bool b) {
    return b ? Tri::True : Tri::False;
}

}  // namespace

Tri use_allowed(const UseLimit& limit, const SchemeUse& use, Date reference) {
    if (use.times && *use.times == 0) return Tri::True;  // never used: every limit allows it
    switch (limit.per) {
        case UsePeriod::Career:
            if (use.times) return tri(*use.times < limit.times);
            return Tri::Unknown;
        case UsePeriod::CalendarYear:
            if (use.times_this_year) return tri(*use.times_this_year < limit.times);
            // Last granted in an earlier year: not used this year at all.
            if (use.last_granted && year_of(*use.last_granted) < year_of(reference)) return Tri::True;
            return Tri::Unknown;
        case UsePeriod::Years:
            // Once per N years: allowed again N years after the last grant (that day included).
            if (use.last_granted) return tri(add_years(*use.last_granted, limit.years) <= reference);
            return Tri::Unknown;
    }
    return Tri::Unknown;
}

void add_keyed_answers(const Catalogue::Impl& impl, const Case& c, FactValues& facts) {
    auto scheme = [&](const std::string& id) -> std::int32_t {
        auto it = impl.scheme_index.find(id);
        return it == impl.scheme_index.end() ? -1 : it->second;
    };
    for (const auto& [id, use] : c.person.uses) {
        const std::int32_t index = scheme(id);
        if (index < 0) continue;
        const SchemeSpec& spec = *impl.schemes[static_cast<std::size_t>(index)].spec;
        if (!spec.limits.use_limit) continue;
        const Tri t = use_allowed(*spec.limits.use_limit, use, c.reference_date);
        if (t != Tri::Unknown) facts.keyed.push_back({Fact::PersonUses, index, t == Tri::True});
    }
    for (const auto& [id, left] : c.person.budget_left) {
        const std::int32_t index = scheme(id);
        if (index >= 0) facts.keyed.push_back({Fact::PersonBudgetLeft, index, left > 0});
    }
    for (const auto& [code, on] : c.course.on_course_list) {
        const std::int32_t sym = impl.symbol(code);
        if (sym >= 0) facts.keyed.push_back({Fact::CourseOnCourseList, sym, on});  // no rule names it: unused
    }
}

Cents pro_rata(Cents cents, const ProRata& p, const FactValues& facts, Pick pick) {
    const auto f = static_cast<std::size_t>(Fact::PersonHoursPerWeek);
    double hours = 0;
    if (facts.known[f])
        hours = facts.num[f];
    else
        hours = pick == Pick::Highest ? p.full_time_hours : p.min_hours.value_or(0.0);
    if (hours >= p.full_time_hours) return cents;
    if (hours <= 0) return 0;
    // Rounded down to whole cents; the small epsilon absorbs binary noise (32/40 of 100000).
    const long double scaled = static_cast<long double>(cents) * hours / p.full_time_hours;
    return std::max<Cents>(0, static_cast<Cents>(std::floor(scaled + 1e-6L)));
}

std::optional<Cents> budget_pot_cents(const CompanyBudget& b, const FactValues& facts, Pick pick) {
    long double euro = b.base;
    const auto size = static_cast<std::size_t>(Fact::PersonEmployerSize);
    const auto bill = static_cast<std::size_t>(Fact::PersonEmployerWageBill);
    if (b.per_employee > 0) {
        if (facts.known[size])
            euro += static_cast<long double>(b.per_employee) * facts.num[size];
        else if (pick == Pick::Highest)
            return std::nullopt;
    }
    if (b.wage_bill_percent > 0) {
        if (facts.known[bill])
            euro += static_cast<long double>(b.wage_bill_percent) / 100 * facts.num[bill];
        else if (pick == Pick::Highest)
            return std::nullopt;
    }
    return static_cast<Cents>(std::floor(euro * 100 + 1e-6L));
}

std::optional<Cents> budget_limit(const CScheme& scheme, const Case& c, const FactValues& facts, Pick pick) {
    const SchemeSpec& spec = *scheme.spec;
    if (!spec.limits.budget) return std::nullopt;
    auto it = c.person.budget_left.find(spec.id);
    if (it != c.person.budget_left.end()) return std::max<Cents>(0, it->second);
    const bool assumed = facts.known[static_cast<std::size_t>(Fact::PersonBudgetLeft)] &&
                         facts.sym[static_cast<std::size_t>(Fact::PersonBudgetLeft)] != 0;
    if (assumed || pick == Pick::Highest) return budget_pot_cents(*spec.limits.budget, facts, Pick::Highest);
    return 0;
}

}  // namespace sw::engine

namespace sw {

std::optional<Cents> budget_pot(const Catalogue& catalogue, const Case& c, std::string_view scheme_id) {
    using namespace engine;
    const Catalogue::Impl& impl = catalogue.impl();
    const auto it = impl.scheme_index.find(std::string(scheme_id));
    if (it == impl.scheme_index.end()) return std::nullopt;
    const SchemeSpec& spec = *impl.schemes[static_cast<std::size_t>(it->second)].spec;
    if (!spec.limits.budget) return std::nullopt;
    const FactValues facts = fact_values(impl, c);
    // Lowest and highest agree exactly when every fact the formula needs is known.
    const auto low = budget_pot_cents(*spec.limits.budget, facts, Pick::Lowest);
    const auto high = budget_pot_cents(*spec.limits.budget, facts, Pick::Highest);
    if (!high || low != high) return std::nullopt;
    return high;
}

}  // namespace sw

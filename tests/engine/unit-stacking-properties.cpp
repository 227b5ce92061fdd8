// Properties over random catalogues and cases (seeded PRNG, so every run tests the same cases):
// the branch and bound equals trying every subset; per component the sum <= cost; no scheme above
// its cap; own payment + gifts + obligations = total; loan <= own payment; adding an eligible
// non-subsidiary gift never raises the optimal own payment; the same input gives the same output,
// whatever the order of the schemes in the input.
#include <algorithm>
#include <numeric>

#include "splitmix.h"
#include "unit-stacking-builders.h"

using namespace stacktest;
using namespace sw::engine::stacking;
using swtest::Rng;

namespace {

std::array<bool, sw::kComponentCount> random_covers(Rng& r) {
    std::array<bool, sw::kComponentCount> c{};
    while (std::none_of(c.begin(), c.end(), [](bool b) { return b; })) {
        for (bool& b : c) b = r.chance(2);
    }
    return c;
}

StackScheme random_money_scheme(Rng& r, const std::string& id, Kind kind) {
    StackScheme s = scheme(id, kind, static_cast<int>(r.range(0, 4) * 100 + r.range(0, 2) * 50), "");
    s.covers = random_covers(r);
    switch (r.range(0, 3)) {
        case 0:
        case 1:
            s.type = sw::FormulaType::Fixed;
            s.fixed_amount = r.range(0, 4) == 0 ? 0 : r.range(1, 200000);
            break;
        case 2:
            s.type = sw::FormulaType::Percentage;
            s.percent_bp = r.chance(4) ? 10000 : r.range(1, 10000);
            s.base = r.chance(2) ? sw::Base::Gross : sw::Base::Residual;
            if (r.chance(2)) s.cap = r.range(0, 150000);
            break;
        default:
            s.type = sw::FormulaType::PerHour;
            s.per_hour_amount = r.range(0, 100000);
            if (r.chance(2)) s.cap = r.range(0, 80000);
    }
    if (r.chance(6)) s.cofinancing_max_bp = r.range(1000, 9000);
    s.applicant = r.chance(2) ? sw::Applicant::Employer : sw::Applicant::Person;
    return s;
}

// `exclude_one_in`: each ordered pair of schemes excludes with chance 1/exclude_one_in.
// `large_costs`: costs far above what schemes pay, so conflicts decide (not the costs).
StackInput random_input(Rng& r, int gifts, bool subsidiary_allowed, int exclude_one_in = 9,
                        bool large_costs = false) {
    StackInput in;
    for (auto& c : in.costs) c = r.chance(3) ? 0 : r.range(1, large_costs ? 100000000 : 300000);
    // Ids in random order relative to priority, so tie-breaks by id are really exercised.
    std::vector<int> names(static_cast<std::size_t>(gifts));
    std::iota(names.begin(), names.end(), 0);
    for (std::size_t i = names.size(); i > 1; --i)
        std::swap(names[i - 1],
                  names[static_cast<std::size_t>(r.range(0, static_cast<std::int64_t>(i) - 1))]);
    for (int g = 0; g < gifts; ++g) {
        StackScheme s = random_money_scheme(r, "g" + std::to_string(100 + names[static_cast<std::size_t>(g)]),
                                            Kind::Gift);
        s.exclusive = r.chance(10);
        s.subsidiary = subsidiary_allowed && r.chance(7);
        in.schemes.push_back(s);
    }
    const int obligations = static_cast<int>(r.range(0, 2));
    for (int o = 0; o < obligations; ++o) {
        StackScheme s = random_money_scheme(r, "o" + std::to_string(o), Kind::Obligation);
        if (r.chance(2)) {
            s.type = sw::FormulaType::Percentage;
            s.percent_bp = 10000;
            s.base = sw::Base::Residual;
        }
        in.schemes.push_back(s);
    }
    const int n = static_cast<int>(in.schemes.size());
    for (int a = 0; a < n; ++a) {
        for (int b = 0; b < n; ++b) {
            if (a != b && r.chance(exclude_one_in))
                in.schemes[static_cast<std::size_t>(a)].excludes.push_back(b);
        }
        if (n > 1 && r.chance(in.schemes[static_cast<std::size_t>(a)].kind == Kind::Obligation ? 2 : 10)) {
            in.schemes[static_cast<std::size_t>(a)].requires_schemes.push_back(
                r.chance(8) ? -1 : static_cast<int>(r.range(0, n - 1)));
        }
    }
    if (r.chance(2)) {
        StackScheme l =
            loan("llo", r.chance(2) ? "T" : "TEM",
                 r.chance(2) ? std::optional<Cents>(r.range(0, 200000)) : std::nullopt, r.chance(2));
        in.schemes.push_back(l);
    }
    if (r.chance(2)) {
        in.schemes.push_back(deduction("aftrek", r.range(0, 50000),
                                       r.chance(2) ? std::optional<Cents>(r.range(0, 300000)) : std::nullopt,
                                       "TEMV", r.chance(4) != 1));
    }
    return in;
}

// The same input with its schemes in another order (indices remapped).
StackInput shuffled(const StackInput& in, Rng& r) {
    const std::size_t n = in.schemes.size();
    std::vector<int> perm(n);  // perm[old] = new
    std::iota(perm.begin(), perm.end(), 0);
    for (std::size_t i = n; i > 1; --i)
        std::swap(perm[i - 1], perm[static_cast<std::size_t>(r.range(0, static_cast<std::int64_t>(i) - 1))]);
    StackInput out;
    out.costs = in.costs;
    out.schemes.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        StackScheme s = in.schemes[i];
        for (int& e : s.excludes) e = perm[static_cast<std::size_t>(e)];
        for (int& q : s.requires_schemes) q = q < 0 ? q : perm[static_cast<std::size_t>(q)];
        out.schemes[static_cast<std::size_t>(perm[i])] = s;
    }
    return out;
}

bool same_contributions(const std::vector<Contribution>& a, const std::vector<Contribution>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].scheme != b[i].scheme || a[i].amount != b[i].amount || a[i].components != b[i].components ||
            a[i].applicant != b[i].applicant || a[i].apply_url != b[i].apply_url || a[i].kind != b[i].kind) {
            return false;
        }
    }
    return true;
}

bool same_plan(const Plan& a, const Plan& b) {
    if (a.explanation.size() != b.explanation.size()) return false;
    for (std::size_t i = 0; i < a.explanation.size(); ++i) {
        if (a.explanation[i].nl != b.explanation[i].nl || a.explanation[i].en != b.explanation[i].en)
            return false;
    }
    return a.total_cost == b.total_cost && a.own_payment == b.own_payment && a.loan == b.loan &&
           a.deduction == b.deduction && a.gift_schemes == b.gift_schemes &&
           same_contributions(a.contributions, b.contributions) && same_contributions(a.loans, b.loans) &&
           same_contributions(a.deductions, b.deductions);
}

const StackScheme& by_id(const StackInput& in, const std::string& id) {
    return in.schemes[static_cast<std::size_t>(index_of(in, id))];
}

// The invariants of docs/semantics.md "Output" for one plan.
void check_invariants(const StackInput& in, const Plan& plan) {
    Cents total = 0;
    for (Cents c : in.costs) total += c;
    REQUIRE(plan.total_cost == total);
    ComponentCents sum{};
    Cents paid_total = 0;
    for (const Contribution& c : plan.contributions) {
        const StackScheme& s = by_id(in, c.scheme);
        CHECK((s.kind == Kind::Gift || s.kind == Kind::Obligation));
        CHECK(c.amount > 0);
        CHECK(c.amount == std::accumulate(c.components.begin(), c.components.end(), Cents{0}));
        if (s.cap) CHECK(c.amount <= *s.cap);
        if (s.type == sw::FormulaType::Fixed) CHECK(c.amount <= s.fixed_amount);
        if (s.type == sw::FormulaType::PerHour) CHECK(c.amount <= s.per_hour_amount);
        if (s.cofinancing_max_bp) {
            Cents covered = 0;
            for (std::size_t k = 0; k < in.costs.size(); ++k) covered += s.covers[k] ? in.costs[k] : 0;
            CHECK(c.amount <= percent_of(covered, *s.cofinancing_max_bp));
        }
        for (std::size_t k = 0; k < sum.size(); ++k) {
            CHECK(c.components[k] >= 0);
            if (!s.covers[k]) CHECK(c.components[k] == 0);
            sum[k] += c.components[k];
        }
        CHECK(c.amount <= sw::engine::solo_amount(s, in.costs));
        paid_total += c.amount;
    }
    for (std::size_t k = 0; k < sum.size(); ++k) CHECK(sum[k] <= in.costs[k]);
    CHECK(plan.own_payment == total - paid_total);
    CHECK(plan.own_payment >= 0);
    CHECK(plan.loan <= plan.own_payment);
    Cents loans = 0;
    for (const Contribution& c : plan.loans) {
        CHECK(c.amount > 0);
        const StackScheme& s = by_id(in, c.scheme);
        if (s.cap) CHECK(c.amount <= *s.cap);
        loans += c.amount;
    }
    CHECK(loans == plan.loan);
    Cents deductions = 0;
    for (const Contribution& c : plan.deductions) {
        CHECK(c.amount > 0);
        const StackScheme& s = by_id(in, c.scheme);
        if (s.cap) CHECK(c.amount <= *s.cap);
        if (s.own_costs_only) CHECK(c.amount <= std::max<Cents>(0, plan.own_payment - s.threshold));
        deductions += c.amount;
    }
    CHECK(deductions == plan.deduction);
    CHECK(!plan.explanation.empty());
}

void check_case(const StackInput& in, Rng& r) {
    const Plan plan = sw::engine::stack(in);
    check_invariants(in, plan);

    // The branch and bound finds exactly what trying every subset finds.
    const Prepared prep = prepare(in);
    const Choice exact = optimise(prep);
    const Choice reference = optimise_exhaustive(prep);
    CHECK(exact.own_payment == reference.own_payment);
    CHECK(exact.gifts == reference.gifts);
    CHECK(plan.own_payment == reference.own_payment);
    // With at most 13 gift schemes the work budget never applies: proven, and the plan says so.
    CHECK(exact.tie_break_proven);
    CHECK(exact.optimal);
    CHECK(plan.tie_break_proven);
    CHECK(plan.optimal);
    CHECK(plan.own_payment_lower_bound == plan.own_payment);

    // Deterministic, and independent of the input order.
    CHECK(same_plan(plan, sw::engine::stack(in)));
    CHECK(same_plan(plan, sw::engine::stack(shuffled(in, r))));
}

}  // namespace

TEST_CASE("random cases: invariants, exact optimum, determinism") {
    Rng r{20261123};
    for (int round = 0; round < 400; ++round) {
        const StackInput in = random_input(r, static_cast<int>(r.range(0, 9)), true);
        CAPTURE(round);
        check_case(in, r);
    }
}

TEST_CASE("random cases with up to 13 gift schemes equal the exhaustive optimum") {
    Rng r{4242};
    for (int round = 0; round < 25; ++round) {
        const StackInput in = random_input(r, static_cast<int>(r.range(10, 13)), true);
        CAPTURE(round);
        check_case(in, r);
    }
}

TEST_CASE("random cases where conflicts decide (large costs, many excludes) equal the exhaustive optimum") {
    Rng r{99};
    for (int round = 0; round < 60; ++round) {
        const StackInput in =
            random_input(r, static_cast<int>(r.range(6, 12)), true, static_cast<int>(r.range(2, 6)), true);
        CAPTURE(round);
        check_case(in, r);
    }
}

TEST_CASE("StackOptions::explanation false: the same plan, only without the explanation texts") {
    Rng r{1123};
    for (int round = 0; round < 300; ++round) {
        // Small and large cases, some where conflicts decide, so the optimiser's paths all run.
        const int gifts = static_cast<int>(round % 3 == 2 ? r.range(10, 20) : r.range(0, 9));
        const StackInput in = random_input(r, gifts, true, static_cast<int>(r.range(2, 9)), r.chance(2));
        CAPTURE(round);
        Plan with = sw::engine::stack(in);
        const Plan without = sw::engine::stack(in, sw::engine::StackOptions{false});
        CHECK(!with.explanation.empty());
        CHECK(without.explanation.empty());
        with.explanation.clear();
        CHECK(same_plan(with, without));
    }
}

TEST_CASE("adding an eligible non-subsidiary gift never raises the optimal own payment") {
    Rng r{777};
    int compared = 0;
    for (int round = 0; round < 300; ++round) {
        StackInput in = random_input(r, static_cast<int>(r.range(0, 8)), true);
        const Plan before = sw::engine::stack(in);
        // The exception of docs/semantics.md: a subsidiary scheme may lose its place.
        bool has_subsidiary = false;
        for (const std::string& id : before.gift_schemes)
            has_subsidiary = has_subsidiary || by_id(in, id).subsidiary;
        if (has_subsidiary) continue;
        StackScheme extra = random_money_scheme(r, "new", Kind::Gift);
        extra.exclusive = r.chance(5);
        const int n = static_cast<int>(in.schemes.size());
        for (int b = 0; b < n; ++b) {
            if (r.chance(4)) extra.excludes.push_back(b);
        }
        in.schemes.push_back(extra);
        const Plan after = sw::engine::stack(in);
        CAPTURE(round);
        CHECK(after.own_payment <= before.own_payment);
        ++compared;
    }
    CHECK(compared > 200);  // the property was really exercised
}

TEST_CASE(
    "30 eligible, pairwise interacting gift schemes: a valid plan, at least as good as any single scheme") {
    Rng r{30};
    for (int round = 0; round < 10; ++round) {
        StackInput in = random_input(r, 30, true);
        const Plan plan = sw::engine::stack(in);
        CAPTURE(round);
        check_invariants(in, plan);
        // Compare with every subset of at most one gift scheme: the optimum is never worse.
        const Prepared prep = prepare(in);
        for (int g : prep.gifts) {
            std::vector<char> one(static_cast<std::size_t>(prep.n), 0);
            one[static_cast<std::size_t>(g)] = 1;
            const PlanRun run = run_plan(prep, one);
            if (run.feasible) CHECK(plan.own_payment <= run.own_payment);
        }
        CHECK(plan.own_payment <=
              run_plan(prep, std::vector<char>(static_cast<std::size_t>(prep.n), 0)).own_payment);
    }
}

// The work budget (docs/stacking.md "The work budget"), with the exemption of small cases turned
// off so that small inputs can be compared with trying every subset.
namespace {

sw::engine::Budget tiny(std::int64_t own_nodes, std::int64_t tie_nodes) {
    sw::engine::Budget b;
    b.own_payment_nodes = own_nodes;
    b.tie_break_nodes = tie_nodes;
    b.exact_up_to_gifts = 0;
    return b;
}

// The plan of these gift schemes (indices), obligations included.
PlanRun run_of(const Prepared& prep, const std::vector<int>& gifts) {
    std::vector<char> in_subset(static_cast<std::size_t>(prep.n), 0);
    for (int g : gifts) in_subset[static_cast<std::size_t>(g)] = 1;
    return run_plan(prep, in_subset);
}

bool mentions(const Plan& plan, const std::string& nl, const std::string& en) {
    for (const auto& line : plan.explanation) {
        if (line.nl.find(nl) != std::string::npos && line.en.find(en) != std::string::npos) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("tie-break budget runs out: the proven own payment, an allowed plan, and it says so") {
    Rng r{17};
    int unproven = 0, not_fewest = 0;
    for (int round = 0; round < 300; ++round) {
        const StackInput in =
            random_input(r, static_cast<int>(r.range(3, 12)), true, static_cast<int>(r.range(3, 12)));
        const Prepared prep = prepare(in);
        const Choice reference = optimise_exhaustive(prep);
        const Choice cut = optimise(prep, tiny(2'000'000, static_cast<std::int64_t>(r.range(0, 40))));
        CAPTURE(round);
        CHECK(cut.optimal);
        CHECK(cut.own_payment == reference.own_payment);
        const PlanRun run = run_of(prep, cut.gifts);
        CHECK(run.feasible);
        CHECK(run.own_payment == reference.own_payment);
        if (cut.tie_break_proven) {
            CHECK(cut.gifts == reference.gifts);  // never claims what it did not prove
        } else {
            ++unproven;
            CHECK(cut.gifts.size() >= reference.gifts.size());
            not_fewest += cut.gifts != reference.gifts;
        }
        // The plan and its explanation say the same.
        const Plan plan = sw::engine::stack(in, {}, tiny(2'000'000, 0));
        const bool noted =
            mentions(plan, "misschien kan het met minder regelingen", "fewer schemes, so fewer applications");
        CHECK(noted == !plan.tie_break_proven);
        CHECK(plan.optimal);
    }
    CHECK(unproven > 100);  // the budget really ran out, often
    CHECK(not_fewest > 0);  // and then the plan may differ: the flag matters
}

TEST_CASE("own-payment budget runs out: the best payment found, a lower bound, and it says so") {
    Rng r{18};
    int cut_short = 0;
    for (int round = 0; round < 300; ++round) {
        const StackInput in = random_input(r, static_cast<int>(r.range(4, 12)), true, 6, r.chance(2));
        const Prepared prep = prepare(in);
        const Choice reference = optimise_exhaustive(prep);
        const Choice cut = optimise(prep, tiny(static_cast<std::int64_t>(r.range(1, 6)), 1'000'000));
        CAPTURE(round);
        const PlanRun run = run_of(prep, cut.gifts);
        CHECK(run.feasible);
        CHECK(run.own_payment == cut.own_payment);
        if (cut.optimal) {
            CHECK(cut.own_payment == reference.own_payment);
            CHECK(cut.own_payment_lower_bound == cut.own_payment);
        } else {
            ++cut_short;
            CHECK_FALSE(cut.tie_break_proven);
            CHECK(cut.own_payment_lower_bound <= reference.own_payment);
            CHECK(reference.own_payment <= cut.own_payment);
            const Plan plan = sw::engine::stack(in, {}, tiny(static_cast<std::int64_t>(1), 1'000'000));
            if (!plan.optimal) {
                CHECK(plan.own_payment_lower_bound <= plan.own_payment);
                CHECK(mentions(plan, "Misschien kan uw eigen bijdrage nog lager",
                               "Your own payment may be lower still"));
            }
        }
    }
    CHECK(cut_short > 50);
}

TEST_CASE("the default budget: deterministic, and never applied up to 13 gift schemes") {
    Rng r{19};
    for (int round = 0; round < 20; ++round) {
        const StackInput in = random_input(r, 13, true, 1000);
        const Prepared prep = prepare(in);
        sw::engine::Budget none = tiny(0, 0);
        none.exact_up_to_gifts = 13;
        const Choice c = optimise(prep, none);
        CHECK(c.tie_break_proven);
        CHECK(c.optimal);
        CHECK(c.gifts == optimise_exhaustive(prep).gifts);
    }
    // 30 schemes: the same plan every time, flags included.
    for (int round = 0; round < 5; ++round) {
        const StackInput in = random_input(r, 30, true, 1000);
        const Plan a = sw::engine::stack(in);
        const Plan b = sw::engine::stack(in);
        CHECK(same_plan(a, b));
        CHECK(a.tie_break_proven == b.tie_break_proven);
        CHECK(a.optimal == b.optimal);
    }
}

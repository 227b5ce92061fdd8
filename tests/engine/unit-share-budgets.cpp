// share_budgets() (stapelwijzer/budget.h, docs/employer.md "Company budgets"): on small random
// staff lists (2-4 people, pots of a few cents, random costs, schemes and eligibility) every
// allocation of the pot, cent by cent, is tried: none gives a lower employer total (the sum of the
// own payments) than share_budgets' one, the pot is never exceeded, and the stated rule (highest
// saving per cent first, equal savings in list order, each what their plan can use of what is
// left) is what it did.
#include <algorithm>
#include <functional>
#include <random>

#include "engine/spec_builders.h"
#include "stapelwijzer/budget.h"

using namespace spec;

namespace {

sw::Cents own(const sw::Catalogue& cat, sw::Case c, sw::Cents share) {
    c.person.budget_left["pot"] = share;
    return sw::evaluate(cat, c, sw::EvaluateOptions{false, false, false}).plan.own_payment;
}

struct Instance {
    std::shared_ptr<const sw::Catalogue> catalogue;
    std::vector<sw::Case> staff;
    sw::Cents pot = 0;
};

// The pot scheme pays 100 % of the tuition up to a cap from the employer's pot (base only, in
// cents); a fixed gift and a 50 % gift on what is left follow it, each for an age range. Costs and
// amounts are a few cents, so every cent of the pot is tried. They are whole multiples of 2 cents:
// then the 50 % gift never rounds (half a cent), and each person's own payment falls at a constant
// rate up to what their plan can use, the case share_budgets() is exact for (docs/employer.md).
// The 50 % gift has no cap: with one, a person's saving per cent drops once the gift reaches its
// cap, the case the documentation names as not covered.
Instance random_instance(std::mt19937& rng) {
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    sw::SchemeSpec pot = scheme("pot");
    pot.applicant = sw::Applicant::Employer;
    pot.formula.type = sw::FormulaType::Percentage;
    pot.formula.amount = {};
    pot.formula.percent = amount(100);
    pot.formula.base = sw::Base::Residual;
    pot.formula.cap = sw::Cap{amount(2 * pick(3, 10) / 100.0), sw::CapPeriod::Course};
    pot.limits.budget = sw::CompanyBudget{2 * pick(2, 7) / 100.0, 0, 0};
    pot.condition = leaf(sw::Fact::PersonAge, sw::Op::Ge, pick(20, 40));
    sw::SchemeSpec fixed = scheme("fixed", 2 * pick(0, 4) / 100.0);
    fixed.priority = 200;
    fixed.condition = leaf(sw::Fact::PersonAge, sw::Op::Le, pick(20, 60));
    sw::SchemeSpec half = scheme("half");
    half.priority = 300;
    half.formula.type = sw::FormulaType::Percentage;
    half.formula.amount = {};
    half.formula.percent = amount(50);
    half.formula.base = sw::Base::Residual;
    half.condition = leaf(sw::Fact::PersonAge, sw::Op::Ge, pick(25, 60));
    Instance in;
    in.catalogue = compile(catalogue({pot, fixed, half}));
    const int people = pick(2, 4);
    for (int i = 0; i < people; ++i) {
        sw::Case c = blank_case();
        c.person.age = pick(18, 66);
        c.person.employer_size = 3;
        c.course.costs[static_cast<int>(sw::Component::Tuition)] = 2 * pick(1, 15);
        in.staff.push_back(c);
    }
    in.pot = *sw::budget_pot(*in.catalogue, in.staff[0], "pot");
    return in;
}

}  // namespace

TEST_CASE("share_budgets: no allocation of the pot gives the employer a lower total, and the rule holds") {
    std::mt19937 rng(16);
    int instances_with_a_choice = 0;
    for (int round = 0; round < 300; ++round) {
        Instance in = random_instance(rng);
        const std::size_t n = in.staff.size();
        // table[i][x]: person i's own payment with x cents of the pot.
        std::vector<std::vector<sw::Cents>> table(n);
        for (std::size_t i = 0; i < n; ++i)
            for (sw::Cents x = 0; x <= in.pot; ++x) table[i].push_back(own(*in.catalogue, in.staff[i], x));
        // Every allocation x_0..x_{n-1} with sum <= pot.
        sw::Cents best = INT64_MAX;
        std::vector<sw::Cents> x(n, 0);
        std::function<void(std::size_t, sw::Cents, sw::Cents)> walk = [&](std::size_t i, sw::Cents left,
                                                                          sw::Cents total) {
            if (i == n) {
                best = std::min(best, total);
                return;
            }
            for (sw::Cents give = 0; give <= left; ++give) walk(i + 1, left - give, total + table[i][give]);
        };
        walk(0, in.pot, 0);

        std::vector<sw::Case> staff = in.staff;
        const std::vector<sw::BudgetShare> shares = sw::share_budgets(*in.catalogue, staff);
        REQUIRE(shares.size() == 1);
        const sw::BudgetShare& s = shares[0];
        CHECK(s.scheme == "pot");
        CHECK(s.pot == in.pot);
        sw::Cents total = 0, given = 0;
        for (std::size_t i = 0; i < n; ++i) {
            CHECK(staff[i].person.budget_left.at("pot") == s.given[i]);
            CHECK(s.given[i] >= 0);
            CHECK(s.given[i] <= s.need[i]);
            given += s.given[i];
            total += sw::evaluate(*in.catalogue, staff[i], sw::EvaluateOptions{false, false, false})
                         .plan.own_payment;
        }
        INFO("round " << round << ", pot " << in.pot);
        CHECK(given == s.given_total);
        CHECK(given <= in.pot);
        if (total != best) {
            for (std::size_t i = 0; i < n; ++i) {
                std::string row;
                for (auto v : table[i]) row += std::to_string(v) + " ";
                UNSCOPED_INFO("person " << i << " given " << s.given[i] << " need " << s.need[i] << " saving "
                                        << s.saving[i] << " table " << row);
            }
        }
        CHECK(total == best);
        // The rule: nobody gets part of the pot while someone with a higher rate (saving per cent)
        // or the same rate and earlier in the list lacks part of what their plan can use.
        for (std::size_t i = 0; i < n; ++i) {
            const bool short_of_need = s.given[i] < s.need[i];
            for (std::size_t j = 0; j < n && short_of_need; ++j) {
                if (j == i || s.given[j] == 0) continue;
                const long double ri = static_cast<long double>(s.saving[i]) / s.need[i];
                const long double rj = static_cast<long double>(s.saving[j]) / s.need[j];
                CHECK_FALSE(ri > rj);
                if (ri == rj) CHECK_FALSE(i < j);
            }
            // need is the least share that does as well as the whole pot.
            if (s.need[i] > 0) {
                CHECK(table[i][static_cast<std::size_t>(s.need[i])] == table[i].back());
                CHECK(table[i][static_cast<std::size_t>(s.need[i] - 1)] > table[i].back());
                CHECK(s.saving[i] == table[i][0] - table[i].back());
            }
        }
        sw::Cents all_need = 0;
        for (std::size_t i = 0; i < n; ++i) all_need += s.need[i];
        if (all_need > in.pot) ++instances_with_a_choice;
    }
    CHECK(instances_with_a_choice > 50);  // the pot was short often enough for the choice to matter
}

TEST_CASE("share_budgets: equal savings are served in list order, each what their plan can use") {
    sw::SchemeSpec pot = scheme("pot");
    pot.applicant = sw::Applicant::Employer;
    pot.formula.type = sw::FormulaType::Percentage;
    pot.formula.amount = {};
    pot.formula.percent = amount(100);
    pot.formula.cap = sw::Cap{amount(1500), sw::CapPeriod::Course};
    pot.limits.budget = sw::CompanyBudget{800, 120, 0};  // 800 + 120 x 10 = 2,000 euro
    auto cat = compile(catalogue({pot}));
    std::vector<sw::Case> staff;
    for (sw::Cents tuition : {90000, 150000, 40000}) {
        sw::Case c = blank_case();
        c.person.employer_size = 10;
        c.course.costs[static_cast<int>(sw::Component::Tuition)] = tuition;
        staff.push_back(c);
    }
    const auto shares = sw::share_budgets(*cat, staff);
    REQUIRE(shares.size() == 1);
    CHECK(shares[0].pot == 200000);
    CHECK(shares[0].given == std::vector<sw::Cents>{90000, 110000, 0});
    CHECK(shares[0].given_total == 200000);
    CHECK(staff[2].person.budget_left.at("pot") == 0);
}

TEST_CASE("share_budgets: a pot nobody's facts give is left out; what is left this year is the pot") {
    sw::SchemeSpec pot = scheme("pot");
    pot.formula.type = sw::FormulaType::Percentage;
    pot.formula.amount = {};
    pot.formula.percent = amount(100);
    pot.formula.cap = sw::Cap{amount(1500), sw::CapPeriod::Course};
    pot.limits.budget = sw::CompanyBudget{0, 100, 0};
    auto cat = compile(catalogue({pot}));
    std::vector<sw::Case> staff(2, blank_case());
    CHECK(sw::share_budgets(*cat, staff).empty());  // employer_size unknown
    CHECK(staff[0].person.budget_left.empty());
    staff[0].person.employer_size = staff[1].person.employer_size = 50;  // pot 5,000 euro
    staff[1].person.budget_left["pot"] = 30000;                          // but 300 left this year
    const auto shares = sw::share_budgets(*cat, staff);
    REQUIRE(shares.size() == 1);
    CHECK(shares[0].pot == 30000);
    CHECK(shares[0].given == std::vector<sw::Cents>{30000, 0});
}

TEST_CASE("BudgetSharing: step by step, progress rises to 1, the shares are share_budgets' own") {
    std::mt19937 rng(17);
    for (int round = 0; round < 20; ++round) {
        Instance in = random_instance(rng);
        std::vector<sw::Case> whole = in.staff, stepped = in.staff;
        const std::vector<sw::BudgetShare> want = sw::share_budgets(*in.catalogue, whole);
        sw::BudgetSharing sharing(*in.catalogue, stepped);
        double last = sharing.progress();
        CHECK(last == 0.0);
        int steps = 0;
        while (sharing.step()) {
            ++steps;
            CHECK(sharing.progress() >= last);
            last = sharing.progress();
        }
        CHECK(sharing.done());
        CHECK(sharing.progress() == 1.0);
        CHECK(steps > static_cast<int>(in.staff.size()));  // at least one step per case
        const std::vector<sw::BudgetShare> got = sharing.take_shares();
        REQUIRE(got.size() == want.size());
        for (std::size_t k = 0; k < got.size(); ++k) {
            CHECK(got[k].given == want[k].given);
            CHECK(got[k].need == want[k].need);
            CHECK(got[k].pot == want[k].pot);
        }
        for (std::size_t i = 0; i < whole.size(); ++i)
            CHECK(stepped[i].person.budget_left == whole[i].person.budget_left);
    }
}

// The closed-form optimum stack() uses for plain gift schemes (stacking.cpp plain_optimum: one set
// of covered components, no interactions between gift schemes, amounts that do not depend on the
// other schemes) gives exactly the plan of the search: over random plain inputs with ties in the
// potentials, zero-paying schemes, duplicate ids, loans and deductions, stack() chooses the gift
// subset that trying every subset chooses and the same plan as stacking with the search.
#include <algorithm>

#include "unit-stacking-builders.h"
#include "splitmix.h"

using namespace stacktest;
using namespace sw::engine::stacking;
using swtest::Rng;

namespace {

StackInput plain_input(Rng& rng) {
    StackInput in;
    // Small money steps make ties in the potentials, and zero costs happen.
    for (auto& c : in.costs) c = rng.range(0, 3) == 0 ? 0 : rng.range(1, 12) * 5000;
    const std::string letters[] = {"T", "TE", "TEM", "EM", "TEMVRW", "W"};
    const std::string covered = letters[rng.range(0, 5)];
    const int gifts = static_cast<int>(rng.range(1, 10));
    for (int i = 0; i < gifts; ++i) {
        // Duplicate ids now and then (the input order then decides, as in ids_less).
        const std::string id = "g" + std::to_string(rng.range(0, 3) == 0 ? rng.range(0, 3) : i + 10);
        const int priority = static_cast<int>(rng.range(0, 3)) * 100;
        StackScheme s;
        switch (rng.range(0, 3)) {
            case 0:
                s = fixed(id, rng.range(0, 6) * 5000, covered, priority);
                break;
            case 1:
                s = percentage(id, rng.range(0, 4) * 2500, covered, priority, sw::Base::Gross,
                               rng.range(0, 1) ? std::optional<Cents>(rng.range(0, 6) * 5000) : std::nullopt);
                break;
            case 2:
                s = fixed(id, 0, covered, priority);
                s.type = sw::FormulaType::PerHour;
                s.per_hour_amount = rng.range(0, 6) * 5000;
                break;
            default:
                s = fixed(id, 0, covered, priority);
                s.type = sw::FormulaType::None;
                break;
        }
        if (rng.range(0, 5) == 0) s.cap = rng.range(0, 4) * 5000;
        in.schemes.push_back(s);
    }
    if (rng.range(0, 2) == 0) in.schemes.push_back(loan("lening", "T"));
    if (rng.range(0, 2) == 0) in.schemes.push_back(deduction("aftrek", 25000));
    if (rng.range(0, 3) == 0 && in.schemes.size() > 1) {
        in.schemes.back().excludes.push_back(0);  // a loan or deduction excluding a gift: still plain
    }
    std::reverse(in.schemes.begin(), in.schemes.end());  // input order is not id order
    return in;
}

std::vector<std::string> ids(const Prepared& prep, const std::vector<int>& schemes) {
    std::vector<std::string> out;
    for (int i : schemes) out.push_back(prep.scheme(i).id);
    return out;
}

}  // namespace

TEST_CASE("plain gift schemes: stack() chooses the exhaustive optimum and the search's plan") {
    Rng rng{20261123};
    for (int round = 0; round < 800; ++round) {
        const StackInput in = plain_input(rng);
        INFO("round " << round);
        const Prepared prep = prepare(in);
        const Choice exhaustive = optimise_exhaustive(prep);
        const Choice searched = optimise(prep);
        REQUIRE(searched.gifts == exhaustive.gifts);
        const Plan plan = sw::engine::stack(in);
        CHECK(plan.gift_schemes == ids(prep, exhaustive.gifts));
        // The whole plan equals the one applying the search's subset.
        std::vector<char> chosen(static_cast<std::size_t>(prep.n), 0);
        for (int g : searched.gifts) chosen[static_cast<std::size_t>(g)] = 1;
        const PlanRun run = run_plan(prep, chosen);
        CHECK(plan.own_payment == run.own_payment);
        CHECK(plan.own_payment == exhaustive.own_payment);
        Cents paid = 0;
        for (const auto& c : plan.contributions) paid += c.amount;
        CHECK(paid + plan.own_payment == plan.total_cost);
    }
}

TEST_CASE("not plain: interactions or different components go to the search and stay optimal") {
    Rng rng{7};
    for (int round = 0; round < 250; ++round) {
        StackInput in = plain_input(rng);
        INFO("round " << round);
        std::vector<std::size_t> gifts;
        for (std::size_t i = 0; i < in.schemes.size(); ++i) {
            if (in.schemes[i].kind == Kind::Gift) gifts.push_back(i);
        }
        StackScheme& first = in.schemes[gifts.front()];
        switch (round % 5) {
            case 0:
                first.covers = covers(first.covers[0] ? "E" : "T");
                break;
            case 1:
                first.exclusive = true;
                break;
            case 2:
                first.subsidiary = true;
                break;
            case 3:
                first.type = sw::FormulaType::Percentage;
                first.base = sw::Base::Residual;
                first.percent_bp = 5000;
                break;
            default:
                if (gifts.size() > 1) first.excludes.push_back(static_cast<int>(gifts.back()));
                break;
        }
        const Prepared prep = prepare(in);
        const Choice exhaustive = optimise_exhaustive(prep);
        const Plan plan = sw::engine::stack(in);
        CHECK(plan.gift_schemes == ids(prep, exhaustive.gifts));
        CHECK(plan.own_payment == exhaustive.own_payment);
    }
}

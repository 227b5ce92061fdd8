// Formulas one scheme at a time: fixed, percentage (gross, residual), per hour, caps,
// requires_cofinancing, the component order T E M V R W, and solo_amount().
#include "unit-stacking-builders.h"

using namespace stacktest;
using sw::Component;
using sw::engine::solo_amount;
using sw::engine::stack;

TEST_CASE("fixed: pays its amount over covered components in the order T, E, M") {
    StackInput in;
    in.costs = costs(30000, 10000, 5000, 2100);
    in.schemes = {fixed("a", 35000, "MET")};  // letter order in covers does not matter
    const Plan plan = stack(in);
    CHECK(paid(plan, "a") == 35000);
    CHECK(find(plan.contributions, "a")->components == costs(30000, 5000, 0, 0));
    CHECK(plan.own_payment == 5000 + 5000 + 2100);
}

TEST_CASE("fixed: never more than the covered cost; uncovered components stay unpaid") {
    StackInput in;
    in.costs = costs(30000, 10000, 5000);
    in.schemes = {fixed("a", 100000, "TE")};
    const Plan plan = stack(in);
    CHECK(paid(plan, "a") == 40000);
    CHECK(plan.own_payment == 5000);
    CHECK(explains(plan, "Meer stond er niet open", "Nothing more was unpaid"));
}

TEST_CASE("percentage of gross: of the covered cost as entered, then the cap") {
    StackInput in;
    in.costs = costs(100000, 0, 10000);
    in.schemes = {percentage("p", 9000, "TEM")};  // 90 % of 1,100 = 990
    Plan plan = stack(in);
    CHECK(paid(plan, "p") == 99000);
    CHECK(paid_for(plan, "p", Component::Tuition) == 99000);
    CHECK(paid_for(plan, "p", Component::Materials) == 0);

    in.schemes = {percentage("p", 9000, "TEM", 100, sw::Base::Gross, 50000)};
    plan = stack(in);
    CHECK(paid(plan, "p") == 50000);
    CHECK(explains(plan, "het maximum van deze regeling", "the scheme's maximum"));
}

TEST_CASE("gross and residual bases differ after an earlier scheme") {
    StackInput in;
    in.costs = costs(100000, 20000);
    in.schemes = {fixed("a", 50000, "T", 100), percentage("b", 5000, "TE", 200, sw::Base::Residual)};
    Plan plan = stack(in);
    // After a: 500 tuition + 200 exam unpaid; b takes 50 % of 700 = 350, tuition first.
    CHECK(paid(plan, "a") == 50000);
    CHECK(paid(plan, "b") == 35000);
    CHECK(find(plan.contributions, "b")->components == costs(35000));
    CHECK(plan.own_payment == 35000);
    CHECK(explains(plan, "wat nog openstond", "what was still unpaid"));

    in.schemes[1].base = sw::Base::Gross;
    plan = stack(in);
    // Gross: 50 % of 1,200 = 600, but only 700 is unpaid: 500 tuition + 100 exam.
    CHECK(paid(plan, "b") == 60000);
    CHECK(find(plan.contributions, "b")->components == costs(50000, 10000));
    CHECK(plan.own_payment == 10000);
}

TEST_CASE("per hour: the resolved amount, then the cap") {
    StackInput in;
    in.costs = costs(500000);
    StackScheme s = scheme("h", Kind::Gift, 100, "T");
    s.type = sw::FormulaType::PerHour;
    s.per_hour_amount = 400000;  // e.g. 25 euro x 160 hours
    s.cap = 300000;
    in.schemes = {s};
    CHECK(paid(stack(in), "h") == 300000);
    in.schemes[0].cap.reset();
    CHECK(paid(stack(in), "h") == 400000);
}

TEST_CASE("requires_cofinancing: at most p % of the covered cost") {
    StackInput in;
    in.costs = costs(120000);
    StackScheme s = fixed("c", 100000, "T");
    s.cofinancing_max_bp = 5000;
    in.schemes = {s};
    const Plan plan = stack(in);
    CHECK(paid(plan, "c") == 60000);
    CHECK(plan.own_payment == 60000);
    CHECK(explains(plan, "hoogstens 50 %", "at most 50%"));
}

TEST_CASE("components are paid in the order T, E, M, V, R, W") {
    StackInput in;
    in.costs = costs(100, 100, 100, 100, 100, 100);
    in.schemes = {fixed("all", 450, "TEMVRW")};
    const Plan plan = stack(in);
    CHECK(find(plan.contributions, "all")->components == costs(100, 100, 100, 100, 50, 0));
}

TEST_CASE("solo_amount: what a scheme pays alone") {
    const ComponentCents c = costs(240000, 15000, 10000, 0, 5000);
    CHECK(solo_amount(percentage("oom", 5000, "TE", 100, sw::Base::Gross, 80000), c) == 80000);
    CHECK(solo_amount(percentage("slim", 4000, "TEM"), c) == 106000);
    CHECK(solo_amount(percentage("res", 4000, "TEM", 100, sw::Base::Residual), c) == 106000);
    CHECK(solo_amount(fixed("stap", 100000, "TEMV"), c) == 100000);
    CHECK(solo_amount(fixed("big", 1000000, "R"), c) == 5000);
    // The loan that is not offered when others pay all tuition lends tuition only.
    CHECK(solo_amount(loan("llo", "TEM", std::nullopt, true), c) == 240000);
    CHECK(solo_amount(loan("any", "TEM", std::nullopt, false), c) == 265000);
    CHECK(solo_amount(deduction("aftrek", 25000, 1500000), c) == 240000);
    StackScheme service = scheme("advies", Kind::Service, 200, "");
    CHECK(solo_amount(service, c) == 0);
}

TEST_CASE("negative or out-of-range numbers never pay out negative amounts") {
    StackInput in;
    in.costs = costs(-500, 10000);
    in.schemes = {fixed("neg", -100, "TE"), percentage("over", 25000, "E", 200)};  // 250 % is clamped to 100 %
    const Plan plan = stack(in);
    CHECK(plan.total_cost == 10000);
    CHECK(paid(plan, "neg") == 0);
    CHECK(paid(plan, "over") == 10000);
    CHECK(plan.own_payment == 0);
}

// Rounding: percentages round down to whole cents, never up, on gross and residual bases; the
// integer arithmetic does not overflow; money and percentages are written as people read them.
#include "engine/plan_explanation_words.h"
#include "unit-stacking-builders.h"

using namespace stacktest;
using sw::engine::stack;
using sw::engine::stacking::kMaxCents;
using sw::engine::stacking::percent_of;

TEST_CASE("percent_of rounds down and does not overflow") {
    CHECK(percent_of(1001, 3333) == 333);           // 333.6333
    CHECK(percent_of(999999, 9999) == 999899);      // 999899.0001
    CHECK(percent_of(1, 9999) == 0);                // 0.9999 rounds down to 0
    CHECK(percent_of(3, 5000) == 1);                // 1.5
    CHECK(percent_of(kMaxCents, 10000) == kMaxCents);
    CHECK(percent_of(kMaxCents, 3333) == kMaxCents / 10000 * 3333);
    CHECK(percent_of(-5, 5000) == 0);
    CHECK(percent_of(100, 20000) == 100);  // above 100 % is clamped
}

TEST_CASE("a percentage that rounds to 0 cents is not listed") {
    StackInput in;
    in.costs = costs(1);
    in.schemes = {percentage("half", 5000, "T")};
    const Plan plan = stack(in);
    CHECK(plan.contributions.empty());
    CHECK(plan.gift_schemes.empty());  // paying 0 it would only add a scheme
    CHECK(plan.own_payment == 1);
}

TEST_CASE("residual percentages round down at each turn") {
    StackInput in;
    in.costs = costs(10000);
    in.schemes = {percentage("a", 3333, "T", 100, sw::Base::Residual), percentage("b", 3333, "T", 200, sw::Base::Residual)};
    const Plan plan = stack(in);
    CHECK(paid(plan, "a") == 3333);  // 33.33 % of 100.00
    CHECK(paid(plan, "b") == 2222);  // 33.33 % of 66.67 = 22.2211
    CHECK(plan.own_payment == 4445);
}

TEST_CASE("gross percentage rounds on the sum of covered components, not per component") {
    StackInput in;
    in.costs = costs(1, 1, 1);
    in.schemes = {percentage("p", 5000, "TEM")};
    const Plan plan = stack(in);
    CHECK(paid(plan, "p") == 1);  // 50 % of 3 cents = 1.5 -> 1, paid on tuition
    CHECK(paid_for(plan, "p", sw::Component::Tuition) == 1);
}

TEST_CASE("money and percentages in Dutch and English") {
    using namespace sw::engine::stacking;
    CHECK(money_nl(123456789) == "€ 1.234.567,89");
    CHECK(money_en(123456789) == "€1,234,567.89");
    CHECK(money_nl(5) == "€ 0,05");
    CHECK(money_en(100000) == "€1,000.00");
    CHECK(money_nl(-250) == "€ -2,50");
    CHECK(percent_nl(4250) == "42,5 %");
    CHECK(percent_en(4205) == "42.05%");
    CHECK(percent_en(10000) == "100%");
}

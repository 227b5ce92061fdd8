// Loans and deductions on the remainder: not_if_fully_reimbursed (tuition only, nothing when all
// tuition is paid), loan caps, own_costs_only (a loan is not a reimbursement), thresholds, caps.
#include "unit-stacking-builders.h"

using namespace stacktest;
using sw::engine::stack;

namespace {

StackScheme llo() {
    StackScheme s = loan("llo-krediet", "T", 1265004, true);
    s.name = {"Levenlanglerenkrediet", "Lifelong learning credit"};
    return s;
}

StackScheme aftrek() {
    StackScheme s = deduction("scholingsaftrek", 25000, 1500000);
    s.name = {"Scholingsaftrek", "Tax deduction for training"};
    return s;
}

}  // namespace

TEST_CASE("loan: only the tuition still unpaid after gifts") {
    StackInput in;
    in.costs = costs(240000, 15000, 10000);
    in.schemes = {fixed("stap", 180000, "TEMV", 200), llo()};
    const Plan plan = stack(in);
    CHECK(plan.own_payment == 85000);  // the loan does not lower it
    REQUIRE(plan.loans.size() == 1);
    CHECK(plan.loans[0].scheme == "llo-krediet");
    CHECK(plan.loans[0].amount == 60000);
    CHECK(plan.loans[0].components == costs(60000));
    CHECK(plan.loans[0].kind == Kind::Loan);
    CHECK(plan.loan == 60000);
    CHECK(plan.contributions.size() == 1);  // loans are never contributions
    CHECK(explains(plan, "U kunt € 600,00 lenen met Levenlanglerenkrediet", "You can borrow €600.00 with Lifelong learning credit"));
    CHECK(explains(plan, "Daarvan kunt u € 600,00 lenen", "You can borrow €600.00 of it"));
}

TEST_CASE("loan: nothing when others pay all tuition, and the explanation says why") {
    StackInput in;
    in.costs = costs(100000, 15000);
    in.schemes = {fixed("a", 100000, "T"), llo()};
    const Plan plan = stack(in);
    CHECK(plan.own_payment == 15000);
    CHECK(plan.loans.empty());
    CHECK(plan.loan == 0);
    CHECK(explains(plan, "andere regelingen betalen al het lesgeld", "other schemes already pay all the tuition"));

    in.costs = costs(0, 15000);
    in.schemes = {llo()};
    const Plan no_tuition = stack(in);
    CHECK(no_tuition.loan == 0);
    CHECK(explains(no_tuition, "geen lesgeld", "no tuition"));
}

TEST_CASE("loan: the cap, whatever is unpaid") {
    StackInput in;
    in.costs = costs(2000000);
    in.schemes = {llo()};
    const Plan plan = stack(in);
    CHECK(plan.loan == 1265004);
    CHECK(plan.own_payment == 2000000);
    CHECK(explains(plan, "Dat is het maximum van deze lening", "That is the most this loan lends"));
}

TEST_CASE("loan without not_if_fully_reimbursed lends every covered unpaid component; a second loan the rest") {
    StackInput in;
    in.costs = costs(100000, 20000, 10000);
    StackScheme first = loan("first", "TEM", 50000, false);
    StackScheme second = loan("second", "TEM", std::nullopt, false);
    second.priority = 410;
    in.schemes = {second, first};
    const Plan plan = stack(in);
    REQUIRE(plan.loans.size() == 2);
    CHECK(plan.loans[0].scheme == "first");
    CHECK(plan.loans[0].components == costs(50000));
    CHECK(plan.loans[1].components == costs(50000, 20000, 10000));
    CHECK(plan.loan == 130000);
    CHECK(plan.loan <= plan.own_payment);
}

TEST_CASE("deduction: own-paid costs above the threshold; a loan is not a reimbursement") {
    StackInput in;
    in.costs = costs(240000, 15000, 10000);
    in.schemes = {fixed("stap", 180000, "TEMV", 200), llo(), aftrek()};
    const Plan plan = stack(in);
    CHECK(plan.own_payment == 85000);
    CHECK(plan.loan == 60000);
    REQUIRE(plan.deductions.size() == 1);
    CHECK(plan.deductions[0].amount == 60000);  // 850 own-paid - 250 threshold
    CHECK(plan.deduction == 60000);
    CHECK(plan.deductions[0].kind == Kind::Deduction);
    CHECK(explains(plan, "U mag € 600,00 aftrekken", "You may deduct €600.00"));
    CHECK(explains(plan, "boven de drempel van € 250,00", "above the threshold of €250.00"));
}

TEST_CASE("deduction: only covered components count; travel is not covered here") {
    StackInput in;
    in.costs = costs(20000, 0, 0, 0, 90000);
    in.schemes = {aftrek()};
    const Plan plan = stack(in);
    CHECK(plan.own_payment == 110000);
    CHECK(plan.deduction == 0);
    CHECK(plan.deductions.empty());
    CHECK(explains(plan, "is niet meer dan de drempel van € 250,00", "is not above the threshold of €250.00"));
}

TEST_CASE("deduction: cap") {
    StackInput in;
    in.costs = costs(3000000);
    in.schemes = {aftrek()};
    CHECK(stack(in).deduction == 1500000);
}

TEST_CASE("deduction without own_costs_only takes the costs as entered") {
    StackInput in;
    in.costs = costs(100000);
    StackScheme d = deduction("d", 0, std::nullopt, "T", false);
    in.schemes = {fixed("a", 100000, "T"), d};
    const Plan plan = stack(in);
    CHECK(plan.own_payment == 0);
    CHECK(plan.deduction == 100000);
}

TEST_CASE("deduction when the person pays nothing") {
    StackInput in;
    in.costs = costs(100000);
    in.schemes = {fixed("a", 100000, "T"), aftrek()};
    const Plan plan = stack(in);
    CHECK(plan.deduction == 0);
    CHECK(explains(plan, "u betaalt zelf niets", "you pay none"));
}

TEST_CASE("a loan excluded by a scheme of the plan lends nothing") {
    StackInput in;
    in.costs = costs(100000);
    in.schemes = {fixed("a", 50000, "T"), llo()};
    add_exclusion(in, "llo-krediet", "a");
    const Plan plan = stack(in);
    CHECK(plan.loan == 0);
    CHECK(explains(plan, "Levenlanglerenkrediet is niet gebruikt: deze regeling mag niet samen met Regeling a",
                   "Lifelong learning credit is not used"));
}

TEST_CASE("travel and wage loss: unpaid parts are in the own payment, and who normally bears them") {
    StackInput in;
    in.costs = costs(100000, 0, 0, 0, 5000, 40000);
    in.schemes = {fixed("a", 100000, "T")};
    const Plan plan = stack(in);
    CHECK(plan.own_payment == 45000);
    CHECK(explains(plan, "Reiskosten (€ 50,00): die betaalt u meestal zelf", "Travel (€50.00): you usually pay this yourself"));
    CHECK(explains(plan, "Dat betaalt normaal uw werkgever", "Normally your employer bears it"));
}

// The worked example of docs/semantics.md ("must hold"), with the resolved numbers eligibility would
// hand to stack(): a metaal-mkb employee, course 2,400 tuition + 150 exam + 100 materials.
#include "unit-stacking-builders.h"

using namespace stacktest;

namespace {

// OOM: 50 % of gross, cap 800 per course, covers T E, employer applies, priority 100.
StackScheme oom() {
    StackScheme s = percentage("oom-trainingstoelage", 5000, "TE", 100, sw::Base::Gross, 80000);
    s.name = {"OOM Trainingstoelage", "OOM training allowance"};
    s.applicant = sw::Applicant::Employer;
    return s;
}

// STAP: fixed 1,000 per calendar year (nothing used), covers T E M V, person applies, priority 200.
StackScheme stap() {
    StackScheme s = fixed("stap-budget", 100000, "TEMV", 200);
    s.name = {"STAP-budget", "STAP budget"};
    return s;
}

}  // namespace

TEST_CASE("worked example 2023: OOM 800 and STAP 1,000 on tuition, own payment 850") {
    StackInput in;
    in.costs = costs(240000, 15000, 10000);
    in.schemes = {stap(), oom()};  // input order must not matter
    const Plan plan = sw::engine::stack(in);

    CHECK(plan.total_cost == 265000);
    REQUIRE(plan.contributions.size() == 2);
    // In the order they apply: OOM (priority 100) before STAP (200).
    CHECK(plan.contributions[0].scheme == "oom-trainingstoelage");
    CHECK(plan.contributions[0].amount == 80000);
    CHECK(plan.contributions[0].components == costs(80000));
    CHECK(plan.contributions[0].applicant == sw::Applicant::Employer);
    CHECK(plan.contributions[1].scheme == "stap-budget");
    CHECK(plan.contributions[1].amount == 100000);
    CHECK(plan.contributions[1].components == costs(100000));
    CHECK(plan.contributions[1].apply_url == "https://example.org/stap-budget");
    // Own payment 850 = 600 tuition + 150 exam + 100 materials.
    CHECK(plan.own_payment == 85000);
    CHECK(plan.gift_schemes == std::vector<std::string>{"oom-trainingstoelage", "stap-budget"});
    CHECK(plan.loans.empty());
    CHECK(plan.loan == 0);
    CHECK(plan.deductions.empty());

    // The explanation says what OOM pays and why (capped: 50 % of 2,550 would be 1,275).
    CAPTURE(explanation_text(plan));
    CHECK(explains(plan, "Stap 1: OOM Trainingstoelage betaalt € 800,00 (lesgeld € 800,00)", "Step 1: OOM training allowance pays €800.00 (tuition €800.00)"));
    CHECK(explains(plan, "50 % van € 2.550,00", "50% of €2,550.00"));
    CHECK(explains(plan, "zou € 1.275,00 zijn", "would be €1,275.00"));
    CHECK(explains(plan, "Stap 2: STAP-budget betaalt € 1.000,00 (lesgeld € 1.000,00)", "Step 2: STAP budget pays €1,000.00"));
    CHECK(explains(plan, "Eigen bijdrage: € 850,00 van de € 2.650,00", "Own payment: €850.00 of €2,650.00"));
}

TEST_CASE("worked example 2026: only the OOM allowance, own payment 1,850") {
    StackInput in;
    in.costs = costs(240000, 15000, 10000);
    in.schemes = {oom()};
    const Plan plan = sw::engine::stack(in);
    REQUIRE(plan.contributions.size() == 1);
    CHECK(plan.contributions[0].amount == 80000);
    CHECK(plan.own_payment == 185000);
}

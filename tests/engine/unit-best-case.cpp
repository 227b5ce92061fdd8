// best_case_plan: the optimum over consistent answers to the unknown facts (docs/semantics.md step 6).
#include "engine/spec_builders.h"

using namespace spec;
using sw::Fact;
using sw::Op;

namespace {

std::vector<std::string> payers(const sw::Plan& p) {
    std::vector<std::string> out;
    for (const auto& c : p.contributions) out.push_back(c.scheme);
    return out;
}

sw::SchemeSpec sector_scheme(const char* id, const char* sector, double euro) {
    auto s = scheme(id, euro);
    s.condition = all({leaf(Fact::PersonEmployment, Op::Eq, "employee"), leaf(Fact::PersonSector, Op::Eq, sector)});
    return s;
}

}  // namespace

TEST_CASE("a person is in one sector: two sector budgets never add up") {
    auto cat = compile(catalogue({sector_scheme("bakery-fund", "bakkerij", 500), sector_scheme("metal-fund", "metaal-mkb", 800),
                                  sector_scheme("hotel-fund", "horeca", 300)}));
    auto r = sw::evaluate(*cat, blank_case());
    CHECK(r.plan.contributions.empty());
    CHECK(payers(r.best_case_plan) == std::vector<std::string>{"metal-fund"});
    CHECK(r.best_case_plan.own_payment == 120000);
    // The search stacks without texts; the returned plan still carries its explanation, about
    // the winning scheme.
    bool names_winner = false;
    for (const auto& line : r.best_case_plan.explanation) {
        names_winner = names_winner || (line.nl.find("Regeling metal-fund") != std::string::npos &&
                                        line.en.find("Scheme metal-fund") != std::string::npos);
    }
    CHECK(names_winner);
}

TEST_CASE("known facts bind the best case") {
    auto cat = compile(catalogue({sector_scheme("bakery-fund", "bakkerij", 500), sector_scheme("metal-fund", "metaal-mkb", 800)}));
    auto k = blank_case();
    k.person.sector = "bakkerij";
    auto r = sw::evaluate(*cat, k);
    CHECK(payers(r.best_case_plan) == std::vector<std::string>{"bakery-fund"});
    k.person.employment = "student";
    r = sw::evaluate(*cat, k);
    CHECK(r.best_case_plan.contributions.empty());
    CHECK(r.best_case_plan.own_payment == 200000);
}

TEST_CASE("numbers only matter through thresholds: incompatible and compatible age limits") {
    auto young = scheme("young", 700);
    young.condition = leaf(Fact::PersonAge, Op::Le, 27);
    auto old = scheme("old", 600);
    old.condition = leaf(Fact::PersonAge, Op::Ge, 55);
    auto adult = scheme("adult", 500);
    adult.condition = all({leaf(Fact::PersonAge, Op::Ge, 18), leaf(Fact::PersonAge, Op::Le, 66)});
    auto cat = compile(catalogue({young, old, adult}));
    auto r = sw::evaluate(*cat, blank_case());
    // young (<= 27) and old (>= 55) exclude each other; adult fits with either: young + adult.
    CHECK(payers(r.best_case_plan) == std::vector<std::string>{"adult", "young"});
    CHECK(r.best_case_plan.own_payment == 80000);
}

TEST_CASE("decimal thresholds on a number fact") {
    auto part = scheme("part-time", 400);
    part.condition = leaf(Fact::PersonHoursPerWeek, Op::Lt, 15.5);
    auto full = scheme("full-time", 300);
    full.condition = leaf(Fact::PersonHoursPerWeek, Op::Gt, 15.25);
    auto cat = compile(catalogue({part, full}));
    auto r = sw::evaluate(*cat, blank_case());
    // 15.25 < h < 15.5 satisfies both.
    CHECK(payers(r.best_case_plan) == std::vector<std::string>{"full-time", "part-time"});
}

TEST_CASE("discretionary schemes count as granted in the best case only") {
    auto uwv = scheme("uwv", 1500);
    uwv.discretionary = true;
    uwv.condition = leaf_bool(Fact::PersonReceivesWw, true);
    auto cat = compile(catalogue({uwv}));
    auto k = blank_case();
    k.person.receives_ww = true;
    auto r = sw::evaluate(*cat, k);
    CHECK(r.plan.contributions.empty());
    CHECK(payers(r.best_case_plan) == std::vector<std::string>{"uwv"});
    CHECK(r.best_case_plan.own_payment == 50000);
}

TEST_CASE("fewest schemes when the own payment ties") {
    auto whole = scheme("whole", 2000);
    whole.condition = leaf(Fact::CourseTopic, Op::Eq, "digital");
    auto half1 = scheme("half-a", 1000);
    half1.condition = leaf(Fact::CourseTopic, Op::Eq, "care");
    auto half2 = scheme("half-b", 1000);
    half2.condition = leaf(Fact::CourseTopic, Op::Ne, "digital");
    auto cat = compile(catalogue({whole, half1, half2}));
    auto r = sw::evaluate(*cat, blank_case());
    CHECK(r.best_case_plan.own_payment == 0);
    CHECK(payers(r.best_case_plan) == std::vector<std::string>{"whole"});
}

TEST_CASE("quality marks: a consistent set of marks") {
    auto ocw = scheme("needs-ocw", 800);
    ocw.condition = leaf_in(Fact::CourseQuality, {"ocw"});
    auto no_ocw = scheme("without-ocw", 900);
    no_ocw.condition = leaf_in(Fact::CourseQuality, {"ocw"}, Op::NotIn);
    auto nrto = scheme("needs-nrto", 300);
    nrto.condition = leaf_in(Fact::CourseQuality, {"nrto"});
    auto cat = compile(catalogue({ocw, no_ocw, nrto}));
    auto r = sw::evaluate(*cat, blank_case());
    // ocw and no-ocw exclude each other: 900 + 300 beats 800 + 300.
    CHECK(payers(r.best_case_plan) == std::vector<std::string>{"needs-nrto", "without-ocw"});
}

TEST_CASE("municipality: named values plus one other") {
    auto in = scheme("twente", 600);
    in.condition = leaf_in(Fact::PersonMunicipality, {"Almelo", "Enschede"});
    auto out = scheme("elsewhere", 700);
    out.condition = leaf_in(Fact::PersonMunicipality, {"Almelo", "Enschede"}, Op::NotIn);
    auto cat = compile(catalogue({in, out}));
    auto r = sw::evaluate(*cat, blank_case());
    CHECK(payers(r.best_case_plan) == std::vector<std::string>{"elsewhere"});
}

TEST_CASE("nothing unknown: the best case is the plan") {
    auto cat = compile(catalogue({sector_scheme("bakery-fund", "bakkerij", 500), sector_scheme("metal-fund", "metaal-mkb", 800)}));
    auto k = blank_case();
    k.person.employment = "employee";
    k.person.sector = "bakkerij";
    auto r = sw::evaluate(*cat, k);
    CHECK(payers(r.plan) == payers(r.best_case_plan));
    CHECK(r.plan.own_payment == r.best_case_plan.own_payment);
}

TEST_CASE("many independent unknowns stay tractable and exact") {
    // 12 schemes on 12 different facts: the search must not need 2^12 stackings to find that
    // the two biggest cover everything.
    std::vector<sw::SchemeSpec> schemes;
    const Fact facts[] = {Fact::PersonReceivesWw, Fact::PersonReceivesStudentFinance, Fact::CourseOntwikkelpad};
    for (int i = 0; i < 12; ++i) {
        auto s = scheme("s" + std::to_string(10 + i), 100 + 10 * i);
        s.condition = all({leaf_bool(facts[i % 3], i % 2 == 0), leaf(Fact::PersonAge, Op::Ge, 20 + i)});
        schemes.push_back(s);
    }
    auto cat = compile(catalogue(schemes));
    auto r = sw::evaluate(*cat, blank_case());
    // Per boolean the better half: ww false (130 + 190), student finance true (140 + 200),
    // ontwikkelpad false (150 + 210); any age of 31 or more fits all: 1,020 euro paid.
    CHECK(r.best_case_plan.own_payment == 200000 - 102000);
    CHECK(payers(r.best_case_plan) == std::vector<std::string>{"s13", "s14", "s15", "s19", "s20", "s21"});
}

// How evaluate() hands eligible schemes to the stacking optimiser: only eligible ones, with
// excludes/requires pointing at the right schemes (an ineligible one keeps nothing out and
// satisfies no `requires`).
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

sw::SchemeSpec top_up() {
    auto s = scheme("employer-top-up");
    s.kind = sw::Kind::Obligation;
    s.applicant = sw::Applicant::Employer;
    s.formula = {};
    s.formula.type = sw::FormulaType::Percentage;
    s.formula.percent = amount(100);
    s.formula.base = sw::Base::Residual;
    s.priority = 250;
    s.interactions.requires_schemes = {"subsidy"};
    return s;
}

sw::SchemeSpec subsidy() {
    auto s = scheme("subsidy", 500);
    s.priority = 200;
    s.condition = leaf_bool(Fact::CourseOntwikkelpad, true);
    return s;
}

}  // namespace

TEST_CASE("an obligation that requires a scheme applies only when that scheme pays") {
    auto cat = compile(catalogue({top_up(), subsidy()}));
    auto k = blank_case();
    k.course.ontwikkelpad = true;
    auto r = sw::evaluate(*cat, k);
    CHECK(payers(r.plan) == std::vector<std::string>{"subsidy", "employer-top-up"});
    CHECK(r.plan.own_payment == 0);
    k.course.ontwikkelpad = false;  // subsidy ineligible: the top-up has nothing to add to
    r = sw::evaluate(*cat, k);
    CHECK(r.plan.contributions.empty());
    CHECK(r.plan.own_payment == 200000);
}

TEST_CASE("excluding an ineligible scheme keeps nothing out; excluding an eligible one does") {
    auto a = scheme("a-fund", 600);
    a.interactions.excludes = {"b-fund"};
    auto b = scheme("b-fund", 900);
    b.condition = leaf(Fact::PersonSector, Op::Eq, "horeca");
    auto c = scheme("c-fund", 300);
    auto cat = compile(catalogue({a, b, c}));
    auto k = blank_case();
    k.person.sector = "bakkerij";
    CHECK(payers(sw::evaluate(*cat, k).plan) == std::vector<std::string>{"a-fund", "c-fund"});
    k.person.sector = "horeca";  // a and b cannot be combined: b (900) + c beats a (600) + c
    CHECK(payers(sw::evaluate(*cat, k).plan) == std::vector<std::string>{"b-fund", "c-fund"});
}

TEST_CASE("possible and ineligible schemes never pay in the plan") {
    auto maybe = scheme("maybe", 800);
    maybe.condition = leaf_bool(Fact::PersonReceivesWw, true);
    auto never = scheme("never", 800);
    never.condition = leaf(Fact::PersonAge, Op::Lt, 18);
    auto sure = scheme("sure", 100);
    auto cat = compile(catalogue({maybe, never, sure}));
    auto k = blank_case();
    k.person.age = 40;
    auto r = sw::evaluate(*cat, k);
    CHECK(payers(r.plan) == std::vector<std::string>{"sure"});
    CHECK(r.plan.own_payment == 190000);
    CHECK(r.plan.total_cost == 200000);
}

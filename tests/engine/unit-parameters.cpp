// Dated parameters and sets: resolved at the reference date; no value -> leaf false / amount 0.
// Also how formulas become plan amounts: `used`, per-hour rounding, amounts by case.
#include "engine/spec_builders.h"

using namespace spec;
using sw::Fact;
using sw::Op;
using sw::Status;

namespace {

sw::Parameter max_age() {
    sw::Parameter p{"max-age", {}};
    p.periods.push_back({date("2017-09-01"), date("2023-08-31"), {55.0}, false, {}});
    p.periods.push_back({date("2023-09-01"), std::nullopt, {57.0}, false, {}});
    return p;
}

sw::Result run(const sw::CatalogueSpec& spec, sw::Case k) {
    auto cat = compile(spec);
    REQUIRE_FALSE(sw::check_case(*cat, k));
    return sw::evaluate(*cat, k);
}

const sw::Contribution* paid(const sw::Plan& p, const std::string& id) {
    for (const auto& c : p.contributions) {
        if (c.scheme == id) return &c;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("a parameter takes the value of the period holding the reference date") {
    auto c = catalogue({});
    c.parameters.push_back(max_age());
    auto s = scheme("loan-ish");
    s.condition = leaf_param(Fact::PersonAge, Op::Lt, "max-age");
    c.schemes.push_back(s);
    auto k = blank_case("2023-08-31");
    k.person.age = 56;
    CHECK(run(c, k).schemes[0].status == Status::Ineligible);
    k.reference_date = date("2023-09-01");
    auto r = run(c, k);
    CHECK(r.schemes[0].status == Status::Eligible);
    CHECK(r.schemes[0].reasons[0].text.nl.find("57") != std::string::npos);
}

TEST_CASE("no value for the reference date: the leaf is false, even for an unknown fact") {
    auto c = catalogue({});
    c.parameters.push_back(max_age());
    auto s = scheme("s");
    s.condition = leaf_param(Fact::PersonAge, Op::Lt, "max-age");
    c.schemes.push_back(s);
    auto r = run(c, blank_case("2017-08-31"));
    CHECK(r.schemes[0].status == Status::Ineligible);
    REQUIRE(r.schemes[0].reasons.size() == 1);
    CHECK(r.schemes[0].reasons[0].text.en.find("no value for this date") != std::string::npos);
    CHECK(r.questions.empty());
}

TEST_CASE("an amount from a parameter, and 0 without a value") {
    auto c = catalogue({});
    sw::Parameter p{"voucher", {}};
    p.periods.push_back({date("2020-01-01"), date("2024-12-31"), {300.0}, false, {}});
    c.parameters.push_back(p);
    auto s = scheme("v");
    s.formula.amount.cases[0].value = sw::Operand{{}, false, "voucher", ""};
    c.schemes.push_back(s);
    auto r = run(c, blank_case("2024-06-01"));
    REQUIRE(paid(r.plan, "v"));
    CHECK(paid(r.plan, "v")->amount == 30000);
    r = run(c, blank_case("2025-06-01"));
    CHECK(paid(r.plan, "v") == nullptr);
    CHECK(r.plan.own_payment == 200000);
}

TEST_CASE("a set is a list usable in conditions") {
    auto c = catalogue({});
    c.sets["twente"] = {"Almelo", "Enschede"};
    auto s = scheme("t");
    s.condition = leaf_param(Fact::PersonMunicipality, Op::In, "twente");
    c.schemes.push_back(s);
    auto k = blank_case();
    k.person.municipality = "Enschede";
    CHECK(run(c, k).schemes[0].status == Status::Eligible);
    k.person.municipality = "Zwolle";
    CHECK(run(c, k).schemes[0].status == Status::Ineligible);
}

TEST_CASE("used lowers yearly and per-person amounts, never per-course ones") {
    auto year = scheme("per-year", 500);
    year.formula.fixed_per = sw::CapPeriod::Year;
    auto course = scheme("per-course", 500);
    auto k = blank_case();
    k.person.used["per-year"] = 20000;
    k.person.used["per-course"] = 20000;
    auto r = run(catalogue({year, course}), k);
    REQUIRE(paid(r.plan, "per-year"));
    REQUIRE(paid(r.plan, "per-course"));
    CHECK(paid(r.plan, "per-year")->amount == 30000);
    CHECK(paid(r.plan, "per-course")->amount == 50000);
    k.person.used["per-year"] = 90000;  // more than the cap: nothing left, never negative
    r = run(catalogue({year, course}), k);
    CHECK(paid(r.plan, "per-year") == nullptr);
    CHECK(r.plan.own_payment == 150000);
}

TEST_CASE("per hour: rate x hours rounded down to cents, unknown hours pay nothing for sure") {
    auto s = scheme("hourly");
    s.formula = {};
    s.formula.type = sw::FormulaType::PerHour;
    s.formula.rate = amount(12.34);
    auto k = blank_case();
    k.course.hours = 10.5;  // 129.57 euro exactly
    auto r = run(catalogue({s}), k);
    REQUIRE(paid(r.plan, "hourly"));
    CHECK(paid(r.plan, "hourly")->amount == 12957);
    k.course.hours = 1.0 / 3.0;  // 4.1133... -> 4.11
    r = run(catalogue({s}), k);
    REQUIRE(paid(r.plan, "hourly"));
    CHECK(paid(r.plan, "hourly")->amount == 411);
    k.course.hours.reset();
    r = run(catalogue({s}), k);
    CHECK(paid(r.plan, "hourly") == nullptr);
}

TEST_CASE("an amount by case: the first case whose condition holds") {
    auto s = scheme("p");
    s.formula = {};
    s.formula.type = sw::FormulaType::Percentage;
    s.covers = {sw::Component::Tuition};
    sw::AmountCase low{leaf(Fact::CourseNlqfLevel, Op::Le, 3), sw::Operand{{90.0}, false, "", ""}};
    sw::AmountCase rest{std::nullopt, sw::Operand{{40.0}, false, "", ""}};
    s.formula.percent.cases = {low, rest};
    auto k = blank_case();
    k.course.nlqf_level = 2;
    auto r = run(catalogue({s}), k);
    REQUIRE(paid(r.plan, "p"));
    CHECK(paid(r.plan, "p")->amount == 180000);
    k.course.nlqf_level = 4;
    CHECK(paid(run(catalogue({s}), k).plan, "p")->amount == 80000);
    // Unknown level: the plan promises the lower percentage, the question's stake the higher.
    k.course.nlqf_level.reset();
    r = run(catalogue({s}), k);
    CHECK(paid(r.plan, "p")->amount == 80000);
    CHECK(paid(r.best_case_plan, "p")->amount == 180000);
}

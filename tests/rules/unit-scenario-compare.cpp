// Scenario comparison (src/rules/scenario.h): a result that matches passes, and each kind of
// difference is reported once, with what was expected and what came out.
#include <catch2/catch.hpp>

#include <string>

#include "rules/scenario.h"

namespace {

constexpr int kTuition = static_cast<int>(sw::Component::Tuition);
constexpr int kExam = static_cast<int>(sw::Component::Exam);

// The worked example of docs/semantics.md (2023) as a result, built by hand.
sw::Result worked_example() {
    sw::Result r;
    sw::SchemeResult oom;
    oom.id = "oom-trainingstoelage";
    oom.status = sw::Status::Eligible;
    sw::SchemeResult llo;
    llo.id = "llo-krediet";
    llo.status = sw::Status::Ineligible;
    llo.kind = sw::Kind::Loan;
    llo.reasons.push_back({{"Soort onderwijs: private.", "Type of education: private."}, {"course.track"}});
    r.schemes = {llo, oom};
    r.plan.total_cost = 265000;
    sw::Contribution c1;
    c1.scheme = "oom-trainingstoelage";
    c1.amount = 80000;
    c1.components[kTuition] = 80000;
    sw::Contribution c2;
    c2.scheme = "stap-budget";
    c2.amount = 100000;
    c2.components[kTuition] = 100000;
    r.plan.contributions = {c1, c2};
    r.plan.own_payment = 85000;
    r.notes = {{"gerichte-vrijstelling", {}}, {"eerst-komt-eerst-maalt", {}}};
    r.questions = {{"person.sector", 80000, {}}};
    r.best_case_plan = r.plan;
    return r;
}

sw::ScenarioExpected expectation() {
    sw::ScenarioExpected e;
    e.statuses = {{"oom-trainingstoelage", "eligible"}, {"llo-krediet", "ineligible"}, {"stap-ontwikkeladvies", "absent"}};
    e.plan.total_cost = 265000;
    e.plan.own_payment = 85000;
    sw::ScenarioContribution c1{"oom-trainingstoelage", 80000, {}};
    c1.components[kTuition] = 80000;
    sw::ScenarioContribution c2{"stap-budget", 100000, {}};
    c2.components[kTuition] = 100000;
    e.plan.contributions = std::vector<sw::ScenarioContribution>{c1, c2};
    e.plan.loan = 0;
    e.plan.deduction = 0;
    e.notes = {"gerichte-vrijstelling", "eerst-komt-eerst-maalt"};
    e.questions = std::vector<sw::ScenarioQuestion>{{"person.sector", 80000}};
    e.best_case = sw::ScenarioPlan{};
    e.best_case->own_payment = 85000;
    return e;
}

std::vector<std::string> problems_after(void (*change)(sw::Result&)) {
    sw::Result r = worked_example();
    change(r);
    return sw::compare_scenario(expectation(), r);
}

}  // namespace

TEST_CASE("a result that matches the scenario has no problems") {
    CHECK(sw::compare_scenario(expectation(), worked_example()).empty());
}

TEST_CASE("each difference is reported with both sides") {
    using V = std::vector<std::string>;
    CHECK(problems_after([](sw::Result& r) { r.schemes[1].status = sw::Status::Possible; }) ==
          V{"status of oom-trainingstoelage: expected eligible, got possible"});
    CHECK(problems_after([](sw::Result& r) { r.schemes[0].status = sw::Status::Eligible; }) ==
          V{"status of llo-krediet: expected ineligible, got eligible (Type of education: private.)"});
    CHECK(problems_after([](sw::Result& r) { r.schemes.pop_back(); }) ==
          V{"status of oom-trainingstoelage: expected eligible, got absent (not in the result: not valid at the "
            "reference date, or not in the catalogue)"});
    CHECK(problems_after([](sw::Result& r) {
              sw::SchemeResult extra;
              extra.id = "stap-ontwikkeladvies";
              r.schemes.push_back(extra);
          }) == V{"status of stap-ontwikkeladvies: expected absent, got ineligible"});
    CHECK(problems_after([](sw::Result& r) {
              r.plan.own_payment = 95000;
              r.best_case_plan.own_payment = 95000;
          }) == V{"own_payment_cents: expected 85000, got 95000", "best_case.own_payment_cents: expected 85000, got 95000"});
    CHECK(problems_after([](sw::Result& r) { r.plan.total_cost = 1; }) ==
          V{"total_cost_cents: expected 265000, got 1"});
    CHECK(problems_after([](sw::Result& r) { r.plan.loan = 7; }) == V{"loan_cents: expected 0, got 7"});
    CHECK(problems_after([](sw::Result& r) { r.plan.deduction = 7; }) == V{"deduction_cents: expected 0, got 7"});
    const std::string want = "oom-trainingstoelage 80000 {tuition 80000}; stap-budget 100000 {tuition 100000}";
    CHECK(problems_after([](sw::Result& r) {
              r.plan.contributions[1].components[kTuition] = 90000;
              r.plan.contributions[1].components[kExam] = 10000;
          }) == V{"contributions: expected " + want +
                  "; got oom-trainingstoelage 80000 {tuition 80000}; stap-budget 100000 {tuition 90000, exam 10000}"});
    CHECK(problems_after([](sw::Result& r) { std::swap(r.plan.contributions[0], r.plan.contributions[1]); }) ==
          V{"contributions: expected " + want +
            "; got stap-budget 100000 {tuition 100000}; oom-trainingstoelage 80000 {tuition 80000}"});
    CHECK(problems_after([](sw::Result& r) { r.plan.contributions.clear(); }) ==
          V{"contributions: expected " + want + "; got (none)"});
    CHECK(problems_after([](sw::Result& r) { r.notes.pop_back(); }) ==
          V{"notes: expected gerichte-vrijstelling, eerst-komt-eerst-maalt; got gerichte-vrijstelling"});
    CHECK(problems_after([](sw::Result& r) { std::swap(r.notes[0], r.notes[1]); }).size() == 1);
    CHECK(problems_after([](sw::Result& r) { r.questions[0].at_stake = 1; }) ==
          V{"questions: expected person.sector 80000; got person.sector 1"});
    CHECK(problems_after([](sw::Result& r) { r.questions.clear(); }) ==
          V{"questions: expected person.sector 80000; got (none)"});
}

TEST_CASE("fields a scenario leaves out are not checked") {
    sw::ScenarioExpected e = expectation();
    e.questions.reset();
    e.best_case.reset();
    e.plan.total_cost.reset();
    sw::Result r = worked_example();
    r.questions.clear();
    r.best_case_plan.own_payment = 1;
    r.plan.total_cost = 2;
    CHECK(sw::compare_scenario(e, r).empty());
}

TEST_CASE("scope named: only the schemes, notes and questions named are checked, in any order") {
    sw::ScenarioExpected e;
    e.named_only = true;
    e.statuses = {{"oom-trainingstoelage", "eligible"}};
    e.notes = {"eerst-komt-eerst-maalt"};
    e.questions = std::vector<sw::ScenarioQuestion>{{"person.sector", 80000}};
    sw::Result r = worked_example();
    CHECK(sw::compare_scenario(e, r).empty());
    // Another fund's scheme joins: it pays, adds a note and asks first. Still holds.
    sw::Contribution extra;
    extra.scheme = "nieuw-fonds";
    extra.amount = 5000;
    r.plan.contributions.push_back(extra);
    r.plan.own_payment -= 5000;
    r.notes.insert(r.notes.begin(), {"nieuwe-noot", {}});
    r.questions.insert(r.questions.begin(), {"person.age", 99999, {}});
    CHECK(sw::compare_scenario(e, r).empty());
    // What it names is still checked.
    using V = std::vector<std::string>;
    sw::Result lost = r;
    lost.notes.pop_back();
    CHECK(sw::compare_scenario(e, lost) ==
          V{"notes: expected eerst-komt-eerst-maalt among them; got nieuwe-noot, gerichte-vrijstelling"});
    sw::Result other_stake = r;
    other_stake.questions.back().at_stake = 1;
    CHECK(sw::compare_scenario(e, other_stake) ==
          V{"questions: expected person.sector 80000 among them; got person.age 99999, person.sector 1"});
    sw::Result ineligible = r;
    ineligible.schemes[1].status = sw::Status::Ineligible;
    CHECK(sw::compare_scenario(e, ineligible).size() == 1);
    // A field it gives is checked as always.
    e.plan.own_payment = 85000;
    CHECK(sw::compare_scenario(e, r) == V{"own_payment_cents: expected 85000, got 80000"});
}

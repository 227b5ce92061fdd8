// run_scenario (src/rules/scenario.h) end to end on the reference catalogue: a correct scenario
// passes, a wrong expectation fails with the difference, and a case the contract refuses fails
// with the case's own error instead of being evaluated.
#include <catch2/catch.hpp>
#include <string>

#include "reference_bundle.h"
#include "rules/scenario.h"
#include "stapelwijzer/rules.h"

namespace {

// The fragments of the frozen reference bundle, loaded without signature checks (those have their
// own tests): only the rules matter here, and the worked example below is the reference one.
std::shared_ptr<const sw::Catalogue> reference_catalogue() {
    std::vector<sw::Diagnostic> errors;
    auto catalogue = sw_test::load_reference_catalogue(errors);
    INFO((errors.empty() ? std::string() : errors.front().path + ": " + errors.front().message));
    REQUIRE(catalogue);
    return catalogue;
}

// The worked example of docs/semantics.md in 2026: OOM pays 800 of the tuition, own payment 1,850.
std::string worked_example(const std::string& own_payment, const std::string& person_extra = "") {
    return R"({ "name": "worked example 2026",
      "input": { "contract": 1,
        "person": { "age": 42, "employment": "employee", "sector": "metaal-mkb", "province": "ZH",
                    "municipality": "Rotterdam", "receives_student_finance": false, "receives_ww": false,
                    "dismissal": "none")" + person_extra + R"( },
        "course": { "start_date": "2026-09-01", "costs": { "tuition": 2400, "exam": 150, "materials": 100 },
                    "quality": ["nrto"], "nlqf_level": 4, "track": "private", "ontwikkelpad": false,
                    "aim": "future_job" } },
      "expected": { "statuses": { "oom-trainingstoelage": "eligible", "stap-budget": "absent" },
        "own_payment_cents": )" + own_payment + R"(,
        "contributions": [ { "scheme": "oom-trainingstoelage", "amount_cents": 80000, "components": { "tuition": 80000 } } ],
        "loan_cents": 0, "deduction_cents": 0, "notes": ["gerichte-vrijstelling"] } })";
}

}  // namespace

TEST_CASE("a correct scenario passes on the reference catalogue") {
    const auto outcome = sw::run_scenario(*reference_catalogue(), worked_example("185000"));
    INFO((outcome.problems.empty() ? std::string() : outcome.problems.front()));
    CHECK(outcome.passed);
    CHECK(outcome.name == "worked example 2026");
    CHECK(outcome.problems.empty());
}

TEST_CASE("a wrong expectation fails with the difference") {
    const auto outcome = sw::run_scenario(*reference_catalogue(), worked_example("185001"));
    CHECK_FALSE(outcome.passed);
    CHECK(outcome.problems == std::vector<std::string>{"own_payment_cents: expected 185001, got 185000"});
}

TEST_CASE("a case the contract refuses fails with its own error") {
    const auto outcome =
        sw::run_scenario(*reference_catalogue(), worked_example("185000", R"(, "agee": 42)"));
    CHECK_FALSE(outcome.passed);
    REQUIRE(outcome.problems.size() == 1);
    CHECK(outcome.problems[0].rfind("input.person.agee: ", 0) == 0);
}

TEST_CASE("an unreadable scenario fails without a name") {
    const auto outcome = sw::run_scenario(*reference_catalogue(), "{ \"name\": ");
    CHECK_FALSE(outcome.passed);
    CHECK(outcome.name.empty());
    REQUIRE(outcome.problems.size() == 1);
    CHECK(outcome.problems[0].rfind("not a valid scenario: not valid JSON", 0) == 0);
}

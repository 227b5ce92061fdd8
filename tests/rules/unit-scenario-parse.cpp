// Scenario files (src/rules/scenario.h): a valid file is read completely, and every kind of
// mistake in a test file is refused with its JSON path, so a typo cannot silently check nothing.
#include <catch2/catch.hpp>

#include <string>

#include "rules/scenario.h"

namespace {

// A complete, valid scenario; tests below break one thing at a time.
const std::string kValid = R"({
  "name": "worked example 2023",
  "description": "catalogue.md",
  "input": { "contract": 1, "person": { "age": 42 },
             "course": { "start_date": "2023-05-01", "costs": { "tuition": 2400.00, "exam": 150 } } },
  "expected": {
    "statuses": { "oom-trainingstoelage": "eligible", "scholingsaftrek": "absent" },
    "total_cost_cents": 255000,
    "own_payment_cents": 75000,
    "contributions": [
      { "scheme": "oom-trainingstoelage", "amount_cents": 80000, "components": { "tuition": 80000 } },
      { "scheme": "stap-budget", "amount_cents": 100000, "components": { "tuition": 90000, "exam": 10000 } } ],
    "loan_cents": 0,
    "deduction_cents": 0,
    "notes": ["gerichte-vrijstelling", "eerst-komt-eerst-maalt"],
    "questions": [ { "fact": "person.sector", "at_stake_cents": 80000 }, { "fact": "person.age" } ],
    "best_case": { "own_payment_cents": 0, "loan_cents": 5 }
  }
})";

std::string replaced(const std::string& what, const std::string& with) {
    std::string s = kValid;
    const auto at = s.find(what);
    REQUIRE(at != std::string::npos);
    return s.replace(at, what.size(), with);
}

std::string error_of(const std::string& text) {
    std::string error;
    const auto s = sw::parse_scenario(text, error);
    CHECK_FALSE(s.has_value());
    return error;
}

}  // namespace

TEST_CASE("a complete scenario is read with every expectation") {
    std::string error;
    const auto s = sw::parse_scenario(kValid, error);
    REQUIRE(s.has_value());
    CHECK(error.empty());
    CHECK(s->name == "worked example 2023");
    CHECK(s->input_json.find("\"start_date\":\"2023-05-01\"") != std::string::npos);
    CHECK(s->expected.statuses.at("oom-trainingstoelage") == "eligible");
    CHECK(s->expected.statuses.at("scholingsaftrek") == "absent");
    CHECK(s->expected.plan.total_cost == 255000);
    CHECK(s->expected.plan.own_payment == 75000);
    REQUIRE(s->expected.plan.contributions.has_value());
    REQUIRE(s->expected.plan.contributions->size() == 2);
    const auto& stap = (*s->expected.plan.contributions)[1];
    CHECK(stap.scheme == "stap-budget");
    CHECK(stap.amount == 100000);
    CHECK(stap.components[static_cast<int>(sw::Component::Tuition)] == 90000);
    CHECK(stap.components[static_cast<int>(sw::Component::Exam)] == 10000);
    CHECK(stap.components[static_cast<int>(sw::Component::Vat)] == 0);
    CHECK(s->expected.plan.loan == 0);
    CHECK(s->expected.plan.deduction == 0);
    CHECK(s->expected.notes == std::vector<std::string>{"gerichte-vrijstelling", "eerst-komt-eerst-maalt"});
    REQUIRE(s->expected.questions.has_value());
    CHECK((*s->expected.questions)[0].at_stake == 80000);
    CHECK_FALSE((*s->expected.questions)[1].at_stake.has_value());
    REQUIRE(s->expected.best_case.has_value());
    CHECK(s->expected.best_case->own_payment == 0);
    CHECK(s->expected.best_case->loan == 5);
    CHECK_FALSE(s->expected.best_case->contributions.has_value());
}

TEST_CASE("scenario mistakes are refused with their path") {
    CHECK(error_of("{ not json").rfind("not valid JSON", 0) == 0);
    CHECK(error_of("[]").find("must be an object") != std::string::npos);
    CHECK(error_of(replaced("\"name\": \"worked example 2023\",", "")) == "name: is required");
    CHECK(error_of(replaced("\"description\"", "\"descripton\"")).rfind("(scenario).descripton: unknown field", 0) == 0);
    CHECK(error_of(R"({ "name": "a", "input": [], "expected": {} })").rfind("input: must be an object", 0) == 0);
    CHECK(error_of(R"({ "name": "a", "expected": {} })").rfind("input: is required", 0) == 0);
    CHECK(error_of(R"({ "name": "a", "input": {} })") == "expected: is required");
    CHECK(error_of(replaced("\"own_payment_cents\": 75000,", "")) == "expected.own_payment_cents: is required");
    CHECK(error_of(replaced("\"loan_cents\": 0,", "")) == "expected.loan_cents: is required");
    CHECK(error_of(replaced("\"notes\": [\"gerichte-vrijstelling\", \"eerst-komt-eerst-maalt\"],", "")) ==
          "expected.notes: is required (an empty list when no note is shown)");
    CHECK(error_of(replaced("\"own_payment_cents\": 75000", "\"own_payment_cents\": 750.00"))
              .rfind("expected.own_payment_cents: must be a whole number of cents", 0) == 0);
    CHECK(error_of(replaced("\"own_payment_cents\": 75000", "\"own_payment_cents\": -1")) ==
          "expected.own_payment_cents: must not be negative");
    CHECK(error_of(replaced("\"own_payment_cents\": 75000", "\"own_payment_cents\": \"75000\""))
              .rfind("expected.own_payment_cents: must be a whole number", 0) == 0);
    CHECK(error_of(replaced("\"eligible\", \"scholingsaftrek\"", "\"elegible\", \"scholingsaftrek\"")) ==
          "expected.statuses.oom-trainingstoelage: must be eligible, possible, ineligible or absent, got 'elegible'");
    CHECK(error_of(replaced("\"statuses\": { \"oom-trainingstoelage\": \"eligible\", \"scholingsaftrek\": \"absent\" }",
                            "\"statuses\": {}"))
              .rfind("expected.statuses: must be an object", 0) == 0);
    CHECK(error_of(replaced("\"tuition\": 90000", "\"tution\": 90000")).rfind(
              "expected.contributions[1].components.tution: unknown cost component", 0) == 0);
    CHECK(error_of(replaced("\"tuition\": 90000", "\"tuition\": 80000")) ==
          "expected.contributions[1].components: add up to 90000, not to amount_cents 100000");
    CHECK(error_of(replaced(", \"components\": { \"tuition\": 80000 }", "")) ==
          "expected.contributions[0].components: is required: say which components the scheme pays");
    CHECK(error_of(replaced("\"scheme\": \"stap-budget\", ", "")) == "expected.contributions[1].scheme: is required");
    CHECK(error_of(replaced("{ \"fact\": \"person.age\" }", "{ \"fact\": \"person.age\", \"stake\": 1 }"))
              .rfind("expected.questions[1].stake: unknown field", 0) == 0);
    CHECK(error_of(replaced("\"best_case\": { \"own_payment_cents\": 0, ", "\"best_case\": { ")) ==
          "expected.best_case.own_payment_cents: is required");
    CHECK(error_of(replaced("\"total_cost_cents\"", "\"total_costs_cents\"")).rfind(
              "expected.total_costs_cents: unknown field", 0) == 0);
}

TEST_CASE("scope named: the plan's fields and notes become optional; another scope is refused") {
    const std::string named = R"({ "name": "a", "input": {}, "expected": { "scope": "named",
        "statuses": { "oom-trainingstoelage": "possible" }, "questions": [ { "fact": "person.sector" } ] } })";
    std::string error;
    const auto s = sw::parse_scenario(named, error);
    INFO(error);
    REQUIRE(s.has_value());
    CHECK(s->expected.named_only);
    CHECK_FALSE(s->expected.plan.own_payment.has_value());
    CHECK_FALSE(s->expected.plan.contributions.has_value());
    CHECK(s->expected.notes.empty());
    REQUIRE(s->expected.questions.has_value());
    CHECK(s->expected.questions->size() == 1);
    // The whole plan stays required by default and with "all".
    const std::string all = R"({ "name": "a", "input": {}, "expected": { "scope": "all",
        "statuses": { "oom-trainingstoelage": "possible" } } })";
    CHECK(error_of(all) == "expected.own_payment_cents: is required");
    CHECK(error_of(replaced("\"statuses\":", "\"scope\": \"some\", \"statuses\":"))
              .rfind("expected.scope: must be all (the whole plan is checked; the default) or named", 0) ==
          0);
    CHECK(error_of(replaced("\"statuses\":", "\"scope\": 1, \"statuses\":")).rfind("expected.scope: ", 0) ==
          0);
    // A named scenario still names at least one scheme.
    CHECK(error_of(R"({ "name": "a", "input": {}, "expected": { "scope": "named", "statuses": {} } })")
              .rfind("expected.statuses: must be an object", 0) == 0);
}

// scenario_run.cpp: one scenario from text to verdict. The case goes through the same contract
// checks as `stapelwijzer plan`, so a scenario with a bad case fails with the case's own error
// instead of testing something the product would refuse.
#include "scenario.h"
#include "stapelwijzer/engine.h"
#include "stapelwijzer/rules.h"

namespace sw {

ScenarioOutcome run_scenario(const Catalogue& catalogue, const std::string& text) {
    ScenarioOutcome outcome;
    std::string error;
    const auto scenario = parse_scenario(text, error);
    if (!scenario) {
        outcome.problems.push_back("not a valid scenario: " + error);
        return outcome;
    }
    outcome.name = scenario->name;
    Diagnostic bad;
    const auto c = parse_case_json(scenario->input_json, catalogue, bad);
    if (!c) {
        outcome.problems.push_back("input." + bad.path + ": " + bad.message);
        return outcome;
    }
    if (const auto problem = check_case(catalogue, *c)) {
        outcome.problems.push_back("input." + problem->path + ": " + problem->message);
        return outcome;
    }
    EvaluateOptions options;
    options.best_case = scenario->expected.best_case.has_value();
    options.questions = scenario->expected.questions.has_value();
    const Result result = evaluate(catalogue, *c, options);
    outcome.problems = compare_scenario(scenario->expected, result);
    outcome.passed = outcome.problems.empty();
    return outcome;
}

}  // namespace sw

// scenario.h: the catalogue's own scenario tests (rules-data/nl/tests/*.json, run by
// `stapelwijzer test`). A scenario is one case as the JSON contract gives it plus the answer a
// person worked out by hand from the catalogue; the runner evaluates the case and lists every
// difference in plain words. Format: docs/maintaining-rules.md ("Scenario tests").
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "stapelwijzer/catalogue.h"
#include "stapelwijzer/result.h"
#include "stapelwijzer/types.h"

namespace sw {

// One expected contribution (or loan or deduction): the scheme, its amount and, per component,
// what it pays. Components left out are expected to be 0.
struct ScenarioContribution {
    std::string scheme;
    Cents amount = 0;
    ComponentCents components{};
};

struct ScenarioQuestion {
    std::string fact;                 // JSON path ("person.age")
    std::optional<Cents> at_stake;    // checked only when given
};

// The expected plan (the main plan, or the best case with only the fields it gives).
struct ScenarioPlan {
    std::optional<Cents> total_cost;
    std::optional<Cents> own_payment;
    std::optional<std::vector<ScenarioContribution>> contributions;  // all of them, in order
    std::optional<Cents> loan;
    std::optional<Cents> deduction;
};

struct ScenarioExpected {
    // Per scheme id: "eligible", "possible", "ineligible", or "absent" (not valid at the
    // reference date, so not in the result). Schemes not named are not checked.
    std::map<std::string, std::string> statuses;
    // "scope": "named": only what the scenario names is checked, so a scheme another fund adds
    // later (paying, asking, noting) cannot break it (docs/maintaining-rules.md). The plan's
    // fields are then optional, `notes` must each be shown, and `questions` must each be asked
    // (at their at_stake when given), in any order among others.
    bool named_only = false;
    ScenarioPlan plan;                    // own_payment, contributions, loan, deduction required
    std::vector<std::string> notes;       // all notes, in order
    std::optional<std::vector<ScenarioQuestion>> questions;  // all questions, in order
    std::optional<ScenarioPlan> best_case;
    // Optional, per scheme id named: its confidence on the reference date, and all its terms in
    // order, each "kind", "kind DATE" or with " passed" appended ("apply_before 2026-02-01 passed").
    std::map<std::string, std::string> confidence;
    std::map<std::string, std::vector<std::string>> terms;
};

struct Scenario {
    std::string name;
    std::string input_json;  // the case, as contract JSON text
    ScenarioExpected expected;
};

// Parses a scenario file. On error returns nullopt and sets `error` to "<json path>: <reason>".
std::optional<Scenario> parse_scenario(const std::string& text, std::string& error);

// Every difference between what is expected and the result, one plain sentence each
// ("own_payment_cents: expected 85000, got 95000"). Empty: the scenario holds.
std::vector<std::string> compare_scenario(const ScenarioExpected& expected, const Result& result);

// The differences in `confidence` and `terms` (scenario_compare_meta.cpp), added to `problems`.
void compare_scenario_meta(const ScenarioExpected& expected, const Result& result,
                           std::vector<std::string>& problems);

struct ScenarioOutcome {
    std::string name;  // the scenario's name, or "" when the file could not be read as a scenario
    bool passed = false;
    std::vector<std::string> problems;  // parse errors, bad input, or the differences
};

// Parses, reads the case against the catalogue (contract checks included), evaluates and compares.
ScenarioOutcome run_scenario(const Catalogue& catalogue, const std::string& text);

}  // namespace sw

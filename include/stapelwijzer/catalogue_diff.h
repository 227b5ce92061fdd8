// stapelwijzer/catalogue_diff.h: what changed between two versions of the rules (src/rules/
// catalogue_diff*.cpp), for `stapelwijzer diff OLD NEW` (docs/cli.md). Two parts: the rules
// themselves (schemes added, removed, ended or changed, field by field, and the other definitions),
// compared as JSON; and the scenario tests whose outcome differs when run against the old and the
// new catalogue, so a change that alters another fund's outcomes is visible before it is signed.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "stapelwijzer/bundle.h"
#include "stapelwijzer/catalogue.h"
#include "stapelwijzer/types.h"

namespace sw {

// One changed value inside a definition. `old_json`/`new_json` are compact JSON ("" when the value
// is absent on that side). `kind` says what sort of value it is, for the reader: "amount",
// "percentage", "period", "condition", "text", "source", "confidence", "interaction",
// "value" (a parameter's value), "other".
struct ValueChange {
    std::string path;  // inside the definition: "formula.cap.amount", "valid.to"
    std::string kind;
    std::string old_json;
    std::string new_json;
};

// One definition that differs. `collection` is the fragment's list or object it sits in:
// "schemes", "notes", "regions", "sectors", "parameters", "sets", or "fragments" (a whole file:
// `id` is the file name, a change of its `version` is a "changed").
struct DefinitionChange {
    std::string collection;
    std::string id;
    std::string fragment;  // the file it is defined in (the new one, or the old if removed)
    std::string change;  // "added", "removed", "ended" (a scheme's valid.to set or moved earlier), "changed"
    Text name;           // a scheme's name (new side, or old if removed); empty otherwise
    std::vector<ValueChange> values;  // empty for added/removed
};

// The rules compared as JSON, fragment by fragment and definition by definition, in the new
// catalogue's order (removed ones after). Each fragment must be a JSON object; on a file that does
// not parse returns nullopt and sets `error` to "FILE: reason".
std::optional<std::vector<DefinitionChange>> diff_rules(const std::vector<RulesFile>& old_files,
                                                        const std::vector<RulesFile>& new_files,
                                                        std::string& error);

// What one scenario gives against one catalogue: its case refused (with why), or per scheme its
// status ("eligible", "possible", "ineligible"; schemes not valid on the date are absent), the own
// payment and each contribution, loan and deduction of the main plan, and the best case's own
// payment when the test checks a best case.
struct OutcomeSummary {
    std::string refused;  // "" when the case was evaluated
    std::map<std::string, std::string> statuses;
    Cents total_cost = 0;
    Cents own_payment = 0;
    std::map<std::string, Cents> payments;       // scheme id -> amount it pays, lends or deducts
    std::optional<Cents> best_case_own_payment;  // only for a test that checks the best case
};

// A scenario test whose outcome differs between the two catalogues.
struct OutcomeChange {
    std::string file;      // the test file's name ("oom-trainingstoelage-eligible.json")
    std::string name;      // the scenario's name
    std::string fund;      // whose test it is: the fragment owning the scheme its name starts with
    std::string fragment;  // that fragment's file ("oom.json"), "" if none matched
    OutcomeSummary old_outcome, new_outcome;
};

struct ScenarioFile {
    std::string name;  // file name, for messages
    std::string text;
};

// Runs every scenario against both catalogues and returns those whose summary differs. A file that
// is not a scenario is an error: returns nullopt and sets `error` ("FILE: reason"). The fragments
// (as loaded into each catalogue) name the fund a test belongs to.
std::optional<std::vector<OutcomeChange>> diff_outcomes(
    const Catalogue& old_catalogue, const Catalogue& new_catalogue, const std::vector<RulesFile>& new_files,
    const std::vector<RulesFile>& old_files, const std::vector<ScenarioFile>& scenarios, std::string& error);

// The whole comparison, as a report.
struct CatalogueDiff {
    std::string old_label, new_label;  // where each side came from, with catalogue and version
    std::vector<DefinitionChange> definitions;
    bool tests_run = false;
    std::size_t test_count = 0;
    std::vector<OutcomeChange> outcomes;
    bool empty() const { return definitions.empty() && outcomes.empty(); }
};

// Plain text in one language ("nl" or "en"), money as "€ 1.250,00" (nl) or "€ 1,250.00" (en).
std::string catalogue_diff_text(const CatalogueDiff& diff, const std::string& lang);
// JSON for tools (2-space indent, final newline); docs/cli.md gives the shape.
std::string catalogue_diff_json(const CatalogueDiff& diff);

}  // namespace sw

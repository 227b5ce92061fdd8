// scenario_compare.cpp: what differs between a scenario's hand-computed answer and the engine's
// result, one sentence per difference, with both sides spelled out so the reader sees at once
// whether the rules, the engine or the test is wrong.
#include <algorithm>

#include "scenario.h"

namespace sw {
namespace {

std::string describe(const ScenarioContribution& c) {
    std::string out = c.scheme + " " + std::to_string(c.amount);
    std::string parts;
    for (int i = 0; i < kComponentCount; ++i) {
        if (c.components[i] == 0) continue;
        parts += (parts.empty() ? "" : ", ") + std::string(component_name(static_cast<Component>(i))) + " " +
                 std::to_string(c.components[i]);
    }
    return out + " {" + parts + "}";
}

std::string describe(const std::vector<ScenarioContribution>& list) {
    if (list.empty()) return "(none)";
    std::string out;
    for (const auto& c : list) out += (out.empty() ? "" : "; ") + describe(c);
    return out;
}

std::vector<ScenarioContribution> actual(const std::vector<Contribution>& list) {
    std::vector<ScenarioContribution> out;
    for (const auto& c : list) out.push_back({c.scheme, c.amount, c.components});
    return out;
}

bool same(const ScenarioContribution& a, const ScenarioContribution& b) {
    return a.scheme == b.scheme && a.amount == b.amount && a.components == b.components;
}

std::string join(const std::vector<std::string>& items) {
    if (items.empty()) return "(none)";
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
    return out;
}

void compare_cents(const char* field, const std::string& prefix, const std::optional<Cents>& expected, Cents got,
                   std::vector<std::string>& problems) {
    if (expected && *expected != got)
        problems.push_back(prefix + field + ": expected " + std::to_string(*expected) + ", got " + std::to_string(got));
}

void compare_plan(const ScenarioPlan& expected, const Plan& plan, const std::string& prefix,
                  std::vector<std::string>& problems) {
    compare_cents("total_cost_cents", prefix, expected.total_cost, plan.total_cost, problems);
    compare_cents("own_payment_cents", prefix, expected.own_payment, plan.own_payment, problems);
    if (expected.contributions) {
        const auto got = actual(plan.contributions);
        const auto& want = *expected.contributions;
        if (got.size() != want.size() || !std::equal(got.begin(), got.end(), want.begin(), same))
            problems.push_back(prefix + "contributions: expected " + describe(want) + "; got " + describe(got));
    }
    compare_cents("loan_cents", prefix, expected.loan, plan.loan, problems);
    compare_cents("deduction_cents", prefix, expected.deduction, plan.deduction, problems);
}

// "scope": "named": each note given is shown, each question given is asked (at its at_stake when
// given), whatever else the result shows or asks.
void compare_named(const ScenarioExpected& expected, const Result& result,
                   const std::vector<std::string>& notes, std::vector<std::string>& problems) {
    for (const auto& n : expected.notes)
        if (std::find(notes.begin(), notes.end(), n) == notes.end())
            problems.push_back("notes: expected " + n + " among them; got " + join(notes));
    if (!expected.questions) return;
    std::vector<std::string> got;
    for (const auto& r : result.questions) got.push_back(r.fact + " " + std::to_string(r.at_stake));
    for (const auto& q : *expected.questions) {
        const bool asked =
            std::any_of(result.questions.begin(), result.questions.end(), [&](const Question& r) {
                return r.fact == q.fact && (!q.at_stake || *q.at_stake == r.at_stake);
            });
        if (!asked)
            problems.push_back("questions: expected " +
                               (q.at_stake ? q.fact + " " + std::to_string(*q.at_stake) : q.fact) +
                               " among them; got " + join(got));
    }
}

}  // namespace

std::vector<std::string> compare_scenario(const ScenarioExpected& expected, const Result& result) {
    std::vector<std::string> problems;
    for (const auto& entry : expected.statuses) {
        // A named reference, not the structured binding: C++17 lambdas cannot capture bindings
        // (clang, used by the wasm and fuzz builds, refuses it).
        const std::string& id = entry.first;
        const auto& want = entry.second;
        auto it = std::find_if(result.schemes.begin(), result.schemes.end(),
                               [&](const SchemeResult& s) { return s.id == id; });
        const std::string got = it == result.schemes.end() ? "absent" : status_name(it->status);
        if (got != want) {
            std::string why;
            if (it != result.schemes.end() && !it->reasons.empty()) why = " (" + it->reasons.front().text.en + ")";
            if (got == "absent") why = " (not in the result: not valid at the reference date, or not in the catalogue)";
            problems.push_back("status of " + id + ": expected " + want + ", got " + got + why);
        }
    }
    compare_plan(expected.plan, result.plan, "", problems);
    std::vector<std::string> notes;
    for (const auto& n : result.notes) notes.push_back(n.id);
    if (expected.named_only) {
        compare_named(expected, result, notes, problems);
    } else if (notes != expected.notes) {
        problems.push_back("notes: expected " + join(expected.notes) + "; got " + join(notes));
    }
    if (expected.questions && !expected.named_only) {
        std::vector<std::string> want, got;
        bool same_questions = expected.questions->size() == result.questions.size();
        for (std::size_t i = 0; i < expected.questions->size(); ++i) {
            const auto& q = (*expected.questions)[i];
            want.push_back(q.at_stake ? q.fact + " " + std::to_string(*q.at_stake) : q.fact);
            if (same_questions) {
                const auto& r = result.questions[i];
                if (r.fact != q.fact || (q.at_stake && *q.at_stake != r.at_stake)) same_questions = false;
            }
        }
        for (const auto& r : result.questions) got.push_back(r.fact + " " + std::to_string(r.at_stake));
        if (!same_questions) problems.push_back("questions: expected " + join(want) + "; got " + join(got));
    }
    if (expected.best_case) compare_plan(*expected.best_case, result.best_case_plan, "best_case.", problems);
    compare_scenario_meta(expected, result, problems);
    return problems;
}

}  // namespace sw

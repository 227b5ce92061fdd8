// catalogue_diff_outcomes.cpp: the scenario tests whose outcome changes between two catalogues
// (diff_outcomes, see stapelwijzer/catalogue_diff.h). Each scenario's case goes through the same
// contract checks as `stapelwijzer plan` on each side; the main plan (and the best case's own
// payment where the test checks a best case) is compared, not the test's
// expectations, so a test that already failed still shows whether the change moves it.
#include <nlohmann/json.hpp>

#include "rules/scenario.h"
#include "stapelwijzer/catalogue_diff.h"
#include "stapelwijzer/engine.h"
#include "stapelwijzer/rules.h"

namespace sw {
namespace {

OutcomeSummary summarise(const Catalogue& catalogue, const Scenario& sc) {
    const std::string& input_json = sc.input_json;
    OutcomeSummary s;
    Diagnostic bad;
    const auto c = parse_case_json(input_json, catalogue, bad);
    if (!c) {
        s.refused = "input." + bad.path + ": " + bad.message;
        return s;
    }
    if (const auto problem = check_case(catalogue, *c)) {
        s.refused = "input." + problem->path + ": " + problem->message;
        return s;
    }
    // The best case only where the test checks it (it costs more than the rest together).
    EvaluateOptions options;
    options.best_case = sc.expected.best_case.has_value();
    options.questions = false;
    const Result r = evaluate(catalogue, *c, options);
    if (options.best_case) s.best_case_own_payment = r.best_case_plan.own_payment;
    for (const SchemeResult& sr : r.schemes) s.statuses[std::string(sr.id)] = status_name(sr.status);
    s.total_cost = r.plan.total_cost;
    s.own_payment = r.plan.own_payment;
    for (const auto* list : {&r.plan.contributions, &r.plan.loans, &r.plan.deductions})
        for (const Contribution& x : *list) s.payments[x.scheme] += x.amount;
    return s;
}

bool same(const OutcomeSummary& a, const OutcomeSummary& b) {
    return a.refused == b.refused && a.statuses == b.statuses && a.total_cost == b.total_cost &&
           a.own_payment == b.own_payment && a.payments == b.payments &&
           a.best_case_own_payment == b.best_case_own_payment;
}

// scheme id -> (fragment file, fund): the fund is the fragment's "fragment" name.
using Owners = std::map<std::string, std::pair<std::string, std::string>>;

void add_owners(const std::vector<RulesFile>& files, Owners& owners) {
    for (const RulesFile& f : files) {
        const auto doc = nlohmann::json::parse(f.text, nullptr, false);
        if (!doc.is_object()) continue;
        const std::string fund = doc.value("fragment", f.name);
        auto schemes = doc.find("schemes");
        if (schemes == doc.end() || !schemes->is_array()) continue;
        for (const auto& s : *schemes)
            if (s.is_object() && s.contains("id") && s["id"].is_string())
                owners.emplace(s["id"].get<std::string>(), std::make_pair(f.name, fund));
    }
}

// Whose test a file is: the longest scheme id its file name starts with (tests are named after
// their scheme, docs/maintaining-rules.md), else the first scheme whose status it checks.
void find_owner(const Owners& owners, const std::string& file, const Scenario& sc, OutcomeChange& out) {
    const std::string stem = file.size() > 5 ? file.substr(0, file.size() - 5) : file;
    std::size_t best = 0;
    for (const auto& [id, owner] : owners) {
        if (id.size() > best && stem.rfind(id, 0) == 0) {
            best = id.size();
            out.fragment = owner.first;
            out.fund = owner.second;
        }
    }
    if (best > 0) return;
    for (const auto& [id, status] : sc.expected.statuses) {
        auto it = owners.find(id);
        if (it == owners.end()) continue;
        out.fragment = it->second.first;
        out.fund = it->second.second;
        return;
    }
}

}  // namespace

std::optional<std::vector<OutcomeChange>> diff_outcomes(
    const Catalogue& old_catalogue, const Catalogue& new_catalogue, const std::vector<RulesFile>& new_files,
    const std::vector<RulesFile>& old_files, const std::vector<ScenarioFile>& scenarios, std::string& error) {
    Owners owners;
    add_owners(new_files, owners);
    add_owners(old_files, owners);  // a scheme the new rules removed still names its fund
    std::vector<OutcomeChange> out;
    for (const ScenarioFile& f : scenarios) {
        std::string why;
        const auto sc = parse_scenario(f.text, why);
        if (!sc) {
            error = f.name + ": not a valid scenario: " + why;
            return std::nullopt;
        }
        OutcomeChange change;
        change.old_outcome = summarise(old_catalogue, *sc);
        change.new_outcome = summarise(new_catalogue, *sc);
        if (same(change.old_outcome, change.new_outcome)) continue;
        change.file = f.name;
        change.name = sc->name;
        find_owner(owners, f.name, *sc, change);
        out.push_back(std::move(change));
    }
    return out;
}

}  // namespace sw

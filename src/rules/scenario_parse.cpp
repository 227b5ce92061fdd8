// scenario_parse.cpp: reads a scenario file (scenario.h) strictly: unknown fields, wrong types
// and impossible amounts are errors naming their JSON path, so a typo in a test can never turn
// into a check that silently does nothing.
#include <cstdint>
#include <set>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "scenario.h"

namespace sw {
namespace {

using nlohmann::ordered_json;

// Thrown inside this file only; parse_scenario() turns it into its error string.
struct ScenarioError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

[[noreturn]] void fail(const std::string& path, const std::string& why) { throw ScenarioError(path + ": " + why); }

void only_keys(const ordered_json& object, const std::string& path, const std::set<std::string>& allowed) {
    if (!object.is_object()) fail(path, "must be an object");
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (allowed.count(it.key()) == 0) {
            std::string list;
            for (const auto& k : allowed) list += (list.empty() ? "" : ", ") + k;
            fail(path + "." + it.key(), "unknown field (allowed here: " + list + ")");
        }
    }
}

std::string text_at(const ordered_json& v, const std::string& path) {
    if (!v.is_string() || v.get<std::string>().empty()) fail(path, "must be a non-empty string");
    return v.get<std::string>();
}

// Expected money is written in whole cents (as the result gives it), never euro.
Cents cents_at(const ordered_json& v, const std::string& path) {
    if (v.is_number_unsigned()) {
        if (v.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX)) fail(path, "is too large");
        return static_cast<Cents>(v.get<std::uint64_t>());
    }
    if (v.is_number_integer()) {
        if (v.get<std::int64_t>() < 0) fail(path, "must not be negative");
        return v.get<std::int64_t>();
    }
    fail(path, "must be a whole number of cents (for example 85000 for 850 euro)");
}

std::vector<ScenarioContribution> contributions_at(const ordered_json& v, const std::string& path) {
    if (!v.is_array()) fail(path, "must be a list of {scheme, amount_cents, components}");
    std::vector<ScenarioContribution> out;
    for (std::size_t i = 0; i < v.size(); ++i) {
        const std::string p = path + "[" + std::to_string(i) + "]";
        only_keys(v[i], p, {"scheme", "amount_cents", "components"});
        if (!v[i].contains("scheme")) fail(p + ".scheme", "is required");
        if (!v[i].contains("amount_cents")) fail(p + ".amount_cents", "is required");
        ScenarioContribution c;
        c.scheme = text_at(v[i]["scheme"], p + ".scheme");
        c.amount = cents_at(v[i]["amount_cents"], p + ".amount_cents");
        if (v[i].contains("components")) {
            const auto& comps = v[i]["components"];
            if (!comps.is_object()) fail(p + ".components", "must be an object of component: cents");
            Cents sum = 0;
            for (auto it = comps.begin(); it != comps.end(); ++it) {
                auto component = component_from_name(it.key());
                if (!component)
                    fail(p + ".components." + it.key(),
                         "unknown cost component (tuition, exam, materials, vat, travel, wage_loss)");
                c.components[static_cast<int>(*component)] = cents_at(it.value(), p + ".components." + it.key());
                sum += c.components[static_cast<int>(*component)];
            }
            if (sum != c.amount)
                fail(p + ".components", "add up to " + std::to_string(sum) + ", not to amount_cents " +
                                            std::to_string(c.amount));
        } else if (c.amount != 0) {
            fail(p + ".components", "is required: say which components the scheme pays");
        }
        out.push_back(c);
    }
    return out;
}

ScenarioPlan plan_at(const ordered_json& v, const std::string& prefix, bool main_plan,
                     bool named_only = false) {
    ScenarioPlan plan;
    auto has = [&](const char* key) { return v.contains(key); };
    auto need = [&](const char* key) {
        if (main_plan && !named_only && !has(key)) fail(prefix + key, "is required");
    };
    need("own_payment_cents");
    need("contributions");
    need("loan_cents");
    need("deduction_cents");
    if (!main_plan && !has("own_payment_cents")) fail(prefix + "own_payment_cents", "is required");
    if (has("total_cost_cents")) plan.total_cost = cents_at(v["total_cost_cents"], prefix + "total_cost_cents");
    if (has("own_payment_cents")) plan.own_payment = cents_at(v["own_payment_cents"], prefix + "own_payment_cents");
    if (has("contributions")) plan.contributions = contributions_at(v["contributions"], prefix + "contributions");
    if (has("loan_cents")) plan.loan = cents_at(v["loan_cents"], prefix + "loan_cents");
    if (has("deduction_cents")) plan.deduction = cents_at(v["deduction_cents"], prefix + "deduction_cents");
    return plan;
}

ScenarioExpected expected_at(const ordered_json& v) {
    only_keys(v, "expected",
              {"scope", "statuses", "total_cost_cents", "own_payment_cents", "contributions", "loan_cents",
               "deduction_cents", "notes", "questions", "best_case", "confidence", "terms"});
    ScenarioExpected e;
    if (v.contains("scope")) {
        const std::string scope = text_at(v["scope"], "expected.scope");
        if (scope != "all" && scope != "named")
            fail("expected.scope",
                 "must be all (the whole plan is checked; the default) or named (only the schemes, "
                 "notes, questions and fields given), got '" +
                     scope + "'");
        e.named_only = scope == "named";
    }
    if (!v.contains("statuses")) fail("expected.statuses", "is required");
    const auto& statuses = v["statuses"];
    if (!statuses.is_object() || statuses.empty())
        fail("expected.statuses", "must be an object of scheme id: status, with at least one scheme");
    for (auto it = statuses.begin(); it != statuses.end(); ++it) {
        const std::string p = "expected.statuses." + it.key();
        const std::string s = text_at(it.value(), p);
        if (s != "eligible" && s != "possible" && s != "ineligible" && s != "absent")
            fail(p, "must be eligible, possible, ineligible or absent, got '" + s + "'");
        e.statuses[it.key()] = s;
    }
    e.plan = plan_at(v, "expected.", true, e.named_only);
    if (!v.contains("notes") && !e.named_only)
        fail("expected.notes", "is required (an empty list when no note is shown)");
    if (v.contains("notes")) {
        if (!v["notes"].is_array()) fail("expected.notes", "must be a list of note ids");
        for (std::size_t i = 0; i < v["notes"].size(); ++i)
            e.notes.push_back(text_at(v["notes"][i], "expected.notes[" + std::to_string(i) + "]"));
    }
    if (v.contains("questions")) {
        if (!v["questions"].is_array()) fail("expected.questions", "must be a list of {fact, at_stake_cents}");
        std::vector<ScenarioQuestion> qs;
        for (std::size_t i = 0; i < v["questions"].size(); ++i) {
            const std::string p = "expected.questions[" + std::to_string(i) + "]";
            const auto& q = v["questions"][i];
            only_keys(q, p, {"fact", "at_stake_cents"});
            if (!q.contains("fact")) fail(p + ".fact", "is required");
            ScenarioQuestion sq;
            sq.fact = text_at(q["fact"], p + ".fact");
            if (q.contains("at_stake_cents")) sq.at_stake = cents_at(q["at_stake_cents"], p + ".at_stake_cents");
            qs.push_back(sq);
        }
        e.questions = qs;
    }
    if (v.contains("confidence")) {
        if (!v["confidence"].is_object())
            fail("expected.confidence", "must be an object of scheme id: confidence");
        for (auto it = v["confidence"].begin(); it != v["confidence"].end(); ++it) {
            const std::string p = "expected.confidence." + it.key(), c = text_at(it.value(), p);
            if (c != "confirmed" && c != "indicative" && c != "unconfirmed")
                fail(p, "must be confirmed, indicative or unconfirmed, got '" + c + "'");
            e.confidence[it.key()] = c;
        }
    }
    if (v.contains("terms")) {
        if (!v["terms"].is_object()) fail("expected.terms", "must be an object of scheme id: list of terms");
        for (auto it = v["terms"].begin(); it != v["terms"].end(); ++it) {
            const std::string p = "expected.terms." + it.key();
            if (!it.value().is_array())
                fail(p, "must be a list of terms (\"kind\", \"kind DATE\", \"... passed\")");
            auto& list = e.terms[it.key()];
            for (std::size_t i = 0; i < it.value().size(); ++i)
                list.push_back(text_at(it.value()[i], p + "[" + std::to_string(i) + "]"));
        }
    }
    if (v.contains("best_case")) {
        only_keys(v["best_case"], "expected.best_case",
                  {"total_cost_cents", "own_payment_cents", "contributions", "loan_cents", "deduction_cents"});
        e.best_case = plan_at(v["best_case"], "expected.best_case.", false);
    }
    return e;
}

}  // namespace

std::optional<Scenario> parse_scenario(const std::string& text, std::string& error) {
    try {
        const ordered_json doc = ordered_json::parse(text);
        only_keys(doc, "(scenario)", {"name", "description", "input", "expected"});
        Scenario s;
        if (!doc.contains("name")) fail("name", "is required");
        s.name = text_at(doc["name"], "name");
        if (doc.contains("description")) text_at(doc["description"], "description");
        if (!doc.contains("input")) fail("input", "is required: the case, as the JSON contract gives it");
        if (!doc["input"].is_object()) fail("input", "must be an object (a case per the JSON contract)");
        s.input_json = doc["input"].dump();
        if (!doc.contains("expected")) fail("expected", "is required");
        s.expected = expected_at(doc["expected"]);
        return s;
    } catch (const ScenarioError& e) {
        error = e.what();
    } catch (const nlohmann::json::exception& e) {
        error = std::string("not valid JSON: ") + e.what();
    }
    return std::nullopt;
}

}  // namespace sw

// result_json.cpp: result_to_json(), the contract's "Output (one result)". Keys in contract order
// (nlohmann::ordered_json keeps insertion order), schemes sorted by id, zero amounts and zero
// components left out. The bytes depend only on the Result and RulesInfo, so the CLI and the
// JavaScript API give byte-identical output for the same case.
#include <algorithm>
#include <nlohmann/json.hpp>

#include "result_json_meta.h"
#include "stapelwijzer/rules.h"

namespace sw {

namespace {

using J = nlohmann::ordered_json;

J text_pair(const Text& t, const char* nl_key, const char* en_key) {
    J j = J::object();
    j[nl_key] = t.nl;
    j[en_key] = t.en;
    return j;
}

J string_list(const std::vector<std::string>& items) {
    J j = J::array();
    for (const auto& s : items) j.push_back(s);
    return j;
}

J contribution(const Contribution& c, bool with_components) {
    J j = J::object();
    j["scheme"] = c.scheme;
    j["amount_cents"] = c.amount;
    if (with_components) {
        J comps = J::object();
        for (int i = 0; i < kComponentCount; ++i)
            if (c.components[i] != 0) comps[component_name(static_cast<Component>(i))] = c.components[i];
        j["components"] = std::move(comps);
    }
    j["applicant"] = applicant_name(c.applicant);
    if (!c.apply_url.empty()) j["apply_url"] = c.apply_url;
    return j;
}

J contributions(const std::vector<Contribution>& list) {
    J j = J::array();
    for (const Contribution& c : list)
        if (c.amount != 0) j.push_back(contribution(c, true));
    return j;
}

J plan(const Plan& p) {
    J j = J::object();
    j["total_cost_cents"] = p.total_cost;
    j["contributions"] = contributions(p.contributions);
    j["own_payment_cents"] = p.own_payment;
    j["loans"] = contributions(p.loans);
    j["loan_cents"] = p.loan;
    j["deductions"] = contributions(p.deductions);
    j["deduction_cents"] = p.deduction;
    // Only when a work budget ran out (docs/contract.md): absent means proven.
    if (!p.tie_break_proven) j["tie_break_proven"] = false;
    if (!p.optimal) {
        j["optimal"] = false;
        j["own_payment_lower_bound_cents"] = p.own_payment_lower_bound;
    }
    J why = J::array();
    for (const Text& t : p.explanation) why.push_back(text_pair(t, "nl", "en"));
    j["explanation"] = std::move(why);
    return j;
}

J scheme(const Result& result, const SchemeResult& s) {
    J j = J::object();
    j["id"] = s.id;
    j["status"] = status_name(s.status);
    j["kind"] = kind_name(s.kind);
    j["applicant"] = applicant_name(s.applicant);
    J reasons = J::array();
    for (const Reason& r : s.reasons) {
        J rj = text_pair(r.text, "text_nl", "text_en");
        rj["facts"] = string_list(r.facts);
        reasons.push_back(std::move(rj));
    }
    j["reasons"] = std::move(reasons);
    j["deciding_facts"] = string_list(s.deciding_facts);
    add_scheme_meta(j, result, s.id);
    return j;
}

}  // namespace

std::string result_to_json(const Result& result, const RulesInfo& rules, bool pretty) {
    J j = J::object();
    j["contract"] = 1;
    J r = J::object();
    r["catalogue"] = rules.catalogue;
    r["version"] = rules.version;
    r["valid_until"] = rules.valid_until.empty() ? J(nullptr) : J(rules.valid_until);
    r["signers"] = string_list(rules.signers);
    J warnings = J::array();
    for (const Text& t : rules.warnings) warnings.push_back(text_pair(t, "text_nl", "text_en"));
    r["warnings"] = std::move(warnings);
    j["rules"] = std::move(r);
    j["reference_date"] = format_iso_date(result.reference_date);

    std::vector<const SchemeResult*> sorted;
    for (const SchemeResult& s : result.schemes) sorted.push_back(&s);
    std::stable_sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->id < b->id; });
    J schemes = J::array();
    for (const SchemeResult* s : sorted) schemes.push_back(scheme(result, *s));
    j["schemes"] = std::move(schemes);

    j["plan"] = plan(result.plan);
    j["best_case_plan"] = plan(result.best_case_plan);

    J questions = J::array();
    for (const Question& q : result.questions) {
        J qj = J::object();
        qj["fact"] = q.fact;
        qj["at_stake_cents"] = q.at_stake;
        qj["schemes"] = string_list(q.schemes);
        questions.push_back(std::move(qj));
    }
    j["questions"] = std::move(questions);

    J notes = J::array();
    for (const Note& n : result.notes) {
        J nj = J::object();
        nj["id"] = n.id;
        nj["text_nl"] = n.text.nl;
        nj["text_en"] = n.text.en;
        notes.push_back(std::move(nj));
    }
    j["notes"] = std::move(notes);
    // Texts come from a validated catalogue (valid UTF-8); `replace` only guards against a bug
    // turning into an exception here.
    return j.dump(pretty ? 2 : -1, ' ', false, J::error_handler_t::replace);
}

}  // namespace sw

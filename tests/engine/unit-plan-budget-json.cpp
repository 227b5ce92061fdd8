// The work budget's contract fields (docs/contract.md "Work budget"): absent when everything was
// proven, `"tie_break_proven": false` and `"optimal": false` with the lower bound when not.
#include <nlohmann/json.hpp>

#include "engine/spec_builders.h"
#include "stapelwijzer/rules.h"

TEST_CASE("result JSON: the work budget's fields only when something was not proven") {
    sw::Result r;
    r.reference_date = spec::date("2026-09-01");
    r.plan.total_cost = 100000;
    r.plan.own_payment = 40000;
    r.best_case_plan = r.plan;
    r.best_case_plan.tie_break_proven = false;
    auto j = nlohmann::json::parse(sw::result_to_json(r, sw::RulesInfo{}, false));
    CHECK_FALSE(j["plan"].contains("tie_break_proven"));
    CHECK_FALSE(j["plan"].contains("optimal"));
    CHECK_FALSE(j["plan"].contains("own_payment_lower_bound_cents"));
    CHECK(j["best_case_plan"]["tie_break_proven"] == false);
    CHECK_FALSE(j["best_case_plan"].contains("optimal"));

    r.plan.tie_break_proven = false;
    r.plan.optimal = false;
    r.plan.own_payment_lower_bound = 25000;
    j = nlohmann::json::parse(sw::result_to_json(r, sw::RulesInfo{}, false));
    CHECK(j["plan"]["tie_break_proven"] == false);
    CHECK(j["plan"]["optimal"] == false);
    CHECK(j["plan"]["own_payment_lower_bound_cents"] == 25000);
}

// result_to_json(): contract Output, byte for byte (keys in contract order, schemes sorted by id,
// zero amounts and zero components left out, deterministic).
#include "rules/unit-rules-json-fixture.h"

namespace {

sw::Result sample() {
    sw::Result r;
    r.reference_date = *sw::parse_iso_date("2026-09-01");
    sw::SchemeResult b{"zz-loan", sw::Status::Possible, sw::Kind::Loan, sw::Applicant::Person, {}, {"person.age"}};
    b.reasons.push_back(sw::Reason{{"Hangt af van uw leeftijd.", "Depends on your age."}, {"person.age"}});
    sw::SchemeResult a{"aa-gift", sw::Status::Eligible, sw::Kind::Gift, sw::Applicant::Employer, {}, {}};
    a.reasons.push_back(sw::Reason{{"Sector \"metaal\".", "Sector \"metal\"."}, {"person.sector"}});
    r.schemes = {b, a};  // out of order on purpose
    sw::Contribution paid;
    paid.scheme = "aa-gift";
    paid.amount = 80000;
    paid.components[static_cast<int>(sw::Component::Tuition)] = 80000;
    paid.applicant = sw::Applicant::Employer;
    paid.apply_url = "https://example.org/";
    sw::Contribution zero;
    zero.scheme = "bb-zero";
    r.plan.total_cost = 265000;
    r.plan.contributions = {paid, zero};
    r.plan.own_payment = 185000;
    r.plan.explanation.push_back(sw::Text{"Stap 1.", "Step 1."});
    r.best_case_plan = r.plan;
    r.questions.push_back(sw::Question{"person.age", 100000, {"zz-loan"}});
    r.notes.push_back(sw::Note{"n-1", {"Let op: € 5.", "Note: €5."}});
    return r;
}

sw::RulesInfo info() {
    sw::RulesInfo i;
    i.catalogue = "nl";
    i.version = "2026.11.1";
    i.valid_until = "2027-03-01";
    i.signers = {"root key 1"};
    return i;
}

}  // namespace

TEST_CASE("result json: compact output, golden bytes") {
    const std::string want =
        R"({"contract":1,"rules":{"catalogue":"nl","version":"2026.11.1","valid_until":"2027-03-01","signers":["root key 1"],"warnings":[]},)"
        R"("reference_date":"2026-09-01","schemes":[)"
        R"({"id":"aa-gift","status":"eligible","kind":"gift","applicant":"employer","reasons":[{"text_nl":"Sector \"metaal\".","text_en":"Sector \"metal\".","facts":["person.sector"]}],"deciding_facts":[]},)"
        R"({"id":"zz-loan","status":"possible","kind":"loan","applicant":"person","reasons":[{"text_nl":"Hangt af van uw leeftijd.","text_en":"Depends on your age.","facts":["person.age"]}],"deciding_facts":["person.age"]}],)"
        R"("plan":{"total_cost_cents":265000,"contributions":[{"scheme":"aa-gift","amount_cents":80000,"components":{"tuition":80000},"applicant":"employer","apply_url":"https://example.org/"}],)"
        R"("own_payment_cents":185000,"loans":[],"loan_cents":0,"deductions":[],"deduction_cents":0,"explanation":[{"nl":"Stap 1.","en":"Step 1."}]},)"
        R"("best_case_plan":{"total_cost_cents":265000,"contributions":[{"scheme":"aa-gift","amount_cents":80000,"components":{"tuition":80000},"applicant":"employer","apply_url":"https://example.org/"}],)"
        R"("own_payment_cents":185000,"loans":[],"loan_cents":0,"deductions":[],"deduction_cents":0,"explanation":[{"nl":"Stap 1.","en":"Step 1."}]},)"
        R"("questions":[{"fact":"person.age","at_stake_cents":100000,"schemes":["zz-loan"]}],)"
        R"("notes":[{"id":"n-1","text_nl":"Let op: € 5.","text_en":"Note: €5."}]})";
    CHECK(sw::result_to_json(sample(), info(), false) == want);
}

TEST_CASE("result json: pretty output is the same document with 2-space indent") {
    const std::string pretty = sw::result_to_json(sample(), info(), true);
    CHECK(pretty.rfind("{\n  \"contract\": 1,\n  \"rules\": {\n    \"catalogue\": \"nl\",", 0) == 0);
    CHECK(nlohmann::json::parse(pretty) == nlohmann::json::parse(sw::result_to_json(sample(), info(), false)));
    CHECK(pretty.back() == '}');
}

TEST_CASE("result json: no expiry date is null, warnings are listed") {
    sw::RulesInfo i = info();
    i.valid_until = "";
    i.warnings.push_back(sw::Text{"Verlopen.", "Expired."});
    auto j = nlohmann::json::parse(sw::result_to_json(sample(), i, false));
    CHECK(j["rules"]["valid_until"].is_null());
    CHECK(j["rules"]["warnings"][0]["text_en"] == "Expired.");
}

TEST_CASE("result json: loans and deductions use the contribution shape, zeros left out") {
    sw::Result r = sample();
    sw::Contribution loan;
    loan.scheme = "llo";
    loan.amount = 5000;
    loan.kind = sw::Kind::Loan;
    loan.components[static_cast<int>(sw::Component::Tuition)] = 5000;
    sw::Contribution none = loan;
    none.scheme = "llo-zero";
    none.amount = 0;
    r.plan.loans = {loan, none};
    r.plan.loan = 5000;
    auto j = nlohmann::json::parse(sw::result_to_json(r, info(), false));
    REQUIRE(j["plan"]["loans"].size() == 1);
    CHECK(j["plan"]["loans"][0]["scheme"] == "llo");
    CHECK(j["plan"]["loans"][0]["components"]["tuition"] == 5000);
    CHECK(j["plan"]["loan_cents"] == 5000);
}

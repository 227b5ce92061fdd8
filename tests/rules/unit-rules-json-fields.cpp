// Unknown fields, missing required fields and wrong types, each reported at its JSON path.
#include "rules/unit-rules-json-fixture.h"

using namespace rulesio_test;

TEST_CASE("rules json fields: unknown fields are named, at every level") {
    J f = fragment();
    f["comment"] = "x";
    f["schemes"][0]["agee"] = 3;
    f["schemes"][0]["formula"]["rate"] = 5;  // a per_hour field in a percentage formula
    f["schemes"][0]["condition"]["all"][1]["unit"] = "years";
    f["schemes"][0]["valid"]["until"] = "2030-01-01";
    auto errors = load_errors(files(f));
    REQUIRE_DIAG(errors, "a.json: comment", "unknown field");
    REQUIRE_DIAG(errors, "a.json: schemes[0].agee", "unknown field");
    REQUIRE_DIAG(errors, "a.json: schemes[0].formula.rate", "unknown field");
    REQUIRE_DIAG(errors, "a.json: schemes[0].condition.all[1].unit", "unknown field");
    REQUIRE_DIAG(errors, "a.json: schemes[0].valid.until", "unknown field");
    CHECK(errors.size() == 5);  // every problem, not only the first
}

TEST_CASE("rules json fields: required fields are named when missing") {
    J f = fragment();
    f.erase("version");
    f["schemes"][0].erase("kind");
    f["schemes"][0].erase("priority");
    f["schemes"][0]["condition"]["all"][0].erase("explain");
    f["schemes"][0]["formula"].erase("percent");
    f["schemes"][0]["name"].erase("en");
    auto errors = load_errors(files(f));
    REQUIRE_DIAG(errors, "a.json: version", "required field is missing");
    REQUIRE_DIAG(errors, "a.json: schemes[0].kind", "required field is missing");
    REQUIRE_DIAG(errors, "a.json: schemes[0].priority", "required field is missing");
    REQUIRE_DIAG(errors, "a.json: schemes[0].condition.all[0].explain", "required field is missing");
    REQUIRE_DIAG(errors, "a.json: schemes[0].formula.percent", "required field is missing");
    REQUIRE_DIAG(errors, "a.json: schemes[0].name.en", "required field is missing");
}

TEST_CASE("rules json fields: wrong types say what was expected and what came") {
    J f = fragment();
    f["schemes"][0]["priority"] = "100";
    f["schemes"][0]["discretionary"] = "no";
    f["schemes"][0]["covers"] = "tuition";
    f["sectors"] = J::object();
    f["schemes"][0]["condition"]["all"][1]["value"] = 3;
    auto errors = load_errors(files(f));
    REQUIRE_DIAG(errors, "a.json: schemes[0].priority", "must be a whole number, got '100'");
    REQUIRE_DIAG(errors, "a.json: schemes[0].discretionary", "must be true or false, got 'no'");
    REQUIRE_DIAG(errors, "a.json: schemes[0].covers", "must be a list of cost components, got 'tuition'");
    REQUIRE_DIAG(errors, "a.json: sectors", "must be a list, got an object");
}

TEST_CASE("rules json fields: a formula must suit the scheme's kind") {
    J f = fragment();
    f["schemes"][0]["kind"] = "loan";
    auto errors = load_errors(files(f));
    REQUIRE_DIAG(errors, "a.json: schemes[0].formula.type", "a loan scheme cannot use formula 'percentage'");
    f = fragment();
    f["schemes"][0].erase("formula");
    errors = load_errors(files(f));
    REQUIRE_DIAG(errors, "a.json: schemes[0].formula", "required field is missing");
}

TEST_CASE("rules json fields: a condition object must be one known form") {
    J f = fragment();
    f["schemes"][0]["condition"] = J{{"every", J::array()}};
    auto errors = load_errors(files(f));
    REQUIRE_DIAG(errors, "a.json: schemes[0].condition", "must be a condition");
    f = fragment();
    f["schemes"][0]["condition"] = J{{"all", J::array()}, {"any", J::array()}};
    errors = load_errors(files(f));
    REQUIRE_DIAG(errors, "a.json: schemes[0].condition.any", "unknown field");
    f = fragment();  // the note-only forms are refused in a scheme
    f["schemes"][0]["condition"] = J{{"plan", "employer_contribution"}};
    errors = load_errors(files(f));
    REQUIRE_DIAG(errors, "a.json: schemes[0].condition", "must be a condition");
}

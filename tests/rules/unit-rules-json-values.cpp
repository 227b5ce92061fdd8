// Values the format refuses: unknown facts, operators and enumeration values, bad dates, money
// that is not whole cents, texts missing a language, ids that are not kebab-case.
#include "rules/unit-rules-json-fixture.h"

using namespace rulesio_test;

namespace {
std::vector<sw::Diagnostic> with_leaf(J l) {
    J f = fragment();
    f["schemes"][0]["condition"] = J{{"all", J::array({std::move(l)})}};
    return load_errors(files(f));
}
const std::string kLeaf = "a.json: schemes[0].condition.all[0]";
}  // namespace

TEST_CASE("rules json values: unknown fact and operator") {
    auto errors = with_leaf(leaf("person.agee", ">=", 18));
    REQUIRE_DIAG(errors, kLeaf + ".fact", "unknown fact");
    REQUIRE_DIAG(errors, kLeaf + ".fact", "got 'person.agee'");
    errors = with_leaf(leaf("person.age", "=>", 18));
    REQUIRE_DIAG(errors, kLeaf + ".op", "got '=>'");
}

TEST_CASE("rules json values: operators must suit the fact's type") {
    REQUIRE_DIAG(with_leaf(leaf("person.employment", ">", "employee")), kLeaf + ".op",
                 "'>' cannot be used with person.employment");
    REQUIRE_DIAG(with_leaf(leaf("person.age", "between", J::array({1, 2}))), kLeaf + ".op", "cannot be used");
    REQUIRE_DIAG(with_leaf(leaf("person.age", "in", 18)), kLeaf + ".value", "must be a list");
    REQUIRE_DIAG(with_leaf(leaf("person.age", "=", J::array({18}))), kLeaf + ".value", "needs one value");
    REQUIRE_DIAG(with_leaf(leaf("person.age", "in", J::array())), kLeaf + ".value", "must not be an empty list");
}

TEST_CASE("rules json values: values are checked against the fact") {
    REQUIRE_DIAG(with_leaf(leaf("person.employment", "=", "employe")), kLeaf + ".value",
                 "is not a value of person.employment");
    REQUIRE_DIAG(with_leaf(leaf("course.quality", "in", J::array({"ocw", "iso"}))), kLeaf + ".value[1]",
                 "got 'iso'");
    REQUIRE_DIAG(with_leaf(leaf("person.sector", "=", "bakkerij")), kLeaf + ".value", "unknown sector code 'bakkerij'");
    REQUIRE_DIAG(with_leaf(leaf("person.age", ">=", 17.5)), kLeaf + ".value", "must be a whole number, got 17.5");
    REQUIRE_DIAG(with_leaf(leaf("person.receives_ww", "=", "yes")), kLeaf + ".value", "must be true or false");
    REQUIRE_DIAG(with_leaf(leaf("course.start_date", ">=", "2026-02-30")), kLeaf + ".value",
                 "must be a real date as YYYY-MM-DD, got '2026-02-30'");
    REQUIRE_DIAG(with_leaf(leaf("course.start_date", "between", J::array({"2026-05-01", "2026-01-01"}))),
                 kLeaf + ".value", "the window ends before it starts");
    // 40.0 is a whole number: accepted.
    CHECK(with_leaf(leaf("person.age", ">=", 40.0)).empty());
}

TEST_CASE("rules json values: enumerations of the scheme itself") {
    J f = fragment();
    f["schemes"][0]["kind"] = "subsidy";
    f["schemes"][0]["applicant"] = "worker";
    f["schemes"][0]["covers"] = J::array({"tuition", "food"});
    f["schemes"][0]["formula"]["base"] = "net";
    f["schemes"][0]["formula"]["cap"]["per"] = "month";
    f["schemes"][0]["confidence"] = "sure";
    auto errors = load_errors(files(f));
    REQUIRE_DIAG(errors, "a.json: schemes[0].kind", "must be one of gift, loan, deduction, service, obligation; got 'subsidy'");
    REQUIRE_DIAG(errors, "a.json: schemes[0].applicant", "got 'worker'");
    REQUIRE_DIAG(errors, "a.json: schemes[0].covers[1]", "got 'food'");
    REQUIRE_DIAG(errors, "a.json: schemes[0].formula.base", "got 'net'");
    REQUIRE_DIAG(errors, "a.json: schemes[0].formula.cap.per", "got 'month'");
    REQUIRE_DIAG(errors, "a.json: schemes[0].confidence", "got 'sure'");
}

TEST_CASE("rules json values: money must be whole cents and not negative, decided on the decimal text") {
    J f = fragment();
    f["schemes"][0]["formula"]["cap"]["amount"] = J::parse("800.005");
    auto errors = load_errors(files(f));
    REQUIRE_DIAG(errors, "a.json: schemes[0].formula.cap.amount", "must be a whole number of cents, got 800.005");
    f["schemes"][0]["formula"]["cap"]["amount"] = -5;
    REQUIRE_DIAG(load_errors(files(f)), "a.json: schemes[0].formula.cap.amount", "must not be negative");
    f["schemes"][0]["formula"]["cap"]["amount"] = "800";
    REQUIRE_DIAG(load_errors(files(f)), "a.json: schemes[0].formula.cap.amount", "must be a number");
    // 12650.04 has no exact binary double; it is still whole cents.
    f["schemes"][0]["formula"]["cap"]["amount"] = J::parse("12650.04");
    CHECK(load_errors(files(f)).empty());
    f["schemes"][0]["formula"]["percent"] = 101;
    REQUIRE_DIAG(load_errors(files(f)), "a.json: schemes[0].formula.percent", "from 0 to 100");
}

TEST_CASE("rules json values: money inside parameters is checked where the parameter is used as money") {
    J f = fragment();
    f["parameters"]["cap-euro"] = J::array({J{{"from", "2020-01-01"}, {"value", J::parse("10.001")}}});
    f["schemes"][0]["formula"]["cap"]["amount"] = J{{"param", "cap-euro"}};
    auto errors = load_errors(files(f));
    REQUIRE_DIAG(errors, "a.json: schemes[0].formula.cap.amount", "parameter 'cap-euro'");
    REQUIRE_DIAG(errors, "a.json: schemes[0].formula.cap.amount", "must be a whole number of cents, got 10.001");
}

TEST_CASE("rules json values: texts need both languages, names and descriptions must not be empty") {
    J f = fragment();
    f["schemes"][0]["description"] = J{{"nl", "Iets."}};
    f["schemes"][0]["name"]["nl"] = "";
    f["schemes"][0]["condition"]["all"][0]["explain"] = "Uitleg";
    auto errors = load_errors(files(f));
    REQUIRE_DIAG(errors, "a.json: schemes[0].description.en", "required field is missing");
    REQUIRE_DIAG(errors, "a.json: schemes[0].name.nl", "must not be empty");
    REQUIRE_DIAG(errors, "a.json: schemes[0].condition.all[0].explain", "must be an object");
}

TEST_CASE("rules json values: ids, urls and dates of a scheme") {
    J f = fragment();
    f["schemes"][0]["id"] = "S_Gift";
    f["schemes"][0]["apply_url"] = "http://example.org/";
    f["schemes"][0]["valid"] = J{{"from", "2026-01-01"}, {"to", "2025-12-31"}};
    f["schemes"][0]["sources"][0]["checked"] = "1 nov 2026";
    auto errors = load_errors(files(f));
    REQUIRE_DIAG(errors, "a.json: schemes[0].id", "must be kebab-case");
    REQUIRE_DIAG(errors, "a.json: schemes[0].apply_url", "https://");
    REQUIRE_DIAG(errors, "a.json: schemes[0].valid.to", "is before valid.from");
    REQUIRE_DIAG(errors, "a.json: schemes[0].sources[0].checked", "got '1 nov 2026'");
}

TEST_CASE("rules json values: the format tag must be the one this program reads") {
    J f = fragment();
    f["format"] = "stapelwijzer-rules/2";
    REQUIRE_DIAG(load_errors(files(f)), "a.json: format", "must be one of stapelwijzer-rules/1");
}

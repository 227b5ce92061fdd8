// parse_case_json(): the contract's Input, every validation error with its path and reason.
#include "rules/unit-rules-json-fixture.h"

using namespace rulesio_test;

namespace {

J base_case() {
    return J{{"contract", 1},
             {"person", J{{"age", 42}, {"employment", "employee"}, {"sector", "metaal"}}},
             {"course", J{{"start_date", "2026-09-01"},
                          {"costs", J{{"tuition", J::parse("2400.00")}, {"exam", 150}}}}}};
}

// The error for `text`, or fails if it parsed.
sw::Diagnostic error_of(const std::string& text) {
    auto cat = catalogue();
    sw::Diagnostic d;
    auto c = sw::parse_case_json(text, *cat, d);
    REQUIRE_FALSE(c.has_value());
    INFO(d.path + ": " + d.message);
    return d;
}
sw::Diagnostic error_of(const J& j) { return error_of(j.dump()); }
sw::Diagnostic error_of(const char* text) { return error_of(std::string(text)); }

sw::Case parsed(const std::string& text) {
    auto cat = catalogue();
    sw::Diagnostic d;
    auto c = sw::parse_case_json(text, *cat, d);
    INFO(d.path + ": " + d.message);
    REQUIRE(c.has_value());
    return *c;
}
sw::Case parsed(const J& j) { return parsed(j.dump()); }

#define REQUIRE_ERROR(input, want_path, part)                      \
    do {                                                           \
        sw::Diagnostic d_ = error_of(input);                       \
        INFO(d_.path + ": " + d_.message);                         \
        CHECK(d_.path == (want_path));                             \
        CHECK(d_.message.find(part) != std::string::npos);         \
    } while (0)

}  // namespace

TEST_CASE("case json: a valid case is read into the Case, unknowns stay unknown") {
    sw::Case c = parsed(base_case());
    CHECK(c.reference_date == *sw::parse_iso_date("2026-09-01"));  // defaults to course.start_date
    CHECK(c.person.age == 42);
    CHECK(c.person.employment == std::optional<std::string>("employee"));
    CHECK_FALSE(c.person.province.has_value());
    CHECK(c.course.costs[static_cast<int>(sw::Component::Tuition)] == 240000);
    CHECK(c.course.costs[static_cast<int>(sw::Component::Exam)] == 15000);
    CHECK(c.course.costs[static_cast<int>(sw::Component::Vat)] == 0);
}

TEST_CASE("case json: null means unknown, and a null cost component is 0") {
    J j = base_case();
    j["person"]["employment"] = nullptr;
    j["person"]["hours_per_week"] = nullptr;
    j["course"]["costs"]["vat"] = nullptr;
    j["reference_date"] = nullptr;
    sw::Case c = parsed(j);
    CHECK_FALSE(c.person.employment.has_value());
    CHECK_FALSE(c.person.hours_per_week.has_value());
    CHECK(c.course.costs[static_cast<int>(sw::Component::Vat)] == 0);
    CHECK(c.reference_date == *sw::parse_iso_date("2026-09-01"));
}

TEST_CASE("case json: reference_date wins over course.start_date") {
    J j = base_case();
    j["reference_date"] = "2026-01-15";
    CHECK(parsed(j).reference_date == *sw::parse_iso_date("2026-01-15"));
}

TEST_CASE("case json: money is judged on its decimal text") {
    J j = base_case();
    j["course"]["costs"]["tuition"] = J::parse("100.1");  // 100.10: whole cents
    CHECK(parsed(j).course.costs[0] == 10010);
    j["course"]["costs"]["tuition"] = J::parse("0.29");  // 0.29 * 100 is 28.999... in binary
    CHECK(parsed(j).course.costs[0] == 29);
    j["course"]["costs"]["tuition"] = J::parse("1e3");
    CHECK(parsed(j).course.costs[0] == 100000);
    // nlohmann would re-print 100.005 differently; write the text directly.
    REQUIRE_ERROR(R"({"contract":1,"course":{"start_date":"2026-09-01","costs":{"tuition":100.005}}})",
                  "course.costs.tuition", "must be a whole number of cents, got 100.005");
    REQUIRE_ERROR(R"({"contract":1,"course":{"start_date":"2026-09-01","costs":{"tuition":-5}}})",
                  "course.costs.tuition", "must not be negative");
    REQUIRE_ERROR(R"({"contract":1,"course":{"start_date":"2026-09-01","costs":{"tuition":"100"}}})",
                  "course.costs.tuition", "must be a number of euro, got '100'");
    REQUIRE_ERROR(R"({"contract":1,"course":{"start_date":"2026-09-01","costs":{"tuition":1e300}}})",
                  "course.costs.tuition", "too large");
}

TEST_CASE("case json: unknown field names are errors that name them") {
    J j = base_case();
    j["person"]["agee"] = 42;
    REQUIRE_ERROR(j, "person.agee", "unknown field");
    j = base_case();
    j["course"]["costs"]["food"] = 5;
    REQUIRE_ERROR(j, "course.costs.food", "unknown field");
    j = base_case();
    j["profile"] = J::object();
    REQUIRE_ERROR(j, "profile", "unknown field");
}

TEST_CASE("case json: required parts") {
    J j = base_case();
    j.erase("contract");
    REQUIRE_ERROR(j, "contract", "required field is missing");
    j = base_case();
    j["contract"] = 2;
    REQUIRE_ERROR(j, "contract", "must be 1");
    j = base_case();
    j["course"].erase("costs");
    REQUIRE_ERROR(j, "course.costs", "required field is missing");
    j = base_case();
    j.erase("course");
    REQUIRE_ERROR(j, "course.costs", "required field is missing");
    j = base_case();
    j["course"].erase("start_date");
    REQUIRE_ERROR(j, "reference_date", "give reference_date or course.start_date");
}

TEST_CASE("case json: wrong types") {
    J j = base_case();
    j["person"]["age"] = "42";
    REQUIRE_ERROR(j, "person.age", "must be a whole number, got '42'");
    j = base_case();
    j["person"]["receives_ww"] = "nee";
    REQUIRE_ERROR(j, "person.receives_ww", "must be true or false, got 'nee'");
    j = base_case();
    j["person"]["employment"] = 3;
    REQUIRE_ERROR(j, "person.employment", "must be a string, got 3");
    j = base_case();
    j["course"]["quality"] = "ocw";
    REQUIRE_ERROR(j, "course.quality", "must be a list");
    j = base_case();
    j["person"] = J::array();
    REQUIRE_ERROR(j, "person", "must be an object, got a list");
    REQUIRE_ERROR("[]", "", "must be an object");
    REQUIRE_ERROR("{\"contract\": 1,", "", "not valid JSON");
}

TEST_CASE("case json: whole numbers are checked on the value") {
    J j = base_case();
    j["person"]["age"] = 40.0;
    CHECK(parsed(j).person.age == 40);
    j["person"]["employer_size"] = J::parse("4e1");
    CHECK(parsed(j).person.employer_size == 40);
    j["person"]["age"] = 40.5;
    REQUIRE_ERROR(j, "person.age", "must be a whole number, got 40.5");
    j = base_case();
    j["person"]["years_of_service"] = 2.5;  // decimals allowed here
    CHECK(parsed(j).person.years_of_service == 2.5);
}

TEST_CASE("case json: ranges, NLQF 1-8") {
    J j = base_case();
    j["course"]["nlqf_level"] = 9;
    REQUIRE_ERROR(j, "course.nlqf_level", "from 1 to 8, got 9");
    j["course"]["nlqf_level"] = 0;
    REQUIRE_ERROR(j, "course.nlqf_level", "from 1 to 8, got 0");
    j = base_case();
    j["person"]["education_level"] = 8;
    CHECK(parsed(j).person.education_level == 8);
    j["person"]["age"] = 1e12;
    REQUIRE_ERROR(j, "person.age", "got 1000000000000");
    j = base_case();
    j["person"]["hours_per_week"] = -1;
    REQUIRE_ERROR(j, "person.hours_per_week", "negative");
}

TEST_CASE("case json: enumerations and catalogue vocabularies (checked by the engine's check_case)") {
    J j = base_case();
    j["person"]["employment"] = "employe";
    REQUIRE_ERROR(j, "person.employment", "employe");
    j = base_case();
    j["person"]["province"] = "Zuid-Holland";
    REQUIRE_ERROR(j, "person.province", "Zuid-Holland");
    j = base_case();
    j["person"]["sector"] = "bakkerij";
    REQUIRE_ERROR(j, "person.sector", "not a sector of this catalogue");
    j = base_case();
    j["course"]["quality"] = J::array({"ocw", "iso"});
    REQUIRE_ERROR(j, "course.quality[1]", "iso");
}

TEST_CASE("case json: used amounts are money per known scheme id") {
    J j = base_case();
    j["person"]["used"] = J{{"s-gift", J::parse("100.50")}};
    CHECK(parsed(j).person.used.at("s-gift") == 10050);
    j["person"]["used"] = J{{"stap-budget", 100}};
    REQUIRE_ERROR(j, "person.used.stap-budget", "not a scheme of this catalogue");
    j["person"]["used"] = J{{"s-gift", J::parse("0.001")}};
    REQUIRE_ERROR(j, "person.used.s-gift", "whole number of cents");
    j["person"]["used"] = J::array();
    REQUIRE_ERROR(j, "person.used", "must be an object");
}

TEST_CASE("case json: age and birth_date") {
    J j = base_case();
    j["person"].erase("age");
    j["person"]["birth_date"] = "1984-02-29";
    sw::Case c = parsed(j);
    REQUIRE(c.person.birth_date.has_value());
    CHECK_FALSE(c.person.age.has_value());
    j["person"]["age"] = 42;
    REQUIRE_ERROR(j, "person.birth_date", "not both");
    j["person"].erase("age");
    j["person"]["birth_date"] = "2027-01-01";
    REQUIRE_ERROR(j, "person.birth_date", "after the reference date");
    j["person"]["birth_date"] = "1984-02-30";
    REQUIRE_ERROR(j, "person.birth_date", "real date");
}

TEST_CASE("case json: a duplicate key is refused") {
    REQUIRE_ERROR(R"({"contract":1,"person":{"age":30,"age":31},"course":{"start_date":"2026-09-01","costs":{}}})", "",
                  "person.age: duplicate key");
}

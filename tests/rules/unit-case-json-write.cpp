// case_to_json(): a Case as contract JSON reads back, through parse_case_json(), as the same case
// (the app hands the case it computed to the CLI this way: tests/web compare the two results).
#include "rules/unit-rules-json-fixture.h"
#include "stapelwijzer/facts.h"
#include "stapelwijzer/stapelwijzer.h"

using namespace rulesio_test;

namespace {

sw::Case read_back(const std::string& text) {
    auto cat = catalogue();
    sw::Diagnostic d;
    auto c = sw::parse_case_json(text, *cat, d);
    INFO(text);
    INFO(d.path + ": " + d.message);
    REQUIRE(c.has_value());
    return *c;
}

// The first value the contract allows for an enumerated fact.
std::string first_value(sw::Fact f) {
    return sw::fact_info(f).values.front();
}

sw::Case full_case() {
    sw::Case c;
    c.reference_date = *sw::parse_iso_date("2026-10-15");
    c.person.birth_date = *sw::parse_iso_date("1984-02-29");
    c.person.employment = first_value(sw::Fact::PersonEmployment);
    c.person.sector = "metaal";
    c.person.province = first_value(sw::Fact::PersonProvince);
    c.person.municipality = "Almelo";
    c.person.years_of_service = 2.5;
    c.person.hours_per_week = 36.75;
    c.person.education_level = 4;
    c.person.contract_type = first_value(sw::Fact::PersonContractType);
    c.person.receives_student_finance = false;
    c.person.receives_ww = true;
    c.person.dismissal = first_value(sw::Fact::PersonDismissal);
    c.person.employer_size = 120;
    c.person.used["s-gift"] = 12345;
    c.course.start_date = *sw::parse_iso_date("2026-11-01");
    c.course.costs = {240001, 15000, 99, 0, 1, 7};
    c.course.type = first_value(sw::Fact::CourseType);
    c.course.quality = std::vector<std::string>{first_value(sw::Fact::CourseQuality)};
    c.course.nlqf_level = 3;
    c.course.track = first_value(sw::Fact::CourseTrack);
    c.course.hours = 12.5;
    c.course.topic = first_value(sw::Fact::CourseTopic);
    c.course.ontwikkelpad = true;
    c.course.aim = first_value(sw::Fact::CourseAim);
    return c;
}

}  // namespace

TEST_CASE("case_to_json: every field of a case reads back the same") {
    const sw::Case c = full_case();
    const std::string text = sw::case_to_json(c);
    const sw::Case back = read_back(text);
    CHECK(back.reference_date == c.reference_date);
    CHECK(back.person.birth_date == c.person.birth_date);
    CHECK(back.person.years_of_service == c.person.years_of_service);
    CHECK(back.person.hours_per_week == c.person.hours_per_week);
    CHECK(back.person.used == c.person.used);
    CHECK(back.course.costs == c.course.costs);
    CHECK(back.course.quality == c.course.quality);
    CHECK(back.course.hours == c.course.hours);
    CHECK(back.course.aim == c.course.aim);
    // Everything else: the same text again.
    CHECK(sw::case_to_json(back) == text);
    CHECK(sw::case_to_json(back, false) == sw::case_to_json(c, false));
}

TEST_CASE("case_to_json: unknown facts are left out; the reference date only when it is not the start") {
    sw::Case c;
    c.reference_date = *sw::parse_iso_date("2026-12-03");
    c.course.costs[0] = 125000;
    const std::string text = sw::case_to_json(c, false);
    CHECK(text ==
          R"({"contract":1,"reference_date":"2026-12-03","person":{},"course":{"costs":{"tuition":1250}}})");
    CHECK(sw::case_to_json(read_back(text), false) == text);

    c.course.start_date = c.reference_date;
    c.course.costs[1] = 1050;
    CHECK(
        sw::case_to_json(c, false) ==
        R"({"contract":1,"person":{},"course":{"start_date":"2026-12-03","costs":{"tuition":1250,"exam":10.5}}})");
    CHECK(read_back(sw::case_to_json(c)).reference_date == c.reference_date);
}

TEST_CASE("stapelwijzer.h: the example at its top runs on the built-in rules") {
    std::vector<sw::Diagnostic> errors;
    auto catalogue = sw::load_catalogue(sw::rule_fragments(sw::builtin_rules_files()), errors);
    REQUIRE(catalogue);
    sw::Diagnostic error;
    const std::optional<sw::Case> c = sw::parse_case_json(
        R"({"contract":1,"person":{"age":42},"course":{"start_date":"2026-09-01","costs":{"tuition":1000}}})",
        *catalogue, error);
    REQUIRE(c);
    const sw::Result r = sw::evaluate(*catalogue, *c);
    const std::string json = sw::result_to_json(r, sw::RulesInfo{});
    CHECK(json.find("\"own_payment_cents\"") != std::string::npos);
    REQUIRE_FALSE(r.schemes.empty());
    CHECK_FALSE(sw::condition_trace(*catalogue, *c, r.schemes.front().id).empty());
}

TEST_CASE("case_to_json: the facts for real schemes read back the same (the app's exported case)") {
    J frag = fragment();
    frag["schemes"][0]["use_limit"] = J{{"per", "years"}, {"years", 3}};
    frag["schemes"][0]["budget"] = J{{"base", 800}, {"per_employee", 120}};
    frag["schemes"][0]["condition"] = leaf("course.on_course_list", "=", "fonds-lijst");
    std::vector<sw::Diagnostic> errors;
    auto cat = sw::load_catalogue(files(frag), errors);
    INFO(all(errors));
    REQUIRE(cat);

    sw::Case c = full_case();
    c.person.benefits = std::vector<std::string>{"ww", "wia"};
    c.person.years_in_sector = 12.5;
    c.person.years_at_employer = 2.5;  // equal to years_of_service, its old name
    c.person.weeks_in_sector = {{2021, 52}, {2022, 0}, {2025, 26}};
    c.person.employer_wage_bill = 1250000.5;
    c.person.uses["s-gift"] = sw::SchemeUse{2, 0, sw::parse_iso_date("2024-03-01")};
    c.person.budget_left["s-gift"] = 75050;
    c.course.category = "other";
    c.course.on_course_list = {{"fonds-lijst", true}, {"ander", false}};
    const std::string text = sw::case_to_json(c);
    sw::Diagnostic d;
    auto back = sw::parse_case_json(text, *cat, d);
    INFO(text);
    INFO(d.path + ": " + d.message);
    REQUIRE(back);
    CHECK(back->person.benefits == c.person.benefits);
    CHECK(back->person.years_in_sector == c.person.years_in_sector);
    CHECK(back->person.years_at_employer == c.person.years_at_employer);
    CHECK(back->person.weeks_in_sector == c.person.weeks_in_sector);
    CHECK(back->person.employer_wage_bill == c.person.employer_wage_bill);
    REQUIRE(back->person.uses.count("s-gift") == 1);
    CHECK(back->person.uses.at("s-gift").times == 2);
    CHECK(back->person.uses.at("s-gift").times_this_year == 0);
    CHECK(back->person.uses.at("s-gift").last_granted == c.person.uses.at("s-gift").last_granted);
    CHECK(back->person.budget_left == c.person.budget_left);
    CHECK(back->course.category == c.course.category);
    CHECK(back->course.on_course_list == c.course.on_course_list);
    CHECK(sw::case_to_json(*back) == text);
    // And the engine reads the same: the result of the read-back case is the original's.
    CHECK(sw::result_to_json(sw::evaluate(*cat, *back), sw::RulesInfo{}) ==
          sw::result_to_json(sw::evaluate(*cat, c), sw::RulesInfo{}));
}

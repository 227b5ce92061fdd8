// The rules and case JSON of the facts and limits for real schemes (issue 15): what loads, what is
// refused with which path, and the case fields (docs/rules-format.md, docs/contract.md).
#include "rules/unit-rules-json-fixture.h"

using namespace rulesio_test;

namespace {

J limited_fragment() {
    J f = fragment();
    J s = scheme("s-limited");
    s["formula"] = J{{"type", "fixed"}, {"amount", 1000}};
    s["condition"] = J{
        {"all", J::array({leaf("course.category", "not_in", J::array({"vca", "bhv", "ehbo"})),
                          leaf("course.on_course_list", "=", "fonds"),
                          leaf("person.benefits", "in", J::array({"bijstand", "wajong"})),
                          leaf("person.years_in_sector", ">=", 5), leaf("person.years_at_employer", ">=", 1),
                          leaf("person.min_weeks_in_sector_last_5_years", ">=", 26)})}};
    s["pro_rata"] = J{{"full_time_hours", 38}, {"min_hours", 12}};
    s["use_limit"] = J{{"per", "years"}, {"years", 3}};
    s["budget"] = J{{"base", 800}, {"per_employee", 120}};
    f["schemes"].push_back(s);
    return f;
}

std::shared_ptr<const sw::Catalogue> limited_catalogue() {
    std::vector<sw::Diagnostic> errors;
    auto c = sw::load_catalogue(files(limited_fragment()), errors);
    INFO(all(errors));
    REQUIRE(c);
    return c;
}

std::vector<sw::Diagnostic> errors_with(const char* field, J value) {
    J f = limited_fragment();
    f["schemes"][1][field] = std::move(value);
    return load_errors(files(f));
}

sw::Diagnostic case_error(const J& j) {
    auto cat = limited_catalogue();
    sw::Diagnostic d;
    auto c = sw::parse_case_json(j.dump(), *cat, d);
    REQUIRE_FALSE(c.has_value());
    return d;
}

J base_case() {
    return J{{"contract", 1},
             {"person", J{{"age", 42}}},
             {"course", J{{"start_date", "2026-09-01"}, {"costs", J{{"tuition", 2000}}}}}};
}

}  // namespace

TEST_CASE("real schemes json: pro_rata, use_limit, budget and the new facts load") {
    auto cat = limited_catalogue();
    const sw::SchemeSpec* s = cat->find_scheme("s-limited");
    REQUIRE(s);
    REQUIRE(s->limits.pro_rata);
    CHECK(s->limits.pro_rata->full_time_hours == 38);
    CHECK(s->limits.pro_rata->min_hours == 12);
    REQUIRE(s->limits.use_limit);
    CHECK(s->limits.use_limit->per == sw::UsePeriod::Years);
    CHECK(s->limits.use_limit->years == 3);
    CHECK(s->limits.use_limit->times == 1);
    REQUIRE(s->limits.budget);
    CHECK(s->limits.budget->base == 800);
    CHECK(s->limits.budget->per_employee == 120);
    CHECK_FALSE(cat->find_scheme("s-gift")->limits.use_limit.has_value());
}

TEST_CASE("real schemes json: bad limits are refused with the field's path") {
    REQUIRE_DIAG(errors_with("pro_rata", J{{"full_time_hours", 0}}),
                 "a.json: schemes[1].pro_rata.full_time_hours", "must be from 1 to 168");
    REQUIRE_DIAG(errors_with("pro_rata", J{{"full_time_hours", 38}, {"min_hours", 40}}),
                 "a.json: schemes[1].pro_rata.min_hours", "must be from 0 to 38");
    REQUIRE_DIAG(errors_with("pro_rata", J{{"full_time", 38}}), "a.json: schemes[1].pro_rata.full_time", "");
    REQUIRE_DIAG(errors_with("use_limit", J{{"per", "decade"}}), "a.json: schemes[1].use_limit.per",
                 "decade");
    REQUIRE_DIAG(errors_with("use_limit", J{{"per", "years"}}), "a.json: schemes[1].use_limit.years",
                 "required field is missing");
    REQUIRE_DIAG(errors_with("use_limit", J{{"per", "years"}, {"years", 3}, {"times", 2}}),
                 "a.json: schemes[1].use_limit.times", "must be 1");
    REQUIRE_DIAG(errors_with("use_limit", J{{"per", "career"}, {"years", 3}}),
                 "a.json: schemes[1].use_limit.years", "only per 'years'");
    REQUIRE_DIAG(errors_with("use_limit", J{{"per", "calendar_year"}, {"times", 0}}),
                 "a.json: schemes[1].use_limit.times", "");
    REQUIRE_DIAG(errors_with("budget", J{{"base", 800.005}}), "a.json: schemes[1].budget.base", "cents");
    REQUIRE_DIAG(errors_with("budget", J::object()), "a.json: schemes[1].budget", "needs base, per_employee");
    REQUIRE_DIAG(errors_with("budget", J{{"wage_bill_percent", 120}}),
                 "a.json: schemes[1].budget.wage_bill_percent", "must be from 0 to 100");
}

TEST_CASE("real schemes json: a loan cannot be pro rata or pay from a budget") {
    J f = limited_fragment();
    f["schemes"][1]["kind"] = "loan";
    f["schemes"][1]["formula"] = J{{"type", "loan"}};
    f["schemes"][1].erase("use_limit");
    const auto errors = load_errors(files(f));
    REQUIRE_DIAG(errors, "a.json: schemes[1].pro_rata", "only a gift or obligation");
    REQUIRE_DIAG(errors, "a.json: schemes[1].budget", "only a gift or obligation");
}

TEST_CASE("real schemes json: facts the engine sets and bad course list codes are refused in rules") {
    J f = fragment();
    f["schemes"][0]["condition"] = leaf("person.uses", "=", "x");
    REQUIRE_DIAG(load_errors(files(f)), "a.json: schemes[0].condition.fact",
                 "is set by a scheme's use_limit");
    f["schemes"][0]["condition"] = leaf("course.on_course_list", "=", "Not a code");
    REQUIRE_DIAG(load_errors(files(f)), "a.json: schemes[0].condition.value", "course list code");
    f["schemes"][0]["condition"] = leaf("person.benefits", "in", J::array({"uitkering"}));
    REQUIRE_DIAG(load_errors(files(f)), "a.json: schemes[0].condition.value[0]",
                 "is not a value of person.benefits");
    f["schemes"][0]["condition"] = leaf("course.category", "=", "forklift");
    REQUIRE_DIAG(load_errors(files(f)), "a.json: schemes[0].condition.value",
                 "is not a value of course.category");
}

TEST_CASE("real schemes json: the case's new fields are read") {
    J j = base_case();
    j["person"]["benefits"] = J::array({"ww", "wia"});
    j["person"]["years_in_sector"] = 12.5;
    j["person"]["years_at_employer"] = 3;
    j["person"]["weeks_in_sector"] = J{{"2021", 52}, {"2022", nullptr}, {"2025", 26}};
    j["person"]["employer_wage_bill"] = 1250000;
    j["person"]["uses"] =
        J{{"s-limited", J{{"times", 2}, {"times_this_year", 0}, {"last_granted", "2024-03-01"}}}};
    j["person"]["budget_left"] = J{{"s-limited", J::parse("750.50")}};
    j["course"]["category"] = "other";
    j["course"]["on_course_list"] = J{{"fonds", true}, {"otib", nullptr}};
    auto cat = limited_catalogue();
    sw::Diagnostic d;
    auto c = sw::parse_case_json(j.dump(), *cat, d);
    INFO(d.path + ": " + d.message);
    REQUIRE(c);
    CHECK(c->person.benefits == std::vector<std::string>{"ww", "wia"});
    CHECK(c->person.years_in_sector == 12.5);
    CHECK(c->person.years_at_employer == 3);
    CHECK(c->person.weeks_in_sector == std::map<int, int>{{2021, 52}, {2025, 26}});
    CHECK(c->person.employer_wage_bill == 1250000);
    REQUIRE(c->person.uses.count("s-limited"));
    CHECK(c->person.uses.at("s-limited").times == 2);
    CHECK(c->person.uses.at("s-limited").times_this_year == 0);
    CHECK(c->person.uses.at("s-limited").last_granted == sw::parse_iso_date("2024-03-01"));
    CHECK(c->person.budget_left.at("s-limited") == 75050);
    CHECK(c->course.category == std::optional<std::string>("other"));
    CHECK(c->course.on_course_list == std::map<std::string, bool>{{"fonds", true}});
}

TEST_CASE("real schemes json: bad case fields name their path") {
    auto with = [](const char* where, const char* key, J value) {
        J j = base_case();
        j[where][key] = std::move(value);
        return case_error(j);
    };
    auto check = [](const sw::Diagnostic& d, const char* path, const char* part) {
        INFO(d.path + ": " + d.message);
        CHECK(d.path == path);
        CHECK(d.message.find(part) != std::string::npos);
    };
    check(with("person", "benefits", "ww"), "person.benefits", "list of benefits");
    check(with("person", "benefits", J::array({"ww", "pension"})), "person.benefits[1]", "is not a benefit");
    check(with("person", "years_in_sector", -1), "person.years_in_sector", "must not be negative");
    check(with("person", "weeks_in_sector", J{{"last year", 30}}), "person.weeks_in_sector.last year",
          "calendar year");
    check(with("person", "weeks_in_sector", J{{"2024", 60}}), "person.weeks_in_sector.2024", "");
    check(with("person", "uses", J{{"nope", J{{"times", 1}}}}), "person.uses.nope", "is not a scheme");
    check(with("person", "uses", J{{"s-limited", J{{"times", -1}}}}), "person.uses.s-limited.times", "");
    check(with("person", "uses", J{{"s-limited", J{{"count", 1}}}}), "person.uses.s-limited.count", "");
    check(with("person", "budget_left", J{{"s-gift", 10}}), "person.budget_left.s-gift",
          "has no company budget");
    check(with("person", "budget_left", J{{"s-limited", 10.001}}), "person.budget_left.s-limited", "cents");
    check(with("course", "category", "forklift"), "course.category", "is not allowed");
    check(with("course", "on_course_list", J{{"fonds", "yes"}}), "course.on_course_list.fonds", "");
    J both = base_case();
    both["person"]["receives_ww"] = false;
    both["person"]["benefits"] = J::array({"ww"});
    check(case_error(both), "person.benefits", "lists ww, but receives_ww is false");
}

TEST_CASE("real schemes json: lint warns about a pro_rata that scales nothing") {
    J f = fragment();
    f["schemes"][0]["formula"] = J{{"type", "percentage"}, {"percent", 50}};
    f["schemes"][0]["pro_rata"] = J{{"full_time_hours", 40}};
    std::vector<sw::Diagnostic> errors;
    auto cat = sw::load_catalogue(files(f), errors);
    INFO(all(errors));
    REQUIRE(cat);
    const auto warnings = sw::lint_catalogue(*cat);
    REQUIRE_DIAG(warnings, "base: schemes[0].pro_rata", "scales nothing");
}

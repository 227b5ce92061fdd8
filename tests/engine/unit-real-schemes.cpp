// Facts and limits for real schemes (issue 15): pro rata by hours, use limits, company budgets,
// course categories and course lists, benefits beyond WW, years in the sector / at the employer
// and weeks per year. docs/engine.md "Pro rata, use limits, company budgets".
#include "engine/spec_builders.h"
#include "stapelwijzer/budget.h"

using namespace spec;
using sw::Fact;
using sw::Op;

namespace {

const sw::Contribution* paid(const sw::Plan& p, const std::string& id) {
    for (const auto& c : p.contributions)
        if (c.scheme == id) return &c;
    return nullptr;
}
sw::Cents amount_of(const sw::Plan& p, const std::string& id) {
    const sw::Contribution* c = paid(p, id);
    return c ? c->amount : 0;
}
sw::Status status_of(const sw::Result& r, const std::string& id) {
    const sw::SchemeResult* s = find(r, id);
    REQUIRE(s);
    return s->status;
}
bool asks(const sw::Result& r, const std::string& fact, sw::Cents* at_stake = nullptr) {
    for (const auto& q : r.questions)
        if (q.fact == fact) {
            if (at_stake) *at_stake = q.at_stake;
            return true;
        }
    return false;
}
std::string all_reasons(const sw::Result& r, const std::string& id) {
    std::string out;
    for (const auto& reason : find(r, id)->reasons) out += reason.text.nl + " | " + reason.text.en + "\n";
    return out;
}

sw::SchemeSpec fte_scheme(double full_time, std::optional<double> min_hours) {
    auto s = scheme("fte", 1000);
    s.limits.pro_rata = sw::ProRata{full_time, min_hours};
    return s;
}

}  // namespace

TEST_CASE("pro rata: the amount scales with the hours, rounded down to whole cents, at most full time") {
    auto cat = compile(catalogue({fte_scheme(38, std::nullopt)}));
    auto c = blank_case();
    c.person.hours_per_week = 33;  // 1000 x 33 / 38 = 868.421...
    CHECK(amount_of(sw::evaluate(*cat, c).plan, "fte") == 86842);
    c.person.hours_per_week = 19;
    CHECK(amount_of(sw::evaluate(*cat, c).plan, "fte") == 50000);
    c.person.hours_per_week = 45;  // more than full time: the full amount, never more
    CHECK(amount_of(sw::evaluate(*cat, c).plan, "fte") == 100000);
    c.person.hours_per_week = 0;
    CHECK(amount_of(sw::evaluate(*cat, c).plan, "fte") == 0);
}

TEST_CASE("pro rata scales a percentage formula's cap, not its percentage") {
    auto s = scheme("half", 0);
    s.formula.type = sw::FormulaType::Percentage;
    s.formula.amount = {};
    s.formula.percent = amount(50);
    s.formula.cap = sw::Cap{amount(800), sw::CapPeriod::Course};
    s.limits.pro_rata = sw::ProRata{40, std::nullopt};
    auto cat = compile(catalogue({s}));
    auto c = blank_case();  // 2,000 tuition: 50 % = 1,000, cap 800 x 20/40 = 400
    c.person.hours_per_week = 20;
    CHECK(amount_of(sw::evaluate(*cat, c).plan, "half") == 40000);
    c.person.hours_per_week = 40;
    CHECK(amount_of(sw::evaluate(*cat, c).plan, "half") == 80000);
}

TEST_CASE("pro rata with unknown hours: the plan takes the lowest, questions and best case the highest") {
    SECTION("without minimum: eligible, the plan counts 0, the best case the full amount") {
        auto cat = compile(catalogue({fte_scheme(40, std::nullopt)}));
        auto r = sw::evaluate(*cat, blank_case());
        CHECK(status_of(r, "fte") == sw::Status::Eligible);
        CHECK(amount_of(r.plan, "fte") == 0);
        CHECK(amount_of(r.best_case_plan, "fte") == 100000);
    }
    SECTION("with a minimum: possible, asked with the full amount at stake") {
        auto cat = compile(catalogue({fte_scheme(40, 12)}));
        auto r = sw::evaluate(*cat, blank_case());
        CHECK(status_of(r, "fte") == sw::Status::Possible);
        sw::Cents at_stake = 0;
        CHECK(asks(r, "person.hours_per_week", &at_stake));
        CHECK(at_stake == 100000);
        CHECK(amount_of(r.best_case_plan, "fte") == 100000);
    }
}

TEST_CASE("pro rata minimum hours: below it the scheme does not apply, with the reason") {
    auto cat = compile(catalogue({fte_scheme(40, 12)}));
    auto c = blank_case();
    c.person.hours_per_week = 10;
    auto r = sw::evaluate(*cat, c);
    CHECK(status_of(r, "fte") == sw::Status::Ineligible);
    CHECK(all_reasons(r, "fte").find("U werkt 10 uur per week. Deze regeling is er vanaf 12 uur per week.") !=
          std::string::npos);
    c.person.hours_per_week = 12;
    r = sw::evaluate(*cat, c);
    CHECK(status_of(r, "fte") == sw::Status::Eligible);
    CHECK(amount_of(r.plan, "fte") == 30000);
}

TEST_CASE("use limit once per N years: allowed again N years after the last grant") {
    auto s = scheme("every3", 500);
    s.limits.use_limit = sw::UseLimit{1, sw::UsePeriod::Years, 3};
    auto cat = compile(catalogue({s}));
    auto c = blank_case("2026-09-01");
    c.person.uses["every3"].last_granted = date("2024-01-15");
    auto r = sw::evaluate(*cat, c);
    CHECK(status_of(r, "every3") == sw::Status::Ineligible);
    CHECK(all_reasons(r, "every3").find("één keer per 3 jaar") != std::string::npos);
    c.person.uses["every3"].last_granted = date("2023-09-01");  // exactly three years
    CHECK(status_of(sw::evaluate(*cat, c), "every3") == sw::Status::Eligible);
    c.person.uses["every3"] = sw::SchemeUse{0, std::nullopt, std::nullopt};  // never used
    CHECK(status_of(sw::evaluate(*cat, c), "every3") == sw::Status::Eligible);
    c.person.uses["every3"] = sw::SchemeUse{2, std::nullopt, std::nullopt};  // used, date unknown
    r = sw::evaluate(*cat, c);
    CHECK(status_of(r, "every3") == sw::Status::Possible);
    CHECK(asks(r, "person.uses"));
}

TEST_CASE("use limit k times per calendar year and once per career") {
    auto yearly = scheme("twice-a-year", 300);
    yearly.limits.use_limit = sw::UseLimit{2, sw::UsePeriod::CalendarYear, 0};
    auto career = scheme("once-ever", 400);
    career.limits.use_limit = sw::UseLimit{1, sw::UsePeriod::Career, 0};
    auto cat = compile(catalogue({yearly, career}));
    auto c = blank_case("2026-09-01");
    auto r = sw::evaluate(*cat, c);
    CHECK(status_of(r, "twice-a-year") == sw::Status::Possible);  // unknown means possible
    CHECK(status_of(r, "once-ever") == sw::Status::Possible);
    CHECK(amount_of(r.best_case_plan, "once-ever") == 40000);  // the best case counts it
    c.person.uses["twice-a-year"].times_this_year = 1;
    c.person.uses["once-ever"].times = 1;
    r = sw::evaluate(*cat, c);
    CHECK(status_of(r, "twice-a-year") == sw::Status::Eligible);
    CHECK(status_of(r, "once-ever") == sw::Status::Ineligible);
    c.person.uses["twice-a-year"].times_this_year = 2;
    CHECK(status_of(sw::evaluate(*cat, c), "twice-a-year") == sw::Status::Ineligible);
    c.person.uses["twice-a-year"] = sw::SchemeUse{5, std::nullopt, date("2025-12-31")};  // not this year
    CHECK(status_of(sw::evaluate(*cat, c), "twice-a-year") == sw::Status::Eligible);
}

TEST_CASE("company budget: what is left limits the amount; unknown means possible, at most the pot") {
    auto s = scheme("osr", 1500);
    s.applicant = sw::Applicant::Employer;
    s.limits.budget = sw::CompanyBudget{800, 120, 0};
    auto cat = compile(catalogue({s}));
    auto c = blank_case();
    c.person.employer_size = 10;  // pot 800 + 1,200 = 2,000
    CHECK(sw::budget_pot(*cat, c, "osr") == 200000);
    auto r = sw::evaluate(*cat, c);
    CHECK(status_of(r, "osr") == sw::Status::Possible);
    sw::Cents at_stake = 0;
    CHECK(asks(r, "person.budget_left", &at_stake));
    CHECK(at_stake == 150000);
    CHECK(amount_of(r.best_case_plan, "osr") == 150000);
    c.person.budget_left["osr"] = 30000;
    r = sw::evaluate(*cat, c);
    CHECK(status_of(r, "osr") == sw::Status::Eligible);
    CHECK(amount_of(r.plan, "osr") == 30000);
    c.person.budget_left["osr"] = 0;
    r = sw::evaluate(*cat, c);
    CHECK(status_of(r, "osr") == sw::Status::Ineligible);
    CHECK(all_reasons(r, "osr").find("jaarbudget van uw werkgever") != std::string::npos);
}

TEST_CASE("company budget: the pot's formula, and a pot too small for the course") {
    auto s = scheme("pot", 5000);
    s.limits.budget = sw::CompanyBudget{0, 0, 0.5};  // 0.5 % of the wage bill
    auto cat = compile(catalogue({s}));
    auto c = blank_case();
    CHECK_FALSE(sw::budget_pot(*cat, c, "pot").has_value());  // wage bill unknown
    CHECK_FALSE(sw::budget_pot(*cat, c, "no-such-scheme").has_value());
    c.person.employer_wage_bill = 123456.78;
    CHECK(sw::budget_pot(*cat, c, "pot") == 61728);  // 617.2839 euro, rounded down
    // The best case takes the whole pot when nothing is said about what is left.
    auto r = sw::evaluate(*cat, c);
    CHECK(amount_of(r.best_case_plan, "pot") == 61728);
}

TEST_CASE("course category excludes legally required safety courses; unknown means possible") {
    auto s = scheme("no-safety", 700);
    s.condition = leaf_in(Fact::CourseCategory, {"vca", "bhv", "ehbo", "safety_other", "code95"}, Op::NotIn);
    auto cat = compile(catalogue({s}));
    auto c = blank_case();
    CHECK(status_of(sw::evaluate(*cat, c), "no-safety") == sw::Status::Possible);
    c.course.category = "bhv";
    auto r = sw::evaluate(*cat, c);
    CHECK(status_of(r, "no-safety") == sw::Status::Ineligible);
    CHECK(all_reasons(r, "no-safety").find("BHV") != std::string::npos);
    c.course.category = "other";
    CHECK(status_of(sw::evaluate(*cat, c), "no-safety") == sw::Status::Eligible);
}

TEST_CASE("course list: per fund, unknown means possible") {
    auto on = scheme("on-list", 600);
    on.condition = leaf(Fact::CourseOnCourseList, Op::Eq, "oom");
    auto off = scheme("not-on-list", 200);
    off.condition = leaf(Fact::CourseOnCourseList, Op::Ne, "oom");
    auto either = scheme("either-list", 100);
    either.condition = leaf_in(Fact::CourseOnCourseList, {"oom", "otib"});
    auto cat = compile(catalogue({on, off, either}));
    auto c = blank_case();
    auto r = sw::evaluate(*cat, c);
    CHECK(status_of(r, "on-list") == sw::Status::Possible);
    CHECK(asks(r, "course.on_course_list"));
    c.course.on_course_list["oom"] = true;
    r = sw::evaluate(*cat, c);
    CHECK(status_of(r, "on-list") == sw::Status::Eligible);
    CHECK(status_of(r, "not-on-list") == sw::Status::Ineligible);
    CHECK(status_of(r, "either-list") == sw::Status::Eligible);
    c.course.on_course_list["oom"] = false;
    r = sw::evaluate(*cat, c);
    CHECK(status_of(r, "on-list") == sw::Status::Ineligible);
    CHECK(status_of(r, "not-on-list") == sw::Status::Eligible);
    CHECK(status_of(r, "either-list") == sw::Status::Possible);  // otib still unknown
    c.course.on_course_list["otib"] = false;
    CHECK(status_of(sw::evaluate(*cat, c), "either-list") == sw::Status::Ineligible);
    c.course.on_course_list["otib"] = true;
    CHECK(status_of(sw::evaluate(*cat, c), "either-list") == sw::Status::Eligible);
}

TEST_CASE("benefits: a set beyond WW, and receives_ww keeps working") {
    auto bijstand = scheme("gemeente", 900);
    bijstand.condition = leaf_in(Fact::PersonBenefits, {"bijstand", "wajong"});
    auto ww = scheme("uwv-ww", 800);
    ww.condition = leaf_bool(Fact::PersonReceivesWw, true);
    auto none = scheme("no-benefit", 100);
    none.condition =
        leaf_in(Fact::PersonBenefits, {"ww", "bijstand", "wia", "wajong", "ziektewet"}, Op::NotIn);
    auto cat = compile(catalogue({bijstand, ww, none}));
    auto c = blank_case();
    auto r = sw::evaluate(*cat, c);
    CHECK(status_of(r, "gemeente") == sw::Status::Possible);
    c.person.benefits = std::vector<std::string>{"ww", "wia"};  // WW and WGA at once
    r = sw::evaluate(*cat, c);
    CHECK(status_of(r, "gemeente") == sw::Status::Ineligible);
    CHECK(status_of(r, "uwv-ww") == sw::Status::Eligible);  // receives_ww follows from benefits
    CHECK(status_of(r, "no-benefit") == sw::Status::Ineligible);
    CHECK(all_reasons(r, "gemeente").find("‘WW-uitkering’ en ‘WIA-uitkering’") != std::string::npos);
    c.person.benefits = std::vector<std::string>{};
    r = sw::evaluate(*cat, c);
    CHECK(status_of(r, "no-benefit") == sw::Status::Eligible);
    CHECK(status_of(r, "uwv-ww") == sw::Status::Ineligible);
    // receives_ww alone: the benefits set stays unknown.
    c.person.benefits.reset();
    c.person.receives_ww = true;
    r = sw::evaluate(*cat, c);
    CHECK(status_of(r, "uwv-ww") == sw::Status::Eligible);
    CHECK(status_of(r, "gemeente") == sw::Status::Possible);
}

TEST_CASE("benefits and receives_ww must agree") {
    auto cat = compile(catalogue({scheme("a")}));
    auto c = blank_case();
    c.person.receives_ww = true;
    c.person.benefits = std::vector<std::string>{"bijstand"};
    auto bad = sw::check_case(*cat, c);
    REQUIRE(bad);
    CHECK(bad->path == "person.benefits");
    c.person.benefits = std::vector<std::string>{"ww", "uitkering"};
    bad = sw::check_case(*cat, c);
    REQUIRE(bad);
    CHECK(bad->path == "person.benefits[1]");
}

TEST_CASE("years in the sector and at the employer; years_of_service is the old name of the latter") {
    auto employer = scheme("loyal", 300);
    employer.condition = leaf(Fact::PersonYearsAtEmployer, Op::Ge, 2);
    auto old_name = scheme("old-rule", 200);
    old_name.condition = leaf(Fact::PersonYearsOfService, Op::Ge, 2);
    auto sector = scheme("sector-veteran", 400);
    sector.condition = leaf(Fact::PersonYearsInSector, Op::Ge, 5);
    auto cat = compile(catalogue({employer, old_name, sector}));
    auto c = blank_case();
    c.person.years_of_service = 3;
    auto r = sw::evaluate(*cat, c);
    CHECK(status_of(r, "loyal") == sw::Status::Eligible);
    CHECK(status_of(r, "old-rule") == sw::Status::Eligible);
    CHECK(status_of(r, "sector-veteran") ==
          sw::Status::Possible);  // years at the employer say nothing of the sector
    c.person.years_of_service.reset();
    c.person.years_at_employer = 1;
    c.person.years_in_sector = 12;
    r = sw::evaluate(*cat, c);
    CHECK(status_of(r, "loyal") == sw::Status::Ineligible);
    CHECK(status_of(r, "old-rule") == sw::Status::Ineligible);
    CHECK(status_of(r, "sector-veteran") == sw::Status::Eligible);
    c.person.years_of_service = 4;  // two different values for one fact
    auto bad = sw::check_case(*cat, c);
    REQUIRE(bad);
    CHECK(bad->path == "person.years_at_employer");
}

TEST_CASE("at least 26 weeks in each of the last five years: the fewest weeks over five calendar years") {
    auto s = scheme("steady", 500);
    s.condition = leaf(Fact::PersonMinWeeksInSector5y, Op::Ge, 26);
    auto cat = compile(catalogue({s}));
    auto c = blank_case("2026-09-01");
    c.person.weeks_in_sector = {{2021, 52}, {2022, 30}, {2023, 26}, {2024, 40}, {2025, 52}, {2026, 3}};
    CHECK(status_of(sw::evaluate(*cat, c), "steady") == sw::Status::Eligible);  // 2026 itself does not count
    c.person.weeks_in_sector[2022] = 25;
    CHECK(status_of(sw::evaluate(*cat, c), "steady") == sw::Status::Ineligible);
    c.person.weeks_in_sector.erase(2021);
    c.person.weeks_in_sector[2022] = 30;
    auto r = sw::evaluate(*cat, c);
    CHECK(status_of(r, "steady") == sw::Status::Possible);  // 2021 missing
    CHECK(asks(r, "person.min_weeks_in_sector_last_5_years"));
}

TEST_CASE("limits are validated when the catalogue compiles") {
    auto bad_fte = fte_scheme(0, std::nullopt);
    auto bad_min = fte_scheme(38, 40.0);
    auto bad_use = scheme("use");
    bad_use.limits.use_limit = sw::UseLimit{2, sw::UsePeriod::Years, 0};
    auto bad_budget = scheme("budget");
    bad_budget.limits.budget = sw::CompanyBudget{0, 0, 0};
    bad_min.id = "fte-min";
    auto rule_on_internal = scheme("internal");
    rule_on_internal.condition = leaf(Fact::PersonUses, Op::Eq, "x");
    auto bad_list = scheme("list");
    bad_list.condition = leaf(Fact::CourseOnCourseList, Op::Eq, "Not Kebab");
    const auto errors =
        errors_of(catalogue({bad_fte, bad_min, bad_use, bad_budget, rule_on_internal, bad_list}));
    std::string all;
    for (const auto& e : errors) all += e.path + ": " + e.message + "\n";
    INFO(all);
    CHECK(all.find("schemes[0].pro_rata.full_time_hours: must be above 0") != std::string::npos);
    CHECK(all.find("schemes[1].pro_rata.min_hours: must be from 0 to full_time_hours") != std::string::npos);
    CHECK(all.find("schemes[2].use_limit.years: must be a whole number from 1 to 100") != std::string::npos);
    CHECK(all.find("schemes[2].use_limit.times: must be 1") != std::string::npos);
    CHECK(all.find("schemes[3].budget: needs base, per_employee or wage_bill_percent") != std::string::npos);
    CHECK(all.find("schemes[4].condition.fact: person.uses is set by a scheme's use_limit") !=
          std::string::npos);
    CHECK(all.find("schemes[5].condition.value: a course list code must be kebab-case") != std::string::npos);
}

TEST_CASE("catalogues without the new fields give the same results as before (contract 1 unchanged)") {
    // A scheme with a use limit next to one without: the plain one's reasons carry no limit text.
    auto plain = scheme("plain", 300);
    plain.condition = leaf(Fact::PersonAge, Op::Le, 60);
    auto limited = scheme("limited", 300);
    limited.limits.use_limit = sw::UseLimit{1, sw::UsePeriod::Career, 0};
    auto cat = compile(catalogue({plain, limited}));
    auto c = blank_case();
    c.person.age = 40;
    auto r = sw::evaluate(*cat, c);
    REQUIRE(find(r, "plain")->reasons.size() == 1);
    CHECK(find(r, "plain")->reasons[0].facts == std::vector<std::string>{"person.age"});
}

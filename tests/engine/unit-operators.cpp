// Every operator on every kind of fact, through evaluate() with a one-leaf scheme.
#include "engine/spec_builders.h"

using namespace spec;
using sw::Fact;
using sw::Op;
using sw::Status;

namespace {

// Status of a scheme whose whole condition is `c`, for the case `k`.
Status status_of(const sw::Condition& c, const sw::Case& k) {
    auto s = scheme("s");
    s.condition = c;
    auto cat = compile(catalogue({s}));
    REQUIRE_FALSE(sw::check_case(*cat, k));
    sw::EvaluateOptions o;
    o.best_case = false;
    return sw::evaluate(*cat, k, o).schemes.at(0).status;
}

sw::Case aged(int age) {
    auto k = blank_case();
    k.person.age = age;
    return k;
}

}  // namespace

TEST_CASE("numeric comparisons") {
    CHECK(status_of(leaf(Fact::PersonAge, Op::Eq, 42), aged(42)) == Status::Eligible);
    CHECK(status_of(leaf(Fact::PersonAge, Op::Eq, 42), aged(43)) == Status::Ineligible);
    CHECK(status_of(leaf(Fact::PersonAge, Op::Ne, 42), aged(43)) == Status::Eligible);
    CHECK(status_of(leaf(Fact::PersonAge, Op::Lt, 55), aged(54)) == Status::Eligible);
    CHECK(status_of(leaf(Fact::PersonAge, Op::Lt, 55), aged(55)) == Status::Ineligible);
    CHECK(status_of(leaf(Fact::PersonAge, Op::Le, 55), aged(55)) == Status::Eligible);
    CHECK(status_of(leaf(Fact::PersonAge, Op::Gt, 17), aged(18)) == Status::Eligible);
    CHECK(status_of(leaf(Fact::PersonAge, Op::Gt, 18), aged(18)) == Status::Ineligible);
    CHECK(status_of(leaf(Fact::PersonAge, Op::Ge, 18), aged(18)) == Status::Eligible);
    CHECK(status_of(leaf(Fact::PersonAge, Op::Ge, 18), aged(17)) == Status::Ineligible);
    auto in = leaf(Fact::PersonAge, Op::In, std::vector<sw::Scalar>{20.0, 30.0});
    CHECK(status_of(in, aged(30)) == Status::Eligible);
    CHECK(status_of(in, aged(25)) == Status::Ineligible);
    in.op = Op::NotIn;
    CHECK(status_of(in, aged(25)) == Status::Eligible);
    auto k = blank_case();
    k.person.hours_per_week = 15.5;
    CHECK(status_of(leaf(Fact::PersonHoursPerWeek, Op::Ge, 16), k) == Status::Ineligible);
    k.person.hours_per_week = 16.0;
    CHECK(status_of(leaf(Fact::PersonHoursPerWeek, Op::Ge, 16), k) == Status::Eligible);
}

TEST_CASE("enumerations, sectors, municipalities and booleans") {
    auto k = blank_case();
    k.person.employment = "employee";
    k.person.sector = "bakkerij";
    k.person.municipality = "Enschede";
    k.person.receives_ww = false;
    CHECK(status_of(leaf(Fact::PersonEmployment, Op::Eq, "employee"), k) == Status::Eligible);
    CHECK(status_of(leaf(Fact::PersonEmployment, Op::Ne, "employee"), k) == Status::Ineligible);
    CHECK(status_of(leaf_in(Fact::PersonEmployment, {"jobseeker", "employee"}), k) == Status::Eligible);
    CHECK(status_of(leaf_in(Fact::PersonEmployment, {"jobseeker", "student"}), k) == Status::Ineligible);
    CHECK(status_of(leaf_in(Fact::PersonEmployment, {"jobseeker"}, Op::NotIn), k) == Status::Eligible);
    CHECK(status_of(leaf(Fact::PersonSector, Op::Eq, "bakkerij"), k) == Status::Eligible);
    CHECK(status_of(leaf(Fact::PersonSector, Op::Eq, "horeca"), k) == Status::Ineligible);
    CHECK(status_of(leaf_in(Fact::PersonMunicipality, {"Almelo", "Enschede"}), k) == Status::Eligible);
    // A municipality no rule names is simply not in any list.
    k.person.municipality = "Utrecht";
    CHECK(status_of(leaf_in(Fact::PersonMunicipality, {"Almelo", "Enschede"}), k) == Status::Ineligible);
    CHECK(status_of(leaf_in(Fact::PersonMunicipality, {"Almelo"}, Op::NotIn), k) == Status::Eligible);
    CHECK(status_of(leaf_bool(Fact::PersonReceivesWw, false), k) == Status::Eligible);
    CHECK(status_of(leaf_bool(Fact::PersonReceivesWw, true), k) == Status::Ineligible);
}

TEST_CASE("course.quality is a set: in = any of, not_in = none of, = contains, != does not contain") {
    auto k = blank_case();
    k.course.quality = std::vector<std::string>{"nrto", "evc"};
    CHECK(status_of(leaf_in(Fact::CourseQuality, {"ocw", "nrto"}), k) == Status::Eligible);
    CHECK(status_of(leaf_in(Fact::CourseQuality, {"ocw", "branch"}), k) == Status::Ineligible);
    CHECK(status_of(leaf_in(Fact::CourseQuality, {"ocw", "branch"}, Op::NotIn), k) == Status::Eligible);
    CHECK(status_of(leaf_in(Fact::CourseQuality, {"ocw", "evc"}, Op::NotIn), k) == Status::Ineligible);
    CHECK(status_of(leaf(Fact::CourseQuality, Op::Eq, "evc"), k) == Status::Eligible);
    CHECK(status_of(leaf(Fact::CourseQuality, Op::Ne, "evc"), k) == Status::Ineligible);
    k.course.quality = std::vector<std::string>{};  // known: no quality mark at all
    CHECK(status_of(leaf_in(Fact::CourseQuality, {"ocw", "nrto"}), k) == Status::Ineligible);
    CHECK(status_of(leaf_in(Fact::CourseQuality, {"ocw"}, Op::NotIn), k) == Status::Eligible);
}

TEST_CASE("date comparisons on the course start") {
    auto k = blank_case("2026-09-01");
    k.course.start_date = date("2026-08-31");
    CHECK(status_of(leaf(Fact::CourseStartDate, Op::Lt, std::vector<sw::Scalar>{date("2026-09-01")}), k) == Status::Eligible);
    CHECK(status_of(leaf(Fact::CourseStartDate, Op::Ge, std::vector<sw::Scalar>{date("2026-09-01")}), k) == Status::Ineligible);
    CHECK(status_of(leaf(Fact::CourseStartDate, Op::Eq, std::vector<sw::Scalar>{date("2026-08-31")}), k) == Status::Eligible);
}

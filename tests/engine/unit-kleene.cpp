// Three-valued logic (Kleene), statuses, discretionary schemes and the reasons given.
#include "engine/spec_builders.h"

using namespace spec;
using sw::Fact;
using sw::Op;
using sw::Status;

namespace {

// T: age = 42 (true for the case), F: sector = horeca (false), U: ww (unknown).
sw::Condition T() { return leaf(Fact::PersonAge, Op::Eq, 42); }
sw::Condition F() { return leaf(Fact::PersonSector, Op::Eq, "horeca"); }
sw::Condition U() { return leaf_bool(Fact::PersonReceivesWw, true); }

sw::Case the_case() {
    auto k = blank_case();
    k.person.age = 42;
    k.person.sector = "bakkerij";
    return k;
}

sw::SchemeResult result_of(const sw::Condition& c, bool discretionary = false) {
    auto s = scheme("s");
    s.condition = c;
    s.discretionary = discretionary;
    auto cat = compile(catalogue({s}));
    return sw::evaluate(*cat, the_case()).schemes.at(0);
}

Status status_of(const sw::Condition& c) { return result_of(c).status; }

}  // namespace

TEST_CASE("all: false if any child is false, else unknown if any is unknown") {
    CHECK(status_of(all({})) == Status::Eligible);
    CHECK(status_of(all({T(), T()})) == Status::Eligible);
    CHECK(status_of(all({T(), U()})) == Status::Possible);
    CHECK(status_of(all({U(), F()})) == Status::Ineligible);
    CHECK(status_of(all({F(), T()})) == Status::Ineligible);
}

TEST_CASE("any: true if any child is true, else unknown if any is unknown") {
    CHECK(status_of(any({})) == Status::Ineligible);
    CHECK(status_of(any({F(), T()})) == Status::Eligible);
    CHECK(status_of(any({U(), T()})) == Status::Eligible);
    CHECK(status_of(any({F(), U()})) == Status::Possible);
    CHECK(status_of(any({F(), F()})) == Status::Ineligible);
}

TEST_CASE("not: flips true and false, keeps unknown") {
    CHECK(status_of(not_(T())) == Status::Ineligible);
    CHECK(status_of(not_(F())) == Status::Eligible);
    CHECK(status_of(not_(U())) == Status::Possible);
    CHECK(status_of(not_(any({F(), U()}))) == Status::Possible);
    CHECK(status_of(not_(all({T(), F()}))) == Status::Eligible);
}

TEST_CASE("a discretionary scheme is at best possible") {
    auto r = result_of(all({T()}), true);
    CHECK(r.status == Status::Possible);
    CHECK(r.deciding_facts.empty());
    REQUIRE(r.reasons.size() == 2);
    CHECK(r.reasons.back().text.nl.find("beslist") != std::string::npos);
    CHECK(result_of(all({F()}), true).status == Status::Ineligible);
    CHECK(result_of(all({U()}), true).status == Status::Possible);
}

TEST_CASE("reasons name the deciding leaves with the template filled") {
    auto t = T();
    t.explain = {"U bent {value}; grens {limit} ({fact}).", "You are {value}; limit {limit} ({fact})."};
    auto f = F();
    f.explain = {"Sector {value}, niet {limit}.", "Sector {value}, not {limit}."};
    auto r = result_of(all({t, f}));
    CHECK(r.status == Status::Ineligible);
    REQUIRE(r.reasons.size() == 1);  // only the false leaf decided it
    CHECK(r.reasons[0].text.nl == "Sector bakkerij, niet horeca.");
    CHECK(r.reasons[0].facts == std::vector<std::string>{"person.sector"});
    r = result_of(all({t}));
    REQUIRE(r.reasons.size() == 1);
    CHECK(r.reasons[0].text.nl == "U bent 42; grens 42 (uw leeftijd).");
    CHECK(r.reasons[0].text.en == "You are 42; limit 42 (your age).");
    // any true: the first true child is the reason.
    r = result_of(any({f, t}));
    REQUIRE(r.reasons.size() == 1);
    CHECK(r.reasons[0].facts == std::vector<std::string>{"person.age"});
}

TEST_CASE("a possible scheme names the unknown facts that decide it") {
    auto r = result_of(all({T(), any({F(), U(), leaf(Fact::CourseNlqfLevel, Op::Le, 4)})}));
    CHECK(r.status == Status::Possible);
    CHECK(r.deciding_facts == std::vector<std::string>{"course.nlqf_level", "person.receives_ww"});
    REQUIRE_FALSE(r.reasons.empty());
    CHECK(r.reasons[0].text.nl.find("Dit hangt nog af van") == 0);
    CHECK(r.reasons[0].facts == r.deciding_facts);
    // An unknown leaf under an `any` that is already true decides nothing.
    r = result_of(all({U(), any({T(), leaf(Fact::CourseNlqfLevel, Op::Le, 4)})}));
    CHECK(r.deciding_facts == std::vector<std::string>{"person.receives_ww"});
}

TEST_CASE("contract values appear in plain words, numbers with a decimal comma in Dutch") {
    auto s = scheme("s");
    s.condition = all({leaf(Fact::PersonEmployment, Op::Eq, "employee"), leaf(Fact::PersonYearsOfService, Op::Ge, 1)});
    auto cat = compile(catalogue({s}));
    auto k = blank_case();
    k.person.employment = "jobseeker";
    k.person.years_of_service = 2.5;
    auto r = sw::evaluate(*cat, k).schemes.at(0);
    REQUIRE(r.reasons.size() == 1);
    CHECK(r.reasons[0].text.nl == "uw situatie op het werk: werkzoekende, grens werknemer");
    CHECK(r.reasons[0].text.en == "your work situation: job seeker, limit employee");
    k.person.employment = "employee";
    r = sw::evaluate(*cat, k).schemes.at(0);
    REQUIRE(r.reasons.size() == 2);
    CHECK(r.reasons[1].text.nl == "uw aantal jaren in dienst: 2,5, grens 1");
    CHECK(r.reasons[1].text.en == "your years of service: 2.5, limit 1");
}

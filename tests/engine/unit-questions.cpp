// Questions: unknown facts of relevant leaves of possible schemes, at_stake from the gift schemes'
// potential, ranked by at_stake then path.
#include "engine/spec_builders.h"

using namespace spec;
using sw::Fact;
using sw::Op;

namespace {

const sw::Question* question(const sw::Result& r, const std::string& fact) {
    for (const auto& q : r.questions) {
        if (q.fact == fact) return &q;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("questions are ranked by what is at stake, then by path") {
    auto big = scheme("big", 1500);
    big.condition = all({leaf(Fact::PersonSector, Op::Eq, "bakkerij"), leaf(Fact::PersonAge, Op::Le, 55)});
    auto small = scheme("small", 300);
    small.condition = leaf_bool(Fact::PersonReceivesWw, true);
    auto service = scheme("advice");
    service.kind = sw::Kind::Service;
    service.formula = {};
    service.covers = {};
    service.condition = leaf(Fact::CourseTopic, Op::Eq, "digital");
    auto cat = compile(catalogue({big, small, service}));
    auto r = sw::evaluate(*cat, blank_case());
    REQUIRE(r.questions.size() == 4);
    CHECK(r.questions[0].fact == "person.age");
    CHECK(r.questions[0].at_stake == 150000);
    CHECK(r.questions[1].fact == "person.sector");
    CHECK(r.questions[1].at_stake == 150000);
    CHECK(r.questions[2].fact == "person.receives_ww");
    CHECK(r.questions[2].at_stake == 30000);
    CHECK(r.questions[3].fact == "course.topic");  // only a service: listed, nothing at stake
    CHECK(r.questions[3].at_stake == 0);
    CHECK(r.questions[3].schemes == std::vector<std::string>{"advice"});
}

TEST_CASE("only relevant leaves ask: no question below a decided any or all") {
    auto s = scheme("s", 500);
    // any(sector = bakkerij [true], ww) is already true: ww does not matter.
    // all(age >= 18 [unknown], topic = digital) inside an any with nlqf: asks age, topic, nlqf.
    s.condition = all({any({leaf(Fact::PersonSector, Op::Eq, "bakkerij"), leaf_bool(Fact::PersonReceivesWw, true)}),
                       any({all({leaf(Fact::PersonAge, Op::Ge, 18), leaf(Fact::CourseTopic, Op::Eq, "digital")}),
                            leaf(Fact::CourseNlqfLevel, Op::Le, 2)})});
    auto cat = compile(catalogue({s}));
    auto k = blank_case();
    k.person.sector = "bakkerij";
    auto r = sw::evaluate(*cat, k);
    CHECK_FALSE(question(r, "person.receives_ww"));
    CHECK(question(r, "person.age"));
    CHECK(question(r, "course.topic"));
    CHECK(question(r, "course.nlqf_level"));
    // Once the topic is known to be wrong, age no longer matters (its `all` is false).
    k.course.topic = "care";
    r = sw::evaluate(*cat, k);
    CHECK_FALSE(question(r, "person.age"));
    CHECK(question(r, "course.nlqf_level"));
}

TEST_CASE("at_stake is the scheme's potential: percentage, cap and used applied") {
    auto p = scheme("pct");
    p.formula = {};
    p.formula.type = sw::FormulaType::Percentage;
    p.formula.percent = amount(50);
    p.formula.cap = sw::Cap{amount(800), sw::CapPeriod::Year};
    p.condition = leaf(Fact::PersonSector, Op::Eq, "metaal-mkb");
    auto cat = compile(catalogue({p}));
    auto k = blank_case();  // 2,000 tuition: 50 % = 1,000, cap 800
    auto r = sw::evaluate(*cat, k);
    REQUIRE(question(r, "person.sector"));
    CHECK(question(r, "person.sector")->at_stake == 80000);
    k.person.used["pct"] = 30000;  // yearly cap lowered by used
    r = sw::evaluate(*cat, k);
    CHECK(question(r, "person.sector")->at_stake == 50000);
}

TEST_CASE("a formula depending on an unknown fact counts at its highest") {
    auto s = scheme("by-level");
    s.formula = {};
    s.formula.type = sw::FormulaType::Percentage;
    sw::AmountCase low{leaf(Fact::CourseNlqfLevel, Op::Le, 3), sw::Operand{{90.0}, false, "", ""}};
    sw::AmountCase rest{std::nullopt, sw::Operand{{40.0}, false, "", ""}};
    s.formula.percent.cases = {low, rest};
    s.condition = leaf_bool(Fact::CourseOntwikkelpad, true);
    auto cat = compile(catalogue({s}));
    auto r = sw::evaluate(*cat, blank_case());
    REQUIRE(question(r, "course.ontwikkelpad"));
    CHECK(question(r, "course.ontwikkelpad")->at_stake == 180000);
}

TEST_CASE("a question lists every possible scheme it matters to, sorted; the stake is the largest") {
    auto a = scheme("b-second", 700);
    a.condition = leaf_bool(Fact::PersonReceivesWw, true);
    auto b = scheme("a-first", 200);
    b.condition = all({leaf_bool(Fact::PersonReceivesWw, true), leaf(Fact::PersonAge, Op::Lt, 30)});
    auto cat = compile(catalogue({a, b}));
    auto r = sw::evaluate(*cat, blank_case());
    const sw::Question* ww = question(r, "person.receives_ww");
    REQUIRE(ww);
    CHECK(ww->schemes == std::vector<std::string>{"a-first", "b-second"});
    CHECK(ww->at_stake == 70000);
    REQUIRE(question(r, "person.age"));
    CHECK(question(r, "person.age")->at_stake == 20000);
    CHECK(r.questions.front().fact == "person.receives_ww");
}

TEST_CASE("a discretionary scheme with its conditions met asks nothing; nothing unknown, no questions") {
    auto s = scheme("uwv", 2500);
    s.discretionary = true;
    s.condition = leaf_bool(Fact::PersonReceivesWw, true);
    auto cat = compile(catalogue({s}));
    auto k = blank_case();
    k.person.receives_ww = true;
    auto r = sw::evaluate(*cat, k);
    CHECK(r.schemes[0].status == sw::Status::Possible);
    CHECK(r.questions.empty());
}

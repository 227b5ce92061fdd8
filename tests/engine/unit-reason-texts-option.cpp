// EvaluateOptions::reasons: turning the reason texts off changes nothing but the texts.
#include "engine/spec_builders.h"

using namespace spec;
using sw::Fact;
using sw::Op;
using sw::Status;

TEST_CASE("reasons off: same statuses, deciding facts and plan, no texts") {
    auto eligible = scheme("a-eligible");
    eligible.condition = all({leaf(Fact::PersonAge, Op::Ge, 18)});
    auto possible = scheme("b-possible");
    possible.condition = all({leaf(Fact::PersonAge, Op::Ge, 18), leaf_bool(Fact::PersonReceivesWw, true)});
    auto ineligible = scheme("c-ineligible");
    ineligible.condition = all({leaf(Fact::PersonAge, Op::Le, 30)});
    auto cat = compile(catalogue({eligible, possible, ineligible}));
    auto k = blank_case();
    k.person.age = 42;
    k.course.costs[0] = 250000;

    const sw::Result with = sw::evaluate(*cat, k);
    sw::EvaluateOptions off;
    off.reasons = false;
    const sw::Result without = sw::evaluate(*cat, k, off);

    REQUIRE(with.schemes.size() == 3);
    REQUIRE(without.schemes.size() == 3);
    for (size_t i = 0; i < 3; ++i) {
        CHECK(with.schemes[i].id == without.schemes[i].id);
        CHECK(with.schemes[i].status == without.schemes[i].status);
        CHECK(with.schemes[i].deciding_facts == without.schemes[i].deciding_facts);
        CHECK_FALSE(with.schemes[i].reasons.empty());
        CHECK(without.schemes[i].reasons.empty());
    }
    CHECK(without.schemes[1].status == Status::Possible);
    CHECK(without.schemes[1].deciding_facts == std::vector<std::string>{"person.receives_ww"});
    CHECK(with.plan.own_payment == without.plan.own_payment);
    CHECK(with.plan.contributions.size() == without.plan.contributions.size());
    // The plan's explanation is a text too: made only with reasons on.
    CHECK_FALSE(with.plan.explanation.empty());
    CHECK(without.plan.explanation.empty());
}

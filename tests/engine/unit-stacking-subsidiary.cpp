// Subsidiary schemes (last resort): in a plan only if every other eligible gift scheme is in it
// too or kept out by a non-subsidiary member that excludes it; then it pays what is left.
#include "unit-stacking-builders.h"

using namespace stacktest;
using sw::engine::stack;

namespace {

// Twents Fonds-like: 100 % of what is left, at most 1,000, priority 300.
StackScheme last_resort(const std::string& id, Cents cap) {
    StackScheme s = percentage(id, 10000, "TEMV", 300, sw::Base::Residual, cap);
    s.subsidiary = true;
    return s;
}

}  // namespace

TEST_CASE("subsidiary pays what is left after every other scheme") {
    StackInput in;
    in.costs = costs(200000);
    in.schemes = {last_resort("twente", 100000), fixed("a", 50000, "T")};
    const Plan plan = stack(in);
    CHECK(ids_of(plan) == std::vector<std::string>{"a", "twente"});
    CHECK(paid(plan, "a") == 50000);
    CHECK(paid(plan, "twente") == 100000);
    CHECK(plan.own_payment == 50000);
}

TEST_CASE("subsidiary alone is not allowed while another eligible gift is left out") {
    StackInput in;
    in.costs = costs(100000);
    in.schemes = {last_resort("twente", 100000), fixed("a", 10000, "T")};
    const auto prep = sw::engine::stacking::prepare(in);
    CHECK_FALSE(sw::engine::stacking::run_plan(prep, {1, 0}).feasible);
    CHECK(sw::engine::stacking::run_plan(prep, {1, 1}).feasible);
    const Plan plan = stack(in);
    CHECK(plan.gift_schemes == std::vector<std::string>{"a", "twente"});
    CHECK(paid(plan, "twente") == 90000);
    CHECK(plan.own_payment == 0);
}

TEST_CASE("a gift kept out by a non-subsidiary member does not block the subsidiary scheme") {
    StackInput in;
    in.costs = costs(100000);
    in.schemes = {fixed("a", 50000, "T"), fixed("b", 40000, "T"), last_resort("twente", 30000)};
    add_exclusion(in, "a", "b");
    const Plan plan = stack(in);
    CHECK(plan.gift_schemes == std::vector<std::string>{"a", "twente"});
    CHECK(plan.own_payment == 20000);
}

TEST_CASE("a gift kept out by the subsidiary scheme itself does not count") {
    StackInput in;
    in.costs = costs(100000);
    in.schemes = {fixed("b", 10000, "T"), last_resort("twente", 100000)};
    add_exclusion(in, "twente", "b");
    const Plan plan = stack(in);
    CHECK(plan.gift_schemes == std::vector<std::string>{"b"});
    CHECK(plan.own_payment == 90000);
    CHECK(explains(plan, "Regeling twente is niet gebruikt: deze regeling mag niet samen met Regeling b",
                   "Scheme twente is not used: it cannot be combined with Scheme b"));
}

TEST_CASE("a chosen exclusive scheme leaves no place for the subsidiary scheme") {
    StackInput in;
    in.costs = costs(100000);
    StackScheme e = fixed("e", 90000, "T");
    e.exclusive = true;
    in.schemes = {e, last_resort("twente", 200000)};
    const Plan plan = stack(in);
    CHECK(plan.gift_schemes == std::vector<std::string>{"e"});
    CHECK(plan.own_payment == 10000);
}

TEST_CASE("two subsidiary schemes need each other in the plan") {
    StackInput in;
    in.costs = costs(100000);
    in.schemes = {last_resort("s1", 20000), last_resort("s2", 20000), fixed("a", 30000, "T")};
    const Plan plan = stack(in);
    CHECK(plan.gift_schemes == std::vector<std::string>{"a", "s1", "s2"});
    CHECK(plan.own_payment == 30000);
}

TEST_CASE("a subsidiary scheme may lose its place when a new scheme becomes eligible") {
    // docs/semantics.md invariant exception: "a last resort is not for those with another way".
    StackInput in;
    in.costs = costs(100000);
    in.schemes = {last_resort("twente", 50000)};
    CHECK(stack(in).own_payment == 50000);
    in.schemes.push_back(fixed("g", 10000, "T"));
    add_exclusion(in, "g", "twente");
    const Plan plan = stack(in);
    CHECK(plan.gift_schemes == std::vector<std::string>{"g"});
    CHECK(plan.own_payment == 90000);
}

TEST_CASE("subsidiary schemes that exclude each other can never be placed") {
    // s1 needs s2 in the plan or kept out by a non-subsidiary member; s2 is kept out only by s1,
    // which is subsidiary itself. The same for s2.
    StackInput in;
    in.costs = costs(100000);
    in.schemes = {fixed("a", 50000, "T"), last_resort("s1", 20000), last_resort("s2", 20000)};
    add_exclusion(in, "s1", "s2");
    const Plan plan = stack(in);
    CHECK(plan.gift_schemes == std::vector<std::string>{"a"});
    CHECK(plan.own_payment == 50000);
    CHECK(explains(plan, "Regeling s1 is een vangnet", "Scheme s1 is a last resort"));
    CHECK(explains(plan, "Regeling s2 is een vangnet", "Scheme s2 is a last resort"));
}

TEST_CASE("a subsidiary scheme with nothing left to pay is not needed") {
    StackInput in;
    in.costs = costs(100000);
    in.schemes = {fixed("g", 100000, "T"), last_resort("twente", 10000)};
    const Plan plan = stack(in);
    CHECK(plan.gift_schemes == std::vector<std::string>{"g"});
    CHECK(explains(plan, "Regeling twente is niet nodig", "Scheme twente is not needed"));
}

TEST_CASE("a subsidiary scheme brings in a gift that pays nothing, if that lowers the own payment") {
    // a covers only the exam, which costs nothing: alone it is never worth a place, but the
    // last resort needs it in the plan. a + twente (own 900) beats nothing (own 1,000).
    StackInput in;
    in.costs = costs(100000);
    in.schemes = {fixed("a", 10000, "E"), last_resort("twente", 10000)};
    const Plan plan = stack(in);
    CHECK(plan.gift_schemes == std::vector<std::string>{"a", "twente"});
    CHECK(ids_of(plan) == std::vector<std::string>{"twente"});  // a pays 0: not listed
    CHECK(plan.own_payment == 90000);
    CHECK(explains(plan, "Regeling a betaalt niets", "Scheme a pays nothing"));
}

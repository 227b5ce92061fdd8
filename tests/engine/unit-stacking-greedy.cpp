// Cases where a greedy choice is wrong and the exact optimum is right. Two greedy rules are
// written out here to show they fail: "take each scheme in application order if it is allowed and
// helps" and "take the scheme that lowers the own payment most, repeatedly".
#include <algorithm>

#include "unit-stacking-builders.h"

using namespace stacktest;
using namespace sw::engine::stacking;

namespace {

Cents own_with(const Prepared& prep, const std::vector<char>& in) {
    const PlanRun run = run_plan(prep, in);
    return run.feasible ? run.own_payment : prep.total + 1;
}

Cents greedy_in_order(const StackInput& input) {
    const Prepared prep = prepare(input);
    std::vector<char> in(static_cast<std::size_t>(prep.n), 0);
    Cents own = own_with(prep, in);
    for (int g : prep.gifts) {
        in[static_cast<std::size_t>(g)] = 1;
        const Cents with = own_with(prep, in);
        if (with < own) own = with;
        else in[static_cast<std::size_t>(g)] = 0;
    }
    return own;
}

Cents greedy_largest_gain(const StackInput& input) {
    const Prepared prep = prepare(input);
    std::vector<char> in(static_cast<std::size_t>(prep.n), 0);
    Cents own = own_with(prep, in);
    for (;;) {
        int best = -1;
        Cents best_own = own;
        for (int g : prep.gifts) {
            if (in[static_cast<std::size_t>(g)]) continue;
            in[static_cast<std::size_t>(g)] = 1;
            const Cents with = own_with(prep, in);
            in[static_cast<std::size_t>(g)] = 0;
            if (with < best_own) {
                best_own = with;
                best = g;
            }
        }
        if (best < 0) return own;
        in[static_cast<std::size_t>(best)] = 1;
        own = best_own;
    }
}

void check_exact(const StackInput& in, Cents expected_own, const std::vector<std::string>& expected_gifts) {
    const Plan plan = sw::engine::stack(in);
    CHECK(plan.own_payment == expected_own);
    CHECK(plan.gift_schemes == expected_gifts);
    const Prepared prep = prepare(in);
    const Choice exhaustive = optimise_exhaustive(prep);
    CHECK(exhaustive.own_payment == expected_own);
    CHECK(optimise(prep).gifts == exhaustive.gifts);
}

}  // namespace

TEST_CASE("greedy in application order: an early scheme that excludes two later ones") {
    StackInput in;
    in.costs = costs(100000);
    in.schemes = {fixed("a", 50000, "T", 100), fixed("b", 30000, "T", 200), fixed("c", 30000, "T", 200)};
    add_exclusion(in, "a", "b");
    add_exclusion(in, "a", "c");
    CHECK(greedy_in_order(in) == 50000);
    CHECK(greedy_largest_gain(in) == 50000);
    check_exact(in, 40000, {"b", "c"});
}

TEST_CASE("greedy by largest gain: an exclusive scheme that beats each other scheme alone") {
    StackInput in;
    in.costs = costs(100000);
    StackScheme e = fixed("e", 60000, "T", 100);
    e.exclusive = true;
    in.schemes = {e, fixed("a", 40000, "T", 200), fixed("b", 30000, "T", 200)};
    CHECK(greedy_largest_gain(in) == 40000);
    CHECK(greedy_in_order(in) == 40000);
    check_exact(in, 30000, {"a", "b"});
}

TEST_CASE("greedy: a large exclusive voucher against a subsidy whose obligation pays the rest") {
    StackInput in;
    in.costs = costs(100000, 0, 0, 21000);
    StackScheme x = fixed("x", 90000, "T", 100);
    x.exclusive = true;
    in.schemes = {x, percentage("slim", 4000, "TEM", 200),
                  percentage("aanvulling", 10000, "TEMV", 250, sw::Base::Residual, std::nullopt, Kind::Obligation)};
    add_requirement(in, "aanvulling", "slim");
    CHECK(greedy_in_order(in) == 31000);  // x first: 1,210 - 900
    check_exact(in, 0, {"slim"});
}

TEST_CASE("greedy: adding a scheme can raise the own payment, so 'take all that fit' is wrong too") {
    StackInput in;
    in.costs = costs(100000, 0, 0, 21000);
    in.schemes = {fixed("a", 100000, "T", 100), percentage("slim", 4000, "TEM", 200),
                  percentage("aanvulling", 10000, "TEMV", 250, sw::Base::Residual, std::nullopt, Kind::Obligation)};
    add_requirement(in, "aanvulling", "slim");
    const Prepared prep = prepare(in);
    CHECK(own_with(prep, {1, 1, 0}) == 21000);  // all gift schemes together
    CHECK(greedy_in_order(in) == 21000);
    check_exact(in, 0, {"slim"});
}

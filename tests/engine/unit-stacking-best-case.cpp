// better_best_case(): docs/semantics.md step 6 ordering. Own payment, number of gift schemes, sorted gift
// ids, then the larger loan, the larger deduction, and the more paid by gift schemes.
#include "unit-stacking-builders.h"

using namespace stacktest;
using sw::engine::better_best_case;

namespace {

Plan plan_of(Cents own, std::vector<std::string> gifts, Cents loan = 0, Cents deduction = 0, Cents gift_paid = 0,
             Cents obligation_paid = 0) {
    Plan p;
    p.own_payment = own;
    p.gift_schemes = std::move(gifts);
    p.loan = loan;
    p.deduction = deduction;
    if (gift_paid > 0) {
        Contribution c;
        c.scheme = "g";
        c.amount = gift_paid;
        c.kind = Kind::Gift;
        p.contributions.push_back(c);
    }
    if (obligation_paid > 0) {
        Contribution c;
        c.scheme = "o";
        c.amount = obligation_paid;
        c.kind = Kind::Obligation;
        p.contributions.push_back(c);
    }
    return p;
}

}  // namespace

TEST_CASE("best case: lower own payment first") {
    CHECK(better_best_case(plan_of(100, {"a", "b", "c"}), plan_of(200, {"a"})));
    CHECK_FALSE(better_best_case(plan_of(200, {"a"}), plan_of(100, {"a", "b", "c"})));
}

TEST_CASE("best case: then fewer gift schemes, then the smaller sorted id list") {
    CHECK(better_best_case(plan_of(100, {"z"}), plan_of(100, {"a", "b"})));
    CHECK(better_best_case(plan_of(100, {"a", "c"}), plan_of(100, {"b", "c"})));
    CHECK_FALSE(better_best_case(plan_of(100, {"b", "c"}), plan_of(100, {"a", "c"})));
}

TEST_CASE("best case: then the larger loan, the larger deduction, the more paid by gifts") {
    CHECK(better_best_case(plan_of(100, {"a"}, 500), plan_of(100, {"a"}, 400, 9999)));
    CHECK(better_best_case(plan_of(100, {"a"}, 500, 300), plan_of(100, {"a"}, 500, 200, 9999)));
    CHECK(better_best_case(plan_of(100, {"a"}, 0, 0, 900, 100), plan_of(100, {"a"}, 0, 0, 800, 200)));
    // Equal plans: neither is better.
    CHECK_FALSE(better_best_case(plan_of(100, {"a"}, 1, 2, 3), plan_of(100, {"a"}, 1, 2, 3)));
}

// Interactions between schemes: excludes and exclusive (both symmetric), requires, obligations
// that apply by themselves, and the tie-breaks of docs/semantics.md step 5.
#include "unit-stacking-builders.h"

using namespace stacktest;
using sw::engine::stack;

TEST_CASE("excludes keeps two schemes apart, declared on either side") {
    for (const bool on_a : {true, false}) {
        StackInput in;
        in.costs = costs(100000);
        in.schemes = {fixed("a", 50000, "T"), fixed("b", 30000, "T")};
        if (on_a) add_exclusion(in, "a", "b");
        else add_exclusion(in, "b", "a");
        const Plan plan = stack(in);
        CHECK(ids_of(plan) == std::vector<std::string>{"a"});
        CHECK(plan.own_payment == 50000);
        CHECK(explains(plan, "Regeling b is niet gebruikt: deze regeling mag niet samen met Regeling a",
                       "Scheme b is not used: it cannot be combined with Scheme a"));
    }
}

TEST_CASE("exclusive combines with no other gift scheme: the better side wins") {
    StackInput in;
    in.costs = costs(100000);
    StackScheme e = fixed("e", 60000, "T");
    e.exclusive = true;
    in.schemes = {e, fixed("a", 30000, "T"), fixed("b", 20000, "T")};
    Plan plan = stack(in);
    CHECK(ids_of(plan) == std::vector<std::string>{"e"});
    CHECK(plan.own_payment == 40000);

    in.schemes[0].fixed_amount = 40000;  // now a + b (500) beat e (400)
    plan = stack(in);
    CHECK(ids_of(plan) == std::vector<std::string>{"a", "b"});
    CHECK(plan.own_payment == 50000);
    CHECK(explains(plan, "Regeling e is niet gebruikt", "Scheme e is not used"));
}

TEST_CASE("exclusive does not keep out an obligation") {
    StackInput in;
    in.costs = costs(100000, 0, 0, 21000);
    StackScheme e = fixed("e", 100000, "T");
    e.exclusive = true;
    StackScheme o = percentage("vat-duty", 10000, "V", 0, sw::Base::Residual, std::nullopt, Kind::Obligation);
    in.schemes = {e, o};
    const Plan plan = stack(in);
    CHECK(ids_of(plan) == std::vector<std::string>{"vat-duty", "e"});
    CHECK(plan.own_payment == 0);
    CHECK(explains(plan, "Dit moet uw werkgever betalen", "Your employer must pay this"));
}

TEST_CASE("requires: an obligation applies only where the required scheme pays something") {
    // SLIM-like: the subsidy pays 40 %, the employer must pay the rest (residual, TEMV).
    StackInput in;
    in.costs = costs(100000, 0, 0, 21000);
    in.schemes = {percentage("slim", 4000, "TEM", 200),
                  percentage("aanvulling", 10000, "TEMV", 250, sw::Base::Residual, std::nullopt, Kind::Obligation)};
    add_requirement(in, "aanvulling", "slim");
    Plan plan = stack(in);
    CHECK(paid(plan, "slim") == 40000);
    CHECK(paid(plan, "aanvulling") == 81000);
    CHECK(plan.own_payment == 0);
    CHECK(plan.gift_schemes == std::vector<std::string>{"slim"});  // obligations are not counted

    // The required scheme is not eligible (index -1): the obligation never applies.
    in.schemes = {in.schemes[1]};
    in.schemes[0].requires_schemes = {-1};
    plan = stack(in);
    CHECK(plan.contributions.empty());
    CHECK(plan.own_payment == 121000);
    CHECK(explains(plan, "geldt alleen als een regeling die u niet krijgt iets betaalt",
                   "only applies when a scheme you do not get pays something"));
}

TEST_CASE("requires: adding a gift can make the required scheme pay nothing, so it is left out") {
    // a pays all tuition first; then slim (on tuition, exam, materials) finds nothing to pay and
    // the obligation (which would also pay the VAT) falls away. Best: slim alone, own payment 0.
    StackInput in;
    in.costs = costs(100000, 0, 0, 21000);
    in.schemes = {fixed("a", 100000, "T", 100), percentage("slim", 4000, "TEM", 200),
                  percentage("aanvulling", 10000, "TEMV", 250, sw::Base::Residual, std::nullopt, Kind::Obligation)};
    add_requirement(in, "aanvulling", "slim");
    const Plan plan = stack(in);
    CHECK(plan.gift_schemes == std::vector<std::string>{"slim"});
    CHECK(plan.own_payment == 0);
    CHECK(explains(plan, "Regeling a is niet nodig", "Scheme a is not needed"));

    // With a in the plan the obligation would not apply: check that run directly.
    const auto prep = sw::engine::stacking::prepare(in);
    const auto run = sw::engine::stacking::run_plan(prep, {1, 1, 0});
    CHECK(run.steps[1].amount == 0);
    CHECK(run.steps[2].skip == sw::engine::stacking::Skip::Requires);
    CHECK(run.own_payment == 21000);
}

TEST_CASE("an obligation at priority 0 pays everything; no gift scheme is needed") {
    StackInput in;
    in.costs = costs(100000, 5000, 0, 0, 3000, 40000);
    in.schemes = {percentage("verplicht", 10000, "TEMVRW", 0, sw::Base::Gross, std::nullopt, Kind::Obligation),
                  fixed("a", 50000, "TEM"), percentage("b", 5000, "TEM", 200)};
    const Plan plan = stack(in);
    CHECK(ids_of(plan) == std::vector<std::string>{"verplicht"});
    CHECK(plan.gift_schemes.empty());
    CHECK(plan.own_payment == 0);
    CHECK(explains(plan, "Regeling a is niet nodig: de kosten die deze regeling dekt, zijn al betaald",
                   "Scheme a is not needed: the costs it covers are already paid"));
}

TEST_CASE("a gift that excludes an obligation that applies is kept out") {
    StackInput in;
    in.costs = costs(100000);
    in.schemes = {percentage("duty", 2000, "T", 0, sw::Base::Gross, std::nullopt, Kind::Obligation),
                  fixed("a", 90000, "T"), fixed("b", 10000, "T")};
    add_exclusion(in, "a", "duty");
    const Plan plan = stack(in);
    CHECK(ids_of(plan) == std::vector<std::string>{"duty", "b"});
    CHECK(plan.own_payment == 70000);
}

TEST_CASE("ties: fewest gift schemes, then the smallest sorted id list") {
    StackInput in;
    in.costs = costs(100000);
    // Every pair below pays all 1,000; a single scheme cannot.
    in.schemes = {fixed("d", 50000, "T"), fixed("c", 50000, "T"), fixed("b", 50000, "T"), fixed("a", 50000, "T")};
    Plan plan = stack(in);
    CHECK(plan.gift_schemes == std::vector<std::string>{"a", "b"});
    CHECK(plan.own_payment == 0);

    // One scheme that pays everything beats any pair; a scheme paying 0 never joins for free.
    in.schemes.push_back(fixed("z", 100000, "T"));
    in.schemes.push_back(fixed("zero", 0, "T"));
    plan = stack(in);
    CHECK(plan.gift_schemes == std::vector<std::string>{"z"});
}

TEST_CASE("order: ascending priority, ties by id, whatever the input order") {
    StackInput in;
    in.costs = costs(100000);
    in.schemes = {fixed("b", 60000, "T", 100), fixed("a", 60000, "T", 100), fixed("first", 60000, "T", 50)};
    const Plan plan = stack(in);
    // Two schemes are enough; "a" + "b" beats "a" + "first" and "b" + "first" by id, and pays in id order.
    CHECK(plan.gift_schemes == std::vector<std::string>{"a", "b"});
    CHECK(ids_of(plan) == std::vector<std::string>{"a", "b"});
    CHECK(paid(plan, "a") == 60000);
    CHECK(paid(plan, "b") == 40000);
}

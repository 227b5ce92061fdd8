// Age from the input or from birth_date at the reference date (29 February counts as 1 March).
#include "engine/spec_builders.h"

using namespace spec;
using sw::Fact;
using sw::Op;
using sw::Status;

namespace {

std::shared_ptr<const sw::Catalogue> adults() {
    auto s = scheme("adult");
    s.condition = leaf(Fact::PersonAge, Op::Ge, 18);
    return compile(catalogue({s}));
}

}  // namespace

TEST_CASE("birth_date gives the age at the reference date") {
    auto cat = adults();
    auto k = blank_case("2026-09-01");
    k.person.birth_date = date("2008-09-02");  // 17 until tomorrow
    REQUIRE_FALSE(sw::check_case(*cat, k));
    CHECK(sw::evaluate(*cat, k).schemes[0].status == Status::Ineligible);
    k.person.birth_date = date("2008-09-01");
    CHECK(sw::evaluate(*cat, k).schemes[0].status == Status::Eligible);
}

TEST_CASE("born on 29 February: 18 on 1 March in a common year") {
    auto cat = adults();
    auto k = blank_case("2022-02-28");
    k.person.birth_date = date("2004-02-29");
    CHECK(sw::evaluate(*cat, k).schemes[0].status == Status::Ineligible);
    k.reference_date = date("2022-03-01");
    k.course.start_date = k.reference_date;
    CHECK(sw::evaluate(*cat, k).schemes[0].status == Status::Eligible);
}

TEST_CASE("the reason shows the derived age and the question is person.age") {
    auto cat = adults();
    auto k = blank_case("2026-09-01");
    k.person.birth_date = date("1970-01-01");
    auto r = sw::evaluate(*cat, k);
    REQUIRE(r.schemes[0].reasons.size() == 1);
    CHECK(r.schemes[0].reasons[0].text.nl.find("56") != std::string::npos);
    CHECK(r.schemes[0].reasons[0].facts == std::vector<std::string>{"person.age"});
    auto unknown = sw::evaluate(*cat, blank_case());
    REQUIRE(unknown.questions.size() == 1);
    CHECK(unknown.questions[0].fact == "person.age");
}

TEST_CASE("age and birth_date together, or a birth date after the reference date, are refused") {
    auto cat = adults();
    auto k = blank_case("2026-09-01");
    k.person.age = 30;
    k.person.birth_date = date("1996-01-01");
    auto bad = sw::check_case(*cat, k);
    REQUIRE(bad);
    CHECK(bad->path == "person.birth_date");
    k.person.age.reset();
    k.person.birth_date = date("2026-09-02");
    bad = sw::check_case(*cat, k);
    REQUIRE(bad);
    CHECK(bad->path == "person.birth_date");
    CHECK(bad->message.find("after the reference date") != std::string::npos);
    // Evaluating it anyway never gives a confident answer.
    for (const auto& s : sw::evaluate(*cat, k).schemes) CHECK(s.status == Status::Ineligible);
    k.person.birth_date = date("2026-09-01");
    CHECK_FALSE(sw::check_case(*cat, k));
}

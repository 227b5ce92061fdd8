// Validity windows of schemes and `between` date windows in conditions, open ends included.
#include "engine/spec_builders.h"

using namespace spec;
using sw::Fact;
using sw::Op;
using sw::Status;

namespace {

// A result with the catalogue it was computed from, which must outlive it (SchemeResult::id is a
// view into the catalogue).
struct Run : sw::Result {
    std::shared_ptr<const sw::Catalogue> catalogue;
};

Run run(const sw::CatalogueSpec& c, const char* reference) {
    Run out;
    out.catalogue = compile(c);
    auto k = blank_case(reference);
    REQUIRE_FALSE(sw::check_case(*out.catalogue, k));
    static_cast<sw::Result&>(out) = sw::evaluate(*out.catalogue, k);
    return out;
}

std::vector<std::string> ids(const sw::Result& r) {
    std::vector<std::string> out;
    for (const auto& s : r.schemes) out.emplace_back(s.id);
    return out;
}

sw::Condition window(Fact fact, const char* from, const char* to) {
    // Open ends as the rules reader gives them: dates far outside any rule.
    const sw::Date lo = from ? date(from) : sw::Date{-1000000};
    const sw::Date hi = to ? date(to) : sw::Date{3000000};
    return leaf(fact, Op::Between, std::vector<sw::Scalar>{lo, hi});
}

}  // namespace

TEST_CASE("only schemes valid at the reference date appear, sorted by id, both ends inclusive") {
    auto old = scheme("c-old");
    old.valid_from = date("2016-01-01");
    old.valid_to = date("2017-12-31");
    auto now = scheme("a-now");
    now.valid_from = date("2018-01-01");
    auto future = scheme("b-future");
    future.valid_from = date("2030-01-01");
    const auto c = catalogue({old, now, future});
    CHECK(ids(run(c, "2017-12-31")) == std::vector<std::string>{"c-old"});
    CHECK(ids(run(c, "2018-01-01")) == std::vector<std::string>{"a-now"});
    CHECK(ids(run(c, "2030-01-01")) == std::vector<std::string>{"a-now", "b-future"});
    CHECK(ids(run(c, "2015-12-31")).empty());
}

TEST_CASE("between on the reference date includes both ends") {
    auto s = scheme("s");
    s.condition = window(Fact::ReferenceDate, "2023-09-18", "2023-12-31");
    const auto c = catalogue({s});
    CHECK(run(c, "2023-09-17").schemes[0].status == Status::Ineligible);
    CHECK(run(c, "2023-09-18").schemes[0].status == Status::Eligible);
    CHECK(run(c, "2023-12-31").schemes[0].status == Status::Eligible);
    CHECK(run(c, "2024-01-01").schemes[0].status == Status::Ineligible);
}

TEST_CASE("open-ended windows") {
    auto s = scheme("s");
    s.condition = window(Fact::ReferenceDate, nullptr, "2020-01-01");
    CHECK(run(catalogue({s}), "2001-01-01").schemes[0].status == Status::Eligible);
    CHECK(run(catalogue({s}), "2020-01-02").schemes[0].status == Status::Ineligible);
    s.condition = window(Fact::ReferenceDate, "2020-01-01", nullptr);
    CHECK(run(catalogue({s}), "2099-12-31").schemes[0].status == Status::Eligible);
    CHECK(run(catalogue({s}), "2019-12-31").schemes[0].status == Status::Ineligible);
}

TEST_CASE("a window on an unknown course start is unknown") {
    auto s = scheme("s");
    s.condition = window(Fact::CourseStartDate, "2026-01-01", "2026-12-31");
    auto cat = compile(catalogue({s}));
    auto k = blank_case("2026-09-01");
    k.course.start_date.reset();  // reference date given, start date not
    auto r = sw::evaluate(*cat, k);
    CHECK(r.schemes[0].status == Status::Possible);
    CHECK(r.schemes[0].deciding_facts == std::vector<std::string>{"course.start_date"});
    k.course.start_date = date("2027-01-01");
    CHECK(sw::evaluate(*cat, k).schemes[0].status == Status::Ineligible);
}

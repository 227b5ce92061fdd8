// check_case: every kind of bad input is named by its path with the reason; good input passes.
#include "engine/spec_builders.h"

using namespace spec;

namespace {

std::shared_ptr<const sw::Catalogue> cat() { return compile(catalogue({scheme("known-scheme")})); }

sw::Case good() {
    auto k = blank_case();
    k.person.age = 42;
    k.person.employment = "employee";
    k.person.sector = "metaal-mkb";
    k.person.province = "ZH";
    k.person.municipality = "Rotterdam";
    k.person.years_of_service = 3.5;
    k.person.hours_per_week = 32;
    k.person.education_level = 4;
    k.person.contract_type = "permanent";
    k.person.dismissal = "none";
    k.person.employer_size = 40;
    k.person.used["known-scheme"] = 100;
    k.course.type = "certificate";
    k.course.quality = std::vector<std::string>{"nrto", "ocw"};
    k.course.nlqf_level = 4;
    k.course.track = "private";
    k.course.hours = 80;
    k.course.topic = "technical";
    k.course.aim = "future_job";
    return k;
}

// The problem check_case finds after `change`, as "path: message".
template <typename F>
std::string problem(F change) {
    auto k = good();
    change(k);
    auto d = sw::check_case(*cat(), k);
    return d ? d->path + ": " + d->message : "";
}

}  // namespace

TEST_CASE("a complete, valid case passes, and so does an empty one") {
    CHECK_FALSE(sw::check_case(*cat(), good()));
    CHECK_FALSE(sw::check_case(*cat(), blank_case()));
}

TEST_CASE("enumeration values outside the contract are named") {
    CHECK(problem([](sw::Case& k) { k.person.employment = "boss"; }).rfind("person.employment: \"boss\" is not allowed", 0) == 0);
    CHECK(problem([](sw::Case& k) { k.person.province = "zh"; }).rfind("person.province:", 0) == 0);
    CHECK(problem([](sw::Case& k) { k.person.contract_type = "fixed"; }).rfind("person.contract_type:", 0) == 0);
    CHECK(problem([](sw::Case& k) { k.person.dismissal = "yes"; }).rfind("person.dismissal:", 0) == 0);
    CHECK(problem([](sw::Case& k) { k.course.type = "mooc"; }).rfind("course.type:", 0) == 0);
    CHECK(problem([](sw::Case& k) { k.course.track = "havo"; }).rfind("course.track:", 0) == 0);
    CHECK(problem([](sw::Case& k) { k.course.topic = "art"; }).rfind("course.topic:", 0) == 0);
    CHECK(problem([](sw::Case& k) { k.course.aim = "fun"; }).rfind("course.aim:", 0) == 0);
    CHECK(problem([](sw::Case& k) { k.course.quality->push_back("iso"); }) ==
          "course.quality[2]: \"iso\" is not a quality mark; use ocw, nrto, nlqf, branch or evc");
}

TEST_CASE("sector codes come from the catalogue") {
    const std::string p = problem([](sw::Case& k) { k.person.sector = "kapper"; });
    CHECK(p.rfind("person.sector: \"kapper\" is not a sector of this catalogue", 0) == 0);
    CHECK(p.find("metaal-mkb") != std::string::npos);
}

TEST_CASE("ranges and whole numbers") {
    CHECK(problem([](sw::Case& k) { k.person.age = -1; }) == "person.age: must not be negative");
    CHECK(problem([](sw::Case& k) { k.person.age = 131; }) == "person.age: must be at most 130");
    CHECK(problem([](sw::Case& k) { k.person.education_level = 0; }) == "person.education_level: must be at least 1");
    CHECK(problem([](sw::Case& k) { k.person.education_level = 9; }) == "person.education_level: must be at most 8");
    CHECK(problem([](sw::Case& k) { k.course.nlqf_level = 9; }) == "course.nlqf_level: must be at most 8");
    CHECK(problem([](sw::Case& k) { k.person.years_of_service = -0.5; }) == "person.years_of_service: must not be negative");
    CHECK(problem([](sw::Case& k) { k.person.hours_per_week = 200; }) == "person.hours_per_week: must be at most 168");
    CHECK(problem([](sw::Case& k) { k.person.hours_per_week = std::nan(""); }) == "person.hours_per_week: must be a finite number");
    CHECK(problem([](sw::Case& k) { k.person.employer_size = -3; }) == "person.employer_size: must not be negative");
    CHECK(problem([](sw::Case& k) { k.course.hours = -1; }) == "course.hours: must not be negative");
}

TEST_CASE("money: never negative, ids in used must be known") {
    CHECK(problem([](sw::Case& k) { k.course.costs[1] = -5; }) == "course.costs.exam: must not be negative");
    CHECK(problem([](sw::Case& k) { k.course.costs[5] = 2'000'000'000; }) == "course.costs.wage_loss: is more than 10,000,000 euro");
    CHECK(problem([](sw::Case& k) { k.person.used["known-scheme"] = -1; }) == "person.used.known-scheme: must not be negative");
    CHECK(problem([](sw::Case& k) { k.person.used["typo-scheme"] = 0; }) ==
          "person.used.typo-scheme: \"typo-scheme\" is not a scheme of this catalogue");
}

TEST_CASE("age XOR birth_date; birth_date not after the reference date; empty municipality") {
    CHECK(problem([](sw::Case& k) { k.person.birth_date = date("1984-01-01"); }) == "person.birth_date: give age or birth_date, not both");
    CHECK(problem([](sw::Case& k) {
              k.person.age.reset();
              k.person.birth_date = date("2030-01-01");
          }).rfind("person.birth_date: is after the reference date", 0) == 0);
    CHECK(problem([](sw::Case& k) { k.person.municipality = ""; }) == "person.municipality: must not be empty");
}

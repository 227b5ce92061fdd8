// The fact table, enum names and operator names: every entry reachable both ways.
#include <catch2/catch.hpp>

#include <set>

#include "stapelwijzer/catalogue.h"
#include "stapelwijzer/facts.h"

TEST_CASE("every fact is in the table at its own index, with a unique path") {
    std::set<std::string> paths;
    for (int i = 0; i < sw::kFactCount; ++i) {
        const auto f = static_cast<sw::Fact>(i);
        const sw::FactInfo& info = sw::fact_info(f);
        CHECK(info.fact == f);
        CHECK(paths.insert(info.path).second);
        CHECK(sw::fact_from_path(info.path) == f);
        CHECK_FALSE(info.label.nl.empty());
        CHECK_FALSE(info.label.en.empty());
        const bool listed =
            info.type == sw::FactType::Enum || (info.type == sw::FactType::Set && !sw::is_keyed(f));
        CHECK(listed == !info.values.empty());
    }
    CHECK_FALSE(sw::fact_from_path("person.agee").has_value());
    CHECK_FALSE(sw::fact_from_path("person.birth_date").has_value());
    CHECK_FALSE(sw::fact_from_path("").has_value());
}

TEST_CASE("fact types and contract enumerations") {
    using sw::Fact;
    using sw::FactType;
    CHECK(sw::fact_info(Fact::PersonAge).type == FactType::Integer);
    CHECK(sw::fact_info(Fact::PersonYearsOfService).type == FactType::Number);
    CHECK(sw::fact_info(Fact::PersonSector).type == FactType::Vocabulary);
    CHECK(sw::fact_info(Fact::PersonMunicipality).type == FactType::Text);
    CHECK(sw::fact_info(Fact::CourseQuality).type == FactType::Set);
    CHECK(sw::fact_info(Fact::CourseStartDate).type == FactType::Date);
    CHECK(sw::fact_info(Fact::CourseOntwikkelpad).type == FactType::Boolean);
    CHECK(sw::fact_info(Fact::PersonProvince).values.size() == 12);
    CHECK(sw::fact_info(Fact::PersonEmployment).values ==
          std::vector<std::string>{"employee", "jobseeker", "self_employed", "flex_worker", "student",
                                   "not_working"});
    CHECK(sw::fact_info(Fact::CourseAim).values.front() == "required_for_job");
    CHECK(sw::fact_info(Fact::CourseQuality).values ==
          std::vector<std::string>{"ocw", "nrto", "nlqf", "branch", "evc"});
    CHECK(sw::fact_info(Fact::CourseNlqfLevel).min == 1);
    CHECK(sw::fact_info(Fact::CourseNlqfLevel).max == 8);
    CHECK(sw::fact_info(Fact::PersonEducationLevel).max == 8);
    CHECK(sw::fact_info(Fact::PersonEmployerSize).min == 0);
}

TEST_CASE("enum names round trip") {
    for (int i = 0; i < sw::kComponentCount; ++i) {
        const auto c = static_cast<sw::Component>(i);
        CHECK(sw::component_from_name(sw::component_name(c)) == c);
    }
    CHECK(std::string(sw::component_name(sw::Component::WageLoss)) == "wage_loss");
    CHECK_FALSE(sw::component_from_name("btw").has_value());
    for (int i = 0; i <= static_cast<int>(sw::Kind::Obligation); ++i) {
        const auto k = static_cast<sw::Kind>(i);
        CHECK(sw::kind_from_name(sw::kind_name(k)) == k);
    }
    CHECK_FALSE(sw::kind_from_name("Gift").has_value());
    CHECK(sw::applicant_from_name("employer") == sw::Applicant::Employer);
    CHECK(std::string(sw::applicant_name(sw::Applicant::Person)) == "person");
    CHECK(std::string(sw::status_name(sw::Status::Possible)) == "possible");
}

TEST_CASE("operator names round trip") {
    for (int i = 0; i <= static_cast<int>(sw::Op::Between); ++i) {
        const auto op = static_cast<sw::Op>(i);
        CHECK(sw::op_from_name(sw::op_name(op)) == op);
    }
    CHECK(std::string(sw::op_name(sw::Op::NotIn)) == "not_in");
    CHECK_FALSE(sw::op_from_name("==").has_value());
    CHECK_FALSE(sw::op_from_name("IN").has_value());
}

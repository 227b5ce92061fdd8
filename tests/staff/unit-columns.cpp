// Columns: Dutch and English headers recognised, the user's corrections, and the checks that keep
// a typo from being ignored. Every name points at a field the engine's fact table knows.
#include <catch2/catch.hpp>

#include "staff/header_names.h"
#include "staff/staff_import.h"
#include "stapelwijzer/facts.h"

using sw::staff::Column;

namespace {
std::vector<std::string> paths(const std::vector<Column>& cols) {
    std::vector<std::string> out;
    for (const Column& c : cols) out.push_back(c.path);
    return out;
}
}  // namespace

TEST_CASE("Dutch and English headers as people write them") {
    const auto cols = sw::staff::recognise_columns(
        {"Naam", "Personeelsnummer", "Leeftijd", "Geboortedatum", "Sector", "Dienstjaren", "Uren per week",
         "Contract", "Opleidingsniveau", "Startdatum", "Lesgeld (€)", "Examen", "Afdeling"});
    CHECK(paths(cols) == std::vector<std::string>{"", "", "person.age", "person.birth_date", "person.sector",
                                                  "person.years_of_service", "person.hours_per_week",
                                                  "person.contract_type", "person.education_level",
                                                  "course.start_date", "course.costs.tuition",
                                                  "course.costs.exam", ""});
    const auto en = sw::staff::recognise_columns({"Name", "AGE", "date of birth", "Hours per week", "Tuition",
                                                  "course.costs.exam", " person.sector "});
    CHECK(paths(en) == std::vector<std::string>{"", "person.age", "person.birth_date",
                                                "person.hours_per_week", "course.costs.tuition",
                                                "course.costs.exam", "person.sector"});
}

TEST_CASE("a field named twice is filled by the first column, the second is carried") {
    const auto cols = sw::staff::recognise_columns({"Leeftijd", "Age", "Lesgeld"});
    CHECK(paths(cols) == std::vector<std::string>{"person.age", "", "course.costs.tuition"});
}

TEST_CASE("every header name and every target comes from the engine's fact table") {
    for (const std::string& p : sw::staff::header_name_paths()) {
        INFO(p);
        CHECK(sw::staff::is_target_path(p));
    }
    // Every fact with one value per person is a column; the per-scheme and per-list objects and
    // the weeks per year are not (JSON Lines only, docs/cli.md).
    for (int i = 0; i < sw::kFactCount; ++i) {
        const auto f = static_cast<sw::Fact>(i);
        INFO(sw::fact_info(f).path);
        CHECK(sw::staff::is_target_path(sw::fact_info(f).path) ==
              !(sw::is_keyed(f) || f == sw::Fact::PersonMinWeeksInSector5y));
    }
    CHECK(sw::staff::is_target_path("person.used.stap-budget"));
    CHECK_FALSE(sw::staff::is_target_path("person.agee"));
}

TEST_CASE("the user fixes the mapping by header or column number, mistakes are named") {
    auto cols = sw::staff::recognise_columns({"Naam", "Lft", "Kosten cursus", "Sector"});
    std::string error;
    REQUIRE(sw::staff::override_columns(cols, "Lft=person.age; 3=course.costs.tuition;Sector=-", error));
    CHECK(paths(cols) == std::vector<std::string>{"", "person.age", "course.costs.tuition", ""});
    CHECK_FALSE(sw::staff::override_columns(cols, "Lft=person.agee", error));
    CHECK(error.find("'person.agee' is not a field") != std::string::npos);
    CHECK_FALSE(sw::staff::override_columns(cols, "Leeftijd=person.age", error));
    CHECK(error.find("no column 'Leeftijd'") != std::string::npos);
    CHECK_FALSE(sw::staff::override_columns(cols, "Lft", error));
    // A path given to another column moves there.
    REQUIRE(sw::staff::override_columns(cols, "Naam=person.age", error));
    CHECK(paths(cols)[0] == "person.age");
    CHECK(paths(cols)[1] == "");
}

TEST_CASE("the mapping is checked: a cost is needed, a typo in a contract path is refused") {
    std::string error;
    CHECK_FALSE(sw::staff::check_columns(sw::staff::recognise_columns({"Naam", "Leeftijd"}), false, error));
    CHECK(error.find("no column with a course cost") != std::string::npos);
    CHECK(sw::staff::check_columns(sw::staff::recognise_columns({"Naam", "Leeftijd"}), true, error));
    CHECK_FALSE(
        sw::staff::check_columns(sw::staff::recognise_columns({"person.agee", "lesgeld"}), false, error));
    CHECK(error ==
          "header, column 1 'person.agee': unknown field (use the contract's paths, e.g. person.age, "
          "course.costs.tuition)");
    CHECK_FALSE(sw::staff::check_columns(
        sw::staff::recognise_columns({"person.age", "person.age", "lesgeld"}), false, error));
    CHECK(error == "header, column 2 'person.age': the column appears twice");
}

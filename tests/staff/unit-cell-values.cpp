// cell_to_json: the values of a staff list as people write them, and clear reasons for the rest.
#include <catch2/catch.hpp>

#include "staff/staff_import.h"
#include "staff/value_names.h"
#include "stapelwijzer/facts.h"

using sw::text::NumberStyle;

namespace {
std::string read(const std::string& path, const std::string& cell, NumberStyle style = NumberStyle::Dutch) {
    std::string json, error;
    if (!sw::staff::cell_to_json(path, cell, style, json, error)) return "error: " + error;
    return json;
}
}  // namespace

TEST_CASE("yes and no, in Dutch and English") {
    CHECK(read("person.receives_ww", "ja") == "true");
    CHECK(read("person.receives_ww", "Nee") == "false");
    CHECK(read("course.ontwikkelpad", "yes") == "true");
    CHECK(read("course.ontwikkelpad", "misschien") ==
          "error: must be ja or nee (yes or no), got 'misschien'");
}

TEST_CASE("enumerated values by their contract code or a Dutch or English name") {
    CHECK(read("person.employment", "werknemer") == "\"employee\"");
    CHECK(read("person.employment", "Employee") == "\"employee\"");
    CHECK(read("course.track", "bbl") == "\"mbo_bbl\"");
    CHECK(read("person.contract_type", "Vast contract") == "\"permanent\"");
    CHECK(read("person.province", "Noord-Brabant") == "\"NB\"");
    CHECK(read("person.province", "ut") == "\"UT\"");
    CHECK(read("course.quality", "OCW en NRTO") == "[\"ocw\",\"nrto\"]");
    CHECK(read("course.quality", "geen") == "[]");
    CHECK(read("person.employment", "baas")
              .rfind("error: unknown value 'baas' (one of: employee jobseeker", 0) == 0);
    CHECK(read("person.sector", " Metaal-MKB ") == "\"metaal-mkb\"");
}

TEST_CASE("every value name points at a value the fact table allows") {
    for (const auto& [path, value] : sw::staff::value_name_targets()) {
        INFO(path << " " << value);
        const auto fact = sw::fact_from_path(path);
        REQUIRE(fact);
        const auto& values = sw::fact_info(*fact).values;
        CHECK(std::find(values.begin(), values.end(), value) != values.end());
    }
}

TEST_CASE("amounts with the shared money reader, three decimals are refused") {
    CHECK(read("course.costs.tuition", "€ 1.250,50") == "1250.50");
    CHECK(read("course.costs.tuition", "1250,5") == "1250.50");
    CHECK(read("course.costs.tuition", "2.500,-") == "2500");
    CHECK(read("course.costs.tuition", "1,250.50", NumberStyle::English) == "1250.50");
    CHECK(read("course.costs.tuition", "12,505") ==
          "error: is unclear: three digits after the separator (12505 or 12.51?); write at most two decimals and no "
          "thousands separator, got '12,505'");
    CHECK(read("course.costs.tuition", "1.250,505") ==
          "error: must be an amount in euros with at most two decimals, got '1.250,505'");
    CHECK(read("course.costs.exam", "-10") == "error: must not be negative, got '-10'");
    CHECK(read("person.used.stap-budget", "€ 300") == "300");
}

TEST_CASE("numbers with a decimal comma, whole numbers stay whole") {
    CHECK(read("person.hours_per_week", "38,5") == "38.50");
    CHECK(read("person.age", "42") == "42");
    CHECK(read("person.age", "42,5") == "error: must be a whole number, got '42,5'");
    CHECK(read("person.age", "abc") == "error: must be a number, got 'abc'");
    CHECK(read("person.age", "€ 42") == "error: must be a number, got '€ 42'");
}

TEST_CASE("dates as Dutch Excel writes them, or ISO, a date that does not exist is named") {
    CHECK(read("course.start_date", "01-03-2026") == "\"2026-03-01\"");
    CHECK(read("course.start_date", "1-3-2026") == "\"2026-03-01\"");
    CHECK(read("course.start_date", "01/03/2026") == "\"2026-03-01\"");
    CHECK(read("person.birth_date", "2026-03-01") == "\"2026-03-01\"");
    CHECK(read("course.start_date", "29-02-2024") == "\"2024-02-29\"");
    CHECK(read("course.start_date", "31-02-2026") == "error: must be a date that exists, got '31-02-2026'");
    CHECK(read("course.start_date", "1-3-26") == "error: must be a date like 01-03-2026, got '1-3-26'");
    CHECK(read("course.start_date", "maart") == "error: must be a date like 01-03-2026, got 'maart'");
}

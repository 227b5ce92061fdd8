// CaseBuilder and the result CSV: a Dutch Excel row becomes the case `stapelwijzer plan` reads;
// the unused columns are carried to the result unchanged; bad rows name their column.
#include <catch2/catch.hpp>

#include "reference_bundle.h"
#include "staff/staff_import.h"
#include "staff_test_support.h"
#include "stapelwijzer/engine.h"
#include "stapelwijzer/rules.h"

using namespace staff_test;

namespace {
sw::staff::CaseBuilder builder(const std::string& header_line, const std::string& course = "") {
    const auto recs = records(header_line + "\n");
    return sw::staff::CaseBuilder(sw::staff::recognise_columns(recs.at(0).cells),
                                  sw::text::NumberStyle::Dutch, course);
}
sw::staff::Record row(const std::string& line) {
    return records(line + "\n", 0, ';').at(0);
}
}  // namespace

TEST_CASE("a Dutch Excel row becomes the contract case, names and numbers carried") {
    const auto b =
        builder("Naam;Personeelsnr;Leeftijd;Werksituatie;Sector;Startdatum;Lesgeld;Examen;Afdeling");
    const auto r =
        b.build(row("Jan de Vries;0042;42;werknemer;metaal-mkb;01-05-2023;€ 2.400,00;150;Werkplaats"), 1);
    REQUIRE(r.error.empty());
    CHECK(r.carried == Cells{"Jan de Vries", "0042", "Werkplaats"});
    CHECK(r.json ==
          "{\"contract\":1,\"person\":{\"age\":42,\"employment\":\"employee\",\"sector\":\"metaal-mkb\"},"
          "\"course\":{\"costs\":{\"tuition\":2400,\"exam\":150},\"start_date\":\"2023-05-01\"}}");
    std::vector<sw::Diagnostic> errors;
    auto catalogue = sw_test::load_reference_catalogue(errors);
    REQUIRE(catalogue);
    sw::Diagnostic d;
    CHECK(sw::parse_case_json(r.json, *catalogue, d).has_value());
}

TEST_CASE("one course for everybody, a row's own course columns win") {
    const auto b =
        builder("Naam;Leeftijd;Examen",
                R"({"start_date":"2026-09-01","costs":{"tuition":1000,"exam":50},"track":"private"})");
    REQUIRE(b.ok());
    CHECK(b.course_has_costs());
    const auto r = b.build(row("Jan;30;75"), 1);
    REQUIRE(r.error.empty());
    CHECK(r.json ==
          "{\"contract\":1,\"person\":{\"age\":30},\"course\":{\"costs\":{\"exam\":75,\"tuition\":1000},"
          "\"start_date\":\"2026-09-01\",\"track\":\"private\"}}");
}

TEST_CASE("a bad cell names its column, a short row names its line, cells stay carried") {
    const auto b = builder("Naam;Leeftijd;Lesgeld");
    const auto bad = b.build(row("Jan;abc;100"), 2);
    CHECK(bad.error == "column 'Leeftijd' (person.age): must be a number, got 'abc'");
    CHECK(bad.carried == Cells{"Jan"});
    auto short_row = row("Piet;30");
    short_row.line = 7;
    CHECK(b.build(short_row, 3).error == "line 7: has 2 cells, the header has 3");
    CHECK(b.build(row("Kees;30;100;;"), 4).error.empty());  // trailing empty cells, as Excel writes them
    const auto contract = builder("person.age,course.costs.tuition");
    CHECK(contract.build(records("x,1\n", 0, ',').at(0), 1).error == "person.age: must be a number, got 'x'");
    CHECK_FALSE(builder("Naam;Lesgeld", "[1]").ok());
}

TEST_CASE("the result CSV: carried columns, semicolon with a byte-order mark, errors in place") {
    const auto b = builder("Naam;Leeftijd;Lesgeld");
    CHECK(sw::staff::result_csv_header(b.columns(), ';') ==
          "\xEF\xBB\xBFrow;Naam;own_payment_cents;employer_cents;eligible;possible;deciding;error\n");
    CHECK(sw::staff::result_csv_header(b.columns(), ',') ==
          "row,Naam,own_payment_cents,employer_cents,eligible,possible,deciding,error\n");
    const auto bad = b.build(row("\"de Vries; Jan\";abc;100"), 2);
    CHECK(sw::staff::result_csv_row(bad, nullptr, "", ';') ==
          "2;\"de Vries; Jan\";;;;;;column 'Leeftijd' (person.age): must be a number, got 'abc'\n");
    sw::Result result;
    result.plan.own_payment = 12345;
    sw::Contribution employer;
    employer.amount = 500;
    employer.applicant = sw::Applicant::Employer;
    result.plan.contributions.push_back(employer);
    const auto good = b.build(row("Jan;30;100"), 1);
    CHECK(sw::staff::result_csv_row(good, &result, "", ';') == "1;Jan;12345;500;;;;\n");
}

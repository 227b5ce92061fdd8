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

TEST_CASE("named courses: a row's course column picks one, unknown names are the row's error") {
    const auto recs = records("Naam;Cursus;Examen\n");
    const auto cols = sw::staff::recognise_columns(recs.at(0).cells);
    CHECK(cols.at(1).path == sw::staff::kCourseNamePath);
    const std::string everybody = R"({"start_date":"2026-09-01","costs":{"tuition":1000,"exam":50}})";
    const std::string named =
        R"({"VCA":{"start_date":"2026-10-01","costs":{"tuition":300}},"Lassen 2":{"costs":{"tuition":2400}}})";
    const sw::staff::CaseBuilder b(cols, sw::text::NumberStyle::Dutch, everybody, named);
    REQUIRE(b.ok());
    CHECK(b.course_has_costs());
    // The named course replaces the course for everybody (no exam from it); names match in any case.
    auto r = b.build(row("Jan; vca ;"), 1);
    REQUIRE(r.error.empty());
    CHECK(r.carried == Cells{"Jan"});
    CHECK(r.json ==
          "{\"contract\":1,\"person\":{},\"course\":{\"costs\":{\"tuition\":300},\"start_date\":\"2026-10-"
          "01\"}}");
    // A row's own course columns still win over it.
    r = b.build(row("Piet;Lassen 2;75"), 2);
    REQUIRE(r.error.empty());
    CHECK(r.json == "{\"contract\":1,\"person\":{},\"course\":{\"costs\":{\"tuition\":2400,\"exam\":75}}}");
    // An empty cell: the course for everybody.
    r = b.build(row("Kees;;"), 3);
    REQUIRE(r.error.empty());
    CHECK(r.json.find("\"tuition\":1000") != std::string::npos);
    CHECK(b.build(row("Anna;Koken;"), 4).error ==
          "column 'Cursus' (course_name): unknown course 'Koken' (the named courses: Lassen 2, VCA)");
    const sw::staff::CaseBuilder none(cols, sw::text::NumberStyle::Dutch, everybody);
    CHECK(none.build(row("Anna;Koken;"), 4).error ==
          "column 'Cursus' (course_name): unknown course 'Koken' (no named courses are given)");
    // Named courses alone give the costs only when a column names them.
    CHECK(sw::staff::CaseBuilder(cols, sw::text::NumberStyle::Dutch, "", named).course_has_costs());
    CHECK_FALSE(sw::staff::CaseBuilder(sw::staff::recognise_columns({"Naam", "Examen"}),
                                       sw::text::NumberStyle::Dutch, "", named)
                    .course_has_costs());
    CHECK_FALSE(sw::staff::CaseBuilder(cols, sw::text::NumberStyle::Dutch, "", "[1]").ok());
    CHECK_FALSE(sw::staff::CaseBuilder(cols, sw::text::NumberStyle::Dutch, "", R"({"VCA":3})").ok());
    CHECK_FALSE(
        sw::staff::CaseBuilder(cols, sw::text::NumberStyle::Dutch, "", R"({"VCA":{},"vca ":{}})").ok());
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
    // Eligible and possible schemes, the facts that decide them, a shared pot's cell; a carried
    // cell with a quote and one with the separator are quoted, as Excel reads them.
    sw::SchemeResult eligible, possible, other;
    eligible.id = "stap";
    eligible.status = sw::Status::Eligible;
    possible.id = "oom";
    possible.status = sw::Status::Possible;
    possible.deciding_facts = {"person.age", "person.sector"};
    other.id = "slim";
    other.status = sw::Status::Possible;
    result.schemes = {eligible, possible, other};
    const auto quoted = b.build(row("\"5\"\" scherm; Jan\";30;100"), 3);
    CHECK(
        sw::staff::result_csv_row(quoted, &result, "", ';', {"1500", ""}) ==
        "3;\"5\"\" scherm; Jan\";12345;500;stap;\"oom;slim\";oom: person.age person.sector | slim:;;1500;\n");
    CHECK(sw::staff::result_csv_row(quoted, &result, "", ',', {}) ==
          "3,\"5\"\" scherm; Jan\",12345,500,stap,oom;slim,oom: person.age person.sector | slim:,\n");
}

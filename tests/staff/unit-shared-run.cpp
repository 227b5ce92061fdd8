// SharedRun (staff/shared_run.h): a staff list computed in small steps with the company budgets
// shared gives the shares and the result CSV rows of `batch --share-budgets`
// (sw::evaluate_batch_shared over the same CaseBuilder rows), with named courses and bad rows.
#include <catch2/catch.hpp>

#include "staff/shared_run.h"
#include "staff_test_support.h"
#include "stapelwijzer/rules.h"

namespace {

// The built-in Dutch catalogue (it has Wij Techniek's company budget), loaded once.
const sw::Catalogue* dutch() {
    static const std::shared_ptr<const sw::Catalogue> loaded = [] {
        std::vector<sw::Diagnostic> errors;
        return sw::load_catalogue(sw::rule_fragments(sw::builtin_rules_files()), errors);
    }();
    REQUIRE(loaded);
    return loaded.get();
}

// Wij Techniek's OSR: a yearly pot of 900 euro + 90 per employee, 1,350 euro for 5 employees; the
// courses need more. Row 5 names an unknown course, row 6 an age that is no number.
const char* kList =
    "Naam;Leeftijd;Werksituatie;Sector;Aantal medewerkers;Cursus\n"
    "Ahmed;34;werknemer;technische-installatie;5;Lassen\n"
    "Bea;45;werknemer;technische-installatie;5;lassen\n"
    "Chris;28;werknemer;technische-installatie;5;VCA\n"
    "Dirk;51;werknemer;technische-installatie;5;\n"
    "Eef;39;werknemer;technische-installatie;5;Koken\n"
    "Fien;oud;werknemer;technische-installatie;5;\n";
const char* kCourse = R"({"costs":{"tuition":500},"start_date":"2026-09-01"})";
const char* kCourses =
    R"({"Lassen":{"costs":{"tuition":1000},"start_date":"2026-09-01"},"VCA":{"costs":{"tuition":300},"start_date":"2026-09-01"}})";

}  // namespace

TEST_CASE("SharedRun: the shares and CSV rows of evaluate_batch_shared, step by step") {
    const sw::Catalogue* cat = dutch();
    const std::vector<sw::staff::Record> all = staff_test::records(kList);
    const std::vector<sw::staff::Record> records(all.begin() + 1, all.end());
    sw::staff::CaseBuilder builder(sw::staff::recognise_columns(all[0].cells), sw::text::NumberStyle::Dutch,
                                   kCourse, kCourses);
    REQUIRE(builder.ok());
    const sw::EvaluateOptions eval{false, false, false};

    // `batch --share-budgets`: every row built, then evaluate_batch_shared.
    std::vector<sw::staff::CaseRow> rows;
    std::vector<sw::BatchCase> cases;
    for (std::size_t i = 0; i < records.size(); ++i) {
        rows.push_back(builder.build(records[i], static_cast<int>(i) + 1));
        cases.push_back({rows.back().row, rows.back().json, rows.back().error});
    }
    sw::SharedBatch want = sw::evaluate_batch_shared(*cat, cases, eval);
    std::vector<std::string> want_csv;
    for (std::size_t i = 0; i < want.rows.size(); ++i) {
        sw::BatchRow& r = want.rows[i];
        sw::staff::name_row_error(builder, rows[i], r);
        want_csv.push_back(
            sw::staff::result_csv_row(rows[i], r.error.empty() ? &r.result : nullptr, r.error, ';',
                                      sw::staff::budget_csv_cells(*cat, want.shares, i, r.error.empty())));
    }

    sw::staff::SharedRun run(*cat, builder, records);
    CHECK(run.stage() == sw::staff::SharedRun::Stage::Read);
    double last = -1;
    bool shared_stage = false;
    while (run.prepare()) {
        shared_stage = shared_stage || run.stage() == sw::staff::SharedRun::Stage::Share;
        if (run.stage() == sw::staff::SharedRun::Stage::Read) {
            CHECK(run.progress() > last);
            last = run.progress();
        }
    }
    CHECK(shared_stage);
    REQUIRE(run.stage() == sw::staff::SharedRun::Stage::Evaluate);
    REQUIRE(run.shares().size() == 1);
    CHECK(run.shares()[0].scheme == "wij-techniek-osr-2024");
    CHECK(run.shares()[0].pot == 135000);
    CHECK(run.shares()[0].given_total == 135000);
    CHECK(want.shares[0].given_total == 135000);

    std::vector<std::string> got_csv;
    std::vector<sw::Cents> given;
    while (run.stage() == sw::staff::SharedRun::Stage::Evaluate)
        run.evaluate(4, eval, [&](const sw::staff::CaseRow& c, sw::BatchRow& r, std::size_t k) {
            sw::staff::name_row_error(builder, c, r);
            const bool ok = r.error.empty() && c.error.empty();
            given.push_back(ok ? run.shares()[0].given[k] : -1);
            got_csv.push_back(
                sw::staff::result_csv_row(c, ok ? &r.result : nullptr, r.error, ';',
                                          sw::staff::budget_csv_cells(*cat, run.shares(), ok ? k : 0, ok)));
        });
    CHECK(run.stage() == sw::staff::SharedRun::Stage::Done);
    CHECK(run.evaluated() == records.size());
    CHECK(got_csv == want_csv);
    // In list order, each what their course needs of what is left; the bad rows get nothing.
    CHECK(given == std::vector<sw::Cents>{100000, 35000, 0, 0, -1, -1});
    CHECK(got_csv[4].find("unknown course 'Koken'") != std::string::npos);
    CHECK(got_csv[5].find("Leeftijd") != std::string::npos);
}

TEST_CASE("SharedRun: an empty list is done after sharing nothing") {
    const sw::Catalogue* cat = dutch();
    const std::vector<sw::staff::Record> none;
    sw::staff::CaseBuilder builder(sw::staff::recognise_columns({"Naam", "Lesgeld"}),
                                   sw::text::NumberStyle::Dutch);
    sw::staff::SharedRun run(*cat, builder, none);
    while (run.prepare()) {
    }
    CHECK(run.stage() == sw::staff::SharedRun::Stage::Done);
    CHECK(run.shares().empty());
}

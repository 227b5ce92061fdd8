// row_error_dutch (staff_import.h): every kind of row error the staff library writes, and the
// engine's unknown sector, reads in Dutch in the web app; the file's own words (header, cell) stay.
#include <catch2/catch.hpp>

#include "reference_bundle.h"
#include "staff/staff_import.h"
#include "staff_test_support.h"

using namespace staff_test;

namespace {

// The error of one row of `header` with `cells` (the row error the view shows, in English).
std::string row_error(const std::string& header, const std::string& line, const std::string& courses = "") {
    const auto recs = records(header + "\n" + line + "\n", 0, ';');
    const sw::staff::CaseBuilder b(sw::staff::recognise_columns(recs.at(0).cells),
                                   sw::text::NumberStyle::Dutch, "", courses);
    return b.build(recs.at(1), 1).error;
}

// No English word of the messages is left.
void no_english(const std::string& nl) {
    INFO(nl);
    for (const char* word : {"must", "got", "unknown", "line ", "column", "cells", "header", "quote",
                             "one of", "named", "unclear", "number", "amount", " or "})
        CHECK(nl.find(word) == std::string::npos);
}

}  // namespace

TEST_CASE("row errors in Dutch: each message of the library, the file's words kept") {
    const std::string h = "Naam;Leeftijd;Geboortedatum;Werksituatie;WW;Lesgeld;Cursus";
    struct Case {
        std::string line, want;
    };
    const std::vector<Case> cases = {
        {"A;abc;;;;100;", "kolom 'Leeftijd' (person.age): moet een getal zijn, u schreef 'abc'"},
        {"A;42,5;;;;100;", "kolom 'Leeftijd' (person.age): moet een heel getal zijn, u schreef '42,5'"},
        {"A;;31-02-1980;;;100;",
         "kolom 'Geboortedatum' (person.birth_date): moet een datum zijn die bestaat, u schreef "
         "'31-02-1980'"},
        {"A;;1-3-80;;;100;",
         "kolom 'Geboortedatum' (person.birth_date): moet een datum zijn zoals 01-03-2026, u schreef "
         "'1-3-80'"},
        {"A;;;;misschien;100;",
         "kolom 'WW' (person.receives_ww): moet ja of nee zijn, u schreef 'misschien'"},
        {"A;;;;;-5;", "kolom 'Lesgeld' (course.costs.tuition): mag niet negatief zijn, u schreef '-5'"},
        {"A;;;;;500,505;", ""},  // "is niet duidelijk ... (500505 of 500.51?)": no English left
        {"A;;;;;1,2,3;", ""},
        {"A;;;baas;;100;", ""},
        {"A;;;;;100;Koken",
         "kolom 'Cursus' (course_name): onbekende cursus 'Koken' (er zijn geen cursussen met een naam)"},
        {"A;1", "regel 2: heeft 2 cellen, de kopregel heeft 7"},
    };
    for (const Case& c : cases) {
        const std::string en = row_error(h, c.line);
        INFO(c.line << " -> " << en);
        REQUIRE_FALSE(en.empty());
        const std::string nl = sw::staff::row_error_dutch(en);
        if (!c.want.empty()) CHECK(nl == c.want);
        no_english(nl);
    }
    CHECK(sw::staff::row_error_dutch(row_error(h, "A;;;;;100;Koken", R"({"VCA":{}})")) ==
          "kolom 'Cursus' (course_name): onbekende cursus 'Koken' (de cursussen met een naam: VCA)");
    CHECK(sw::staff::row_error_dutch(row_error(h, "A;;;baas;;100;"))
              .find("onbekende waarde 'baas' (kies uit:") != std::string::npos);
    // The record reader's errors.
    for (const std::string& text :
         {std::string("Naam;Leeftijd\n\"A\"x;3\n"), std::string("Naam;Leeftijd\n\"A;3\n")}) {
        const auto recs = records(text, 0, ';');
        REQUIRE_FALSE(recs.at(1).error.empty());
        no_english(sw::staff::row_error_dutch(recs.at(1).error));
    }
    // The engine's unknown sector, with the column named by the library.
    CHECK(
        sw::staff::row_error_dutch("column 'Sector' (person.sector): \"ruimtevaart\" is not a sector of this "
                                   "catalogue; use one of: metaal-mkb, zorg") ==
        "kolom 'Sector' (person.sector): \"ruimtevaart\" is geen sector in deze regels; kies uit: "
        "metaal-mkb, zorg");
    // A cell that holds English words is left as written.
    CHECK(sw::staff::row_error_dutch(
              "column 'Leeftijd' (person.age): must be a number, got 'must be unknown'") ==
          "kolom 'Leeftijd' (person.age): moet een getal zijn, u schreef 'must be unknown'");
}

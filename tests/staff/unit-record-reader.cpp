// RecordReader: a staff list's bytes as Dutch Excel, English Excel and a spreadsheet's clipboard
// give them, split into records the same way whatever the chunks they arrive in.
#include <catch2/catch.hpp>

#include "staff_test_support.h"

using namespace staff_test;
using sw::staff::RecordReader;

TEST_CASE("the separator is taken from the header: semicolon (Dutch Excel), ',' and tab (pasted cells)") {
    RecordReader semi, comma, tab;
    auto a = records("Naam;Leeftijd\nJan;42\n", 0, 0, &semi);
    auto b = records("name,age\nJan,42\n", 0, 0, &comma);
    auto c = records("Naam\tLeeftijd\r\nJan\t42\r\n", 0, 0, &tab);
    CHECK(semi.separator() == ';');
    CHECK(comma.separator() == ',');
    CHECK(tab.separator() == '\t');
    CHECK(a[1].cells == Cells{"Jan", "42"});
    CHECK(b[1].cells == Cells{"Jan", "42"});
    CHECK(c[1].cells == Cells{"Jan", "42"});
    // A decimal comma inside a ';' file is a value, not a separator.
    auto d = records("Naam;Lesgeld;Uren per week\nJan;1250,50;38,5\n");
    CHECK(d[1].cells == Cells{"Jan", "1250,50", "38,5"});
}

TEST_CASE("Excel's hint line 'sep=...' names the separator and is not the header") {
    RecordReader reader;
    auto r = records("sep=,\nNaam;Opmerking,Leeftijd\nJan;x,42\n", 0, 0, &reader);
    CHECK(reader.separator() == ',');
    REQUIRE(r.size() == 2);
    CHECK(r[0].cells == Cells{"Naam;Opmerking", "Leeftijd"});
    CHECK(r[1].line == 3);
}

TEST_CASE("a UTF-8 byte-order mark is skipped, Windows-1252 cells become UTF-8") {
    auto a = records("\xEF\xBB\xBFNaam;Lesgeld\nJos\xC3\xA9;\xE2\x82\xAC 1.250,50\n");
    CHECK(a[0].cells == Cells{"Naam", "Lesgeld"});
    CHECK(a[1].cells == Cells{"Jos\xC3\xA9", "\xE2\x82\xAC 1.250,50"});
    // The same row as Dutch Excel saves it in Windows-1252: é is E9, € is 80.
    auto b = records("Naam;Lesgeld\nJos\xE9;\x80 1.250,50\n");
    CHECK(b[1].cells == Cells{"Jos\xC3\xA9", "\xE2\x82\xAC 1.250,50"});
}

TEST_CASE("quotes as RFC 4180 and Excel write them") {
    auto r = records(
        "Naam;Opmerking\n\"de Vries; Jan\";\"zegt \"\"hoi\"\"\"\n\"Piet\";\"twee\nregels\"\nKees;5\" "
        "scherm\n");
    REQUIRE(r.size() == 4);
    CHECK(r[1].cells == Cells{"de Vries; Jan", "zegt \"hoi\""});
    CHECK(r[2].cells == Cells{"Piet", "twee\nregels"});
    CHECK(r[2].line == 3);
    CHECK(r[3].cells == Cells{"Kees", "5\" scherm"});  // a quote inside an unquoted cell is text
    CHECK(r[3].line == 5);
}

TEST_CASE("blank lines and Excel's empty rows (semicolons only) are skipped, line numbers still count") {
    auto r = records("a;b\n\n;;\n 1;2\r\n");
    REQUIRE(r.size() == 2);
    CHECK(r[1].line == 4);
    CHECK(r[1].cells == Cells{" 1", "2"});
}

TEST_CASE("a quote never closed spoils one line, the rows after it are kept") {
    auto r = records("Naam;Leeftijd\n\"Jan;42\nPiet;30\nKees;50\n");
    REQUIRE(r.size() == 4);
    CHECK(r[1].error == "line 2: a quoted cell is not closed");
    CHECK(r[1].cells.empty());
    CHECK(r[2].cells == Cells{"Piet", "30"});
    CHECK(r[2].line == 3);
    CHECK(r[3].cells == Cells{"Kees", "50"});
}

TEST_CASE("text after a closing quote is a bad row naming its line") {
    auto r = records("a,b\n\"x\"y,2\n3,4\n");
    REQUIRE(r.size() == 3);
    CHECK(r[1].error.rfind("line 2: text after a closing quote", 0) == 0);
    CHECK(r[2].cells == Cells{"3", "4"});
}

TEST_CASE("the records do not depend on the chunks the bytes arrive in") {
    const std::string text =
        "\xEF\xBB\xBFNaam;Leeftijd;Opmerking\r\n\"Jan\";42;\"a\r\nb\"\r\nPiet;30;\"x\"\"y\"\r\n\r\nKees;50;z";
    const auto whole = records(text);
    REQUIRE(whole.size() == 4);
    for (std::size_t chunk = 1; chunk < 9; ++chunk) {
        const auto split = records(text, chunk);
        REQUIRE(split.size() == whole.size());
        for (std::size_t i = 0; i < whole.size(); ++i) {
            CHECK(split[i].cells == whole[i].cells);
            CHECK(split[i].line == whole[i].line);
        }
    }
}

TEST_CASE("a UTF-16 file or a binary file (an .xlsx) is refused with a reason") {
    RecordReader utf16, zip;
    records(std::string("\xFF\xFEN\0a\0", 6), 0, 0, &utf16);
    CHECK(utf16.file_error().find("UTF-16") != std::string::npos);
    records(std::string("PK\x03\x04\0\0\x08\0", 8), 0, 0, &zip);
    CHECK(zip.file_error().find("ZIP file (an .xlsx?)") != std::string::npos);
    // A NUL byte further on spoils only its own row, whatever the chunks.
    for (std::size_t chunk : {1, 3, 100}) {
        auto r = records(std::string("a;b\n1;2\n3;\0\n5;6\n", 16), chunk);
        REQUIRE(r.size() == 4);
        CHECK(r[2].error == "line 3: holds a NUL byte (is this a binary file?)");
        CHECK(r[3].cells == Cells{"5", "6"});
    }
}

TEST_CASE("a long file is read in bounded memory: only the record being read is kept") {
    RecordReader reader;
    sw::staff::Record rec;
    std::size_t n = 0;
    reader.feed("Naam;Leeftijd\n");
    for (int i = 0; i < 20000; ++i) {
        reader.feed("Medewerker " + std::to_string(i) + ";42\n");
        while (reader.next(rec)) ++n;
    }
    reader.finish();
    while (reader.next(rec)) ++n;
    CHECK(n == 20001);
}

// unit-xlsx-reader.cpp: an Excel workbook read as the staff-list text (src/staff/xlsx_reader.h):
// the cell rules (numbers, dates, date formats) and whole workbooks written by libzip here
// (tests/staff/xlsx_fixture.h): shared and inline strings, gaps, dates in both date systems,
// booleans, formula results, and damaged, password-protected and .xls files.
#include <catch2/catch.hpp>

#include "staff/xlsx_reader.h"
#include "staff_test_support.h"
#include "xlsx_fixture.h"

using staff_test::Cells;
using sw::staff::XlsxError;

namespace {

std::string read_text(const std::string& path, XlsxError& error, bool& ok) {
    std::string text;
    ok = sw::staff::read_xlsx(
        path,
        [&](std::string_view s) {
            text += s;
            return true;
        },
        error);
    return text;
}

std::string read_ok(const xlsx_fixture::Parts& parts, const std::string& name) {
    XlsxError error;
    bool ok = false;
    const std::string text = read_text(xlsx_fixture::write(name, parts), error, ok);
    INFO(error.en);
    REQUIRE(ok);
    return text;
}

std::string inline_cell(const std::string& ref, const std::string& text) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

}  // namespace

TEST_CASE("xlsx: a number cell's digits, as Excel shows them, with a decimal comma") {
    using sw::staff::xlsx_number_text;
    CHECK(xlsx_number_text("42") == "42");
    CHECK(xlsx_number_text("1250.5") == "1250,5");
    CHECK(xlsx_number_text("38.50") == "38,5");
    CHECK(xlsx_number_text("0.30000000000000004") == "0,3");  // 0.1 + 0.2 in a formula
    CHECK(xlsx_number_text("1375.1100000000001") == "1375,11");
    CHECK(xlsx_number_text("0.99999999999999999") == "1");  // rounding carries into a new digit
    CHECK(xlsx_number_text("1.234567890123457E+17") == "123456789012346000");
    CHECK(xlsx_number_text("1e-07") == "0,0000001");
    CHECK(xlsx_number_text("-12.5") == "-12,5");
    CHECK(xlsx_number_text("0") == "0");
    CHECK(xlsx_number_text("000.000") == "0");
    CHECK(xlsx_number_text("2500") == "2500");
    CHECK(xlsx_number_text("abc") == "abc");  // not a number: kept, and refused by the value reader
}

TEST_CASE("xlsx: a date serial in the 1900 and the 1904 date system") {
    using sw::staff::xlsx_date_text;
    CHECK(xlsx_date_text("46082", false) == "2026-03-01");
    CHECK(xlsx_date_text("46081.75", false) == "2026-02-28");  // the time of day is dropped
    CHECK(xlsx_date_text("61", false) == "1900-03-01");
    CHECK(xlsx_date_text("25569", false) == "1970-01-01");
    CHECK(xlsx_date_text("44620", true) == "2026-03-01");  // 1904 system: 1462 days fewer
    CHECK(xlsx_date_text("29586", false) == "1980-12-31");
    CHECK(xlsx_date_text("x", false).empty());
}

TEST_CASE("xlsx: which number formats are dates") {
    using sw::staff::xlsx_is_date_format;
    for (int id = 14; id <= 22; ++id) CHECK(xlsx_is_date_format(id, ""));
    CHECK_FALSE(xlsx_is_date_format(0, ""));
    CHECK_FALSE(xlsx_is_date_format(2, ""));  // 0.00
    CHECK_FALSE(xlsx_is_date_format(164, "0.00"));
    CHECK_FALSE(xlsx_is_date_format(164, "General"));
    CHECK_FALSE(xlsx_is_date_format(164, "\"€\" #,##0.00"));
    CHECK_FALSE(xlsx_is_date_format(164, "0.00\\m"));  // an escaped m is text
    CHECK(xlsx_is_date_format(164, "dd-mm-yyyy"));
    CHECK(xlsx_is_date_format(164, "d/m/yyyy;@"));
    CHECK(xlsx_is_date_format(164, "[$-413]d mmmm yyyy;@"));  // Dutch long date
    CHECK(xlsx_is_date_format(164, "DD.MM.YY"));
    CHECK(xlsx_is_date_format(164, "[h]:mm:ss"));
    CHECK(xlsx_is_date_format(164, "0.00;dd-mm-yyyy"));  // any section that is a date
}

TEST_CASE("xlsx: shared and inline strings, numbers, booleans, dates, gaps become the CSV text") {
    xlsx_fixture::Parts p;
    p.shared =
        "<si><t>Naam</t></si><si><r><t>Leef</t></r><r><rPr><b/></rPr><t>tijd</t></r>"
        "<rPh><t>x</t></rPh></si><si><t>de Vries; Ans</t></si><si><t xml:space=\"preserve\"> Bob "
        "\"B\"</t></si>"
        "<si><t>Startdatum</t></si><si><t>line_x000D_break</t></si>";
    p.num_fmts = "<numFmt numFmtId=\"164\" formatCode=\"dd\\-mm\\-yyyy\"/>";
    p.cell_xfs = "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"4\"/>";
    p.sheet_data =
        // The header from row 2 (row 1 is empty), a gap in the columns (C1 empty).
        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"s\"><v>1</v></c>" +
        inline_cell("C2", "Vast") + "<c r=\"D2\" t=\"s\"><v>4</v></c>" + inline_cell("E2", "Lesgeld") +
        "</row>"
        "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>2</v></c><c r=\"B3\"><v>42</v></c><c r=\"C3\" "
        "t=\"b\"><v>1</v></c>"
        "<c r=\"D3\" s=\"1\"><v>46082</v></c><c r=\"E3\" s=\"3\"><v>1250.5</v></c></row>"
        // Row 4 is missing; row 5 has cells only in B and D (a custom date format) and a formula.
        "<row r=\"5\"><c r=\"B5\"><f>20+9</f><v>29</v></c><c r=\"D5\" s=\"2\"><v>46081</v></c></row>"
        "<row r=\"6\"><c r=\"A6\" t=\"s\"><v>3</v></c><c r=\"C6\" t=\"b\"><v>0</v></c><c r=\"E6\" "
        "t=\"e\"><v>#DIV/0!</v></c></row>"
        // Cells without references follow one another; a string formula.
        "<row><c t=\"s\"><v>5</v></c><c t=\"str\"><f>A1</f><v>Naam</v></c></row>";
    const std::string text = read_ok(p, "cells.xlsx");
    // A cell with ';', ',' (a decimal comma too), a tab, a quote or a line break is quoted, so the
    // separator found in the header is always ';'.
    CHECK(text ==
          "\n"
          "Naam;Leeftijd;Vast;Startdatum;Lesgeld\n"
          "\"de Vries; Ans\";42;WAAR;2026-03-01;\"1250,5\"\n"
          "\n"
          ";29;;2026-02-28;\n"
          "\" Bob \"\"B\"\"\";;ONWAAR;;\n"
          "\"line\rbreak\";Naam;;;\n");
    // And the staff reader splits it into the sheet's cells, ';' separated.
    sw::staff::RecordReader reader;
    const auto recs = staff_test::records(text, 7, 0, &reader);
    REQUIRE(recs.size() == 5);
    CHECK(reader.separator() == ';');
    CHECK(recs[1].cells == Cells{"de Vries; Ans", "42", "WAAR", "2026-03-01", "1250,5"});
    CHECK(recs[3].cells == Cells{" Bob \"B\"", "", "ONWAAR", "", ""});
}

TEST_CASE("xlsx: 1904 dates, and a one-column sheet names its separator") {
    xlsx_fixture::Parts p;
    p.date1904 = true;
    p.cell_xfs = "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>";
    p.sheet_data = "<row r=\"1\">" + inline_cell("A1", "Geboortedatum") +
                   "</row><row r=\"2\"><c r=\"A2\" s=\"1\"><v>44620</v></c></row>"
                   "<row r=\"3\"><c r=\"A3\"><v>38.5</v></c></row>";
    CHECK(read_ok(p, "d1904.xlsx") == "sep=;\nGeboortedatum\n2026-03-01\n\"38,5\"\n");
}

TEST_CASE("xlsx: the sheet is handed on in pieces that end at a row end") {
    xlsx_fixture::Parts p;
    std::string rows = "<row r=\"1\">" + inline_cell("A1", "Naam") + inline_cell("B1", "Leeftijd") + "</row>";
    for (int r = 2; r <= 20001; ++r)
        rows += "<row r=\"" + std::to_string(r) + "\">" +
                inline_cell("A" + std::to_string(r), "Persoon " + std::to_string(r)) + "<c r=\"B" +
                std::to_string(r) + "\"><v>" + std::to_string(20 + r % 40) + "</v></c></row>";
    p.sheet_data = rows;
    const std::string path = xlsx_fixture::write("big.xlsx", p);
    std::size_t pieces = 0, biggest = 0, lines = 0;
    XlsxError error;
    REQUIRE(sw::staff::read_xlsx(
        path,
        [&](std::string_view s) {
            ++pieces;
            biggest = std::max(biggest, s.size());
            CHECK(s.back() == '\n');
            for (char c : s) lines += c == '\n';
            return true;
        },
        error));
    CHECK(lines == 20001);
    CHECK(pieces > 1);
    CHECK(biggest < 200000);  // bounded by the chunk, not the sheet
    // A sink that says stop ends the reading early, without an error.
    pieces = 0;
    REQUIRE(sw::staff::read_xlsx(
        path, [&](std::string_view) { return ++pieces < 2; }, error));
    CHECK(pieces == 2);
}

TEST_CASE("xlsx: a password-protected workbook and an .xls are named, in English and Dutch") {
    XlsxError error;
    bool ok = true;
    read_text(xlsx_fixture::write_bytes("locked.xlsx", xlsx_fixture::ole_file(true)), error, ok);
    CHECK_FALSE(ok);
    CHECK_THAT(error.en, Catch::Contains("protected with a password"));
    CHECK_THAT(error.nl, Catch::Contains("beveiligd met een wachtwoord"));
    read_text(xlsx_fixture::write_bytes("old.xls", xlsx_fixture::ole_file(false)), error, ok);
    CHECK_FALSE(ok);
    CHECK_THAT(error.en, Catch::Contains("Excel 97-2003 workbook (.xls)"));
    CHECK_THAT(error.nl, Catch::Contains("Excel 97-2003-werkmap (.xls)"));
}

TEST_CASE("xlsx: a damaged workbook says what is wrong and where") {
    xlsx_fixture::Parts good;
    good.sheet_data = "<row r=\"1\">" + inline_cell("A1", "Naam") + inline_cell("B1", "Leeftijd") + "</row>";
    const std::string bytes = xlsx_fixture::read_bytes(xlsx_fixture::write("good.xlsx", good));
    XlsxError error;
    bool ok = true;

    // Cut off halfway: the ZIP's central directory is gone.
    read_text(xlsx_fixture::write_bytes("cut.xlsx", bytes.substr(0, bytes.size() / 2)), error, ok);
    CHECK_FALSE(ok);
    CHECK_THAT(error.en, Catch::Contains("not a readable Excel workbook") &&
                             Catch::Contains("ZIP container is damaged"));
    CHECK_THAT(error.nl, Catch::Contains("geen leesbare Excel-werkmap") && Catch::Contains("ZIP-verpakking"));

    // Not a ZIP at all.
    read_text(xlsx_fixture::write_bytes("text.xlsx", "Naam;Leeftijd\n"), error, ok);
    CHECK_FALSE(ok);
    CHECK_THAT(error.en, Catch::Contains("not a ZIP file"));

    auto with = [&](const std::string& name, std::function<void(xlsx_fixture::Parts&)> change) {
        xlsx_fixture::Parts p = good;
        change(p);
        read_text(xlsx_fixture::write(name, p), error, ok);
        CHECK_FALSE(ok);
    };
    with("badxml.xlsx",
         [](auto& p) { p.replace["xl/worksheets/sheet1.xml"] = "<worksheet><sheetData><row>"; });
    CHECK_THAT(error.en, Catch::Contains("xl/worksheets/sheet1.xml is not valid XML at 1:"));
    with("nosheet.xlsx", [](auto& p) { p.replace["xl/workbook.xml"] = "<workbook><sheets/></workbook>"; });
    CHECK_THAT(error.en, Catch::Contains("has no worksheet"));
    with("missing.xlsx", [](auto& p) {
        p.replace.erase("xl/worksheets/sheet1.xml");
        p.replace["xl/_rels/workbook.xml.rels"] =
            "<Relationships><Relationship Id=\"rId7\" Type=\"x/worksheet\" "
            "Target=\"worksheets/gone.xml\"/></Relationships>";
    });
    CHECK_THAT(error.en, Catch::Contains("xl/worksheets/gone.xml is missing"));
    with("badshared.xlsx", [](auto& p) {
        p.shared = "<si><t>a</t></si>";
        p.sheet_data = "<row r=\"3\"><c r=\"C3\" t=\"s\"><v>7</v></c></row>";
    });
    CHECK_THAT(error.en, Catch::Contains("cell C3 refers to shared string 7, which does not exist"));
    CHECK_THAT(error.nl, Catch::Contains("cel C3 verwijst naar gedeelde tekst 7"));
    with("badstyle.xlsx",
         [](auto& p) { p.sheet_data = "<row r=\"2\"><c r=\"B2\" s=\"9\"><v>1</v></c></row>"; });
    CHECK_THAT(error.en, Catch::Contains("cell B2 has a style"));
    with("badref.xlsx", [](auto& p) {
        p.sheet_data = "<row r=\"2\"><c r=\"B2\"><v>1</v></c><c r=\"A2\"><v>1</v></c></row>";
    });
    CHECK_THAT(error.en, Catch::Contains("bad cell reference 'A2' in row 2"));
}

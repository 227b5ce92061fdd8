// fuzz_xlsx_reader.cpp: the Excel workbook reader (src/staff/xlsx_reader.h), what `stapelwijzer
// batch --input staff.xlsx` reads. The first byte picks what the rest is:
//   0 (e.g. '0'): the <sheetData> of the first sheet, packed by libzip into a workbook with fixed
//     shared strings and styles (a date format among them); the text read must split into records
//     without an error (the reader quotes what needs quoting), or the workbook is refused in both
//     languages;
//   1 ('1'): a number cell's text: when it is a number, xlsx_number_text gives digits with at most
//     one decimal comma, no exponent, at most 15 significant digits; the date and date-format
//     rules must not crash;
//   2 ('2'): the whole file: read or refused in both languages.
#include <unistd.h>
#include <zip.h>

#include <cstdio>
#include <cstdlib>
#include <regex>
#include <string>

#include "staff/staff_import.h"
#include "staff/xlsx_reader.h"

namespace {

void require(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "property failed: %s\n", what);
        std::abort();
    }
}

std::string temp_file() {
    return "/tmp/sw-fuzz-xlsx-" + std::to_string(::getpid()) + ".xlsx";
}

void write_workbook(const std::string& path, const std::string& sheet_data) {
    const std::string ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
    const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const std::string parts[][2] = {
        {"xl/workbook.xml", "<workbook " + ns + " xmlns:r=\"" + rel +
                                "\"><sheets><sheet name=\"S\" r:id=\"rId1\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels", "<Relationships><Relationship Id=\"rId1\" Type=\"" + rel +
                                           "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                                           "<Relationship Id=\"rId2\" Type=\"" +
                                           rel +
                                           "/styles\" Target=\"styles.xml\"/>"
                                           "<Relationship Id=\"rId3\" Type=\"" +
                                           rel +
                                           "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"},
        {"xl/styles.xml", "<styleSheet " + ns +
                              "><numFmts><numFmt numFmtId=\"164\" formatCode=\"dd-mm-yyyy\"/></numFmts>"
                              "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf "
                              "numFmtId=\"4\"/></cellXfs></styleSheet>"},
        {"xl/sharedStrings.xml",
         "<sst " + ns + "><si><t>Naam</t></si><si><t>Leeftijd</t></si><si><t>a;b\"c</t></si></sst>"},
        {"xl/worksheets/sheet1.xml",
         "<worksheet " + ns + "><sheetData>" + sheet_data + "</sheetData></worksheet>"},
    };
    int err = 0;
    zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    require(z != nullptr, "zip_open");
    for (const auto& p : parts) {
        zip_source_t* s = zip_source_buffer(z, p[1].data(), p[1].size(), 0);
        require(s && zip_file_add(z, p[0].c_str(), s, 0) >= 0, "zip_file_add");
    }
    require(zip_close(z) == 0, "zip_close");
}

void read_and_check(const std::string& path) {
    std::string text;
    sw::staff::XlsxError error;
    const bool ok = sw::staff::read_xlsx(
        path,
        [&](std::string_view s) {
            text += s;
            return true;
        },
        error);
    if (!ok) {
        require(!error.en.empty() && !error.nl.empty(), "a refused workbook says why in English and Dutch");
        return;
    }
    sw::staff::RecordReader reader;
    reader.feed(text);
    reader.finish();
    require(reader.file_error().empty(), "the text is a text file");
    sw::staff::Record rec;
    while (reader.next(rec)) require(rec.error.empty(), "every row of the text splits into cells");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    const std::string rest(reinterpret_cast<const char*>(data) + 1, size - 1);
    const std::string path = temp_file();
    switch (data[0] % 3) {
        case 0:
            write_workbook(path, rest);
            read_and_check(path);
            break;
        case 1: {
            static const std::regex number(R"(^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d{1,4})?$)");
            static const std::regex shown(R"(^-?(0|[1-9]\d*)(,\d*[1-9])?$)");
            const std::string text = sw::staff::xlsx_number_text(rest);
            // A number beyond 10^±400 is left as written (xlsx_cells.cpp: the reader refuses it);
            // only then may the text come back unchanged with its exponent.
            static const std::regex parts(R"(^[+-]?(\d*)\.?(\d*)[eE]([+-]?\d{1,4})$)");
            std::smatch p;
            if (text == rest && std::regex_match(rest, p, parts)) {
                const std::string digits = p[1].str() + p[2].str();
                const std::size_t lead = digits.find_first_not_of('0');
                if (lead != std::string::npos) {
                    const long exp10 =
                        static_cast<long>(p[1].length()) + std::stol(p[3].str()) - static_cast<long>(lead);
                    require(exp10 > 400 || exp10 < -400,
                            "a number within 10^±400 is written out, not left as written");
                    break;
                }
            }
            if (std::regex_match(rest, number) && text.size() < 500) {
                require(std::regex_match(text, shown), "a number is digits with at most one decimal comma");
                std::size_t significant = 0;
                const std::size_t first = text.find_first_of("123456789");
                if (first != std::string::npos) {
                    const std::size_t last = text.find_last_of("123456789");
                    for (std::size_t i = first; i <= last; ++i) significant += text[i] != ',';
                }
                require(significant <= 15, "at most 15 significant digits");
            }
            (void)sw::staff::xlsx_date_text(rest, rest.size() % 2 == 0);
            (void)sw::staff::xlsx_is_date_format(164, rest);
            break;
        }
        default: {
            std::FILE* f = std::fopen(path.c_str(), "wb");
            std::fwrite(rest.data(), 1, rest.size(), f);
            std::fclose(f);
            read_and_check(path);
        }
    }
    std::remove(path.c_str());
    return 0;
}

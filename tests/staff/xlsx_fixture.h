// xlsx_fixture.h: writes small .xlsx files for the workbook reader's tests with libzip, part by
// part, so each test states exactly the XML it reads (shared strings, inline strings, styles,
// 1904 dates, gaps). tests/cli/batch-xlsx.test.mjs reads files written by openpyxl as well.
#pragma once

#include <unistd.h>
#include <zip.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>

namespace xlsx_fixture {

struct Parts {
    std::string sheet_data;  // the <sheetData> element's content
    std::string shared;      // <si> elements; empty: no sharedStrings.xml
    std::string num_fmts;    // <numFmt> elements
    std::string cell_xfs = "<xf numFmtId=\"0\"/>";
    bool date1904 = false;
    std::map<std::string, std::string> replace;  // part name -> its bytes instead
};

inline std::string temp_path(const std::string& name) {
    return (std::filesystem::temp_directory_path() / ("sw-xlsx-" + std::to_string(::getpid()) + "-" + name))
        .string();
}

inline std::string write(const std::string& name, const Parts& p) {
    const std::string ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
    const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    std::map<std::string, std::string> parts = {
        {"[Content_Types].xml",
         "<?xml version=\"1.0\"?><Types "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {"_rels/.rels",
         "<?xml version=\"1.0\"?><Relationships "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"" +
             rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
        {"xl/workbook.xml", "<?xml version=\"1.0\"?><workbook " + ns + " xmlns:r=\"" + rel + "\">" +
                                (p.date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>") +
                                "<sheets><sheet name=\"Personeel\" sheetId=\"1\" r:id=\"rId7\"/>"
                                "<sheet name=\"Other\" sheetId=\"2\" r:id=\"rId8\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
         "<?xml version=\"1.0\"?><Relationships "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId8\" Type=\"" +
             rel +
             "/worksheet\" Target=\"worksheets/sheet2.xml\"/>"
             "<Relationship Id=\"rId7\" Type=\"" +
             rel +
             "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
             "<Relationship Id=\"rId3\" Type=\"" +
             rel + "/styles\" Target=\"styles.xml\"/>" +
             (p.shared.empty() ? ""
                               : "<Relationship Id=\"rId4\" Type=\"" + rel +
                                     "/sharedStrings\" Target=\"sharedStrings.xml\"/>") +
             "</Relationships>"},
        {"xl/styles.xml", "<?xml version=\"1.0\"?><styleSheet " + ns + "><numFmts>" + p.num_fmts +
                              "</numFmts><cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs>" +
                              p.cell_xfs + "</cellXfs></styleSheet>"},
        {"xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet " + ns + "><sheetData>" +
                                         p.sheet_data + "</sheetData></worksheet>"},
        {"xl/worksheets/sheet2.xml",
         "<?xml version=\"1.0\"?><worksheet " + ns +
             "><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>not this "
             "sheet</t></is></c></row></sheetData></worksheet>"},
    };
    if (!p.shared.empty())
        parts["xl/sharedStrings.xml"] = "<?xml version=\"1.0\"?><sst " + ns + ">" + p.shared + "</sst>";
    for (const auto& [k, v] : p.replace) parts[k] = v;
    const std::string path = temp_path(name);
    std::remove(path.c_str());
    int err = 0;
    zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!z) throw std::runtime_error("zip_open failed");
    for (const auto& [k, v] : parts) {
        zip_source_t* s = zip_source_buffer(z, v.data(), v.size(), 0);
        if (!s || zip_file_add(z, k.c_str(), s, ZIP_FL_ENC_UTF_8) < 0)
            throw std::runtime_error("zip_file_add failed");
    }
    if (zip_close(z) < 0) throw std::runtime_error("zip_close failed");
    return path;
}

// Bytes to a file as they are (a damaged workbook, an OLE file).
inline std::string write_bytes(const std::string& name, const std::string& bytes) {
    const std::string path = temp_path(name);
    std::FILE* f = std::fopen(path.c_str(), "wb");
    std::fwrite(bytes.data(), 1, bytes.size(), f);
    std::fclose(f);
    return path;
}

inline std::string read_bytes(const std::string& path) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    std::string s;
    char buf[4096];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) s.append(buf, n);
    std::fclose(f);
    return s;
}

// An OLE (Compound File Binary) container as an encrypted .xlsx starts: the CFB signature, and a
// directory sector with the stream names EncryptionInfo and EncryptedPackage ([MS-CFB] 2.6.1:
// 64-byte UTF-16LE names, 128-byte entries). Enough for the reader, which looks at no more.
inline std::string ole_file(bool encrypted) {
    std::string bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    bytes.resize(512, '\0');
    auto entry = [&](const std::string& name) {
        std::string e(128, '\0');
        for (std::size_t i = 0; i < name.size(); ++i) e[2 * i] = name[i];
        e[64] = static_cast<char>(2 * (name.size() + 1));
        e[66] = 2;  // a stream
        bytes += e;
    };
    entry("Root Entry");
    entry(encrypted ? "EncryptionInfo" : "Workbook");
    if (encrypted) entry("EncryptedPackage");
    bytes.resize(2048, '\0');
    return bytes;
}

}  // namespace xlsx_fixture

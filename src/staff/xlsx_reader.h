// xlsx_reader.h: the first worksheet of an Excel workbook (.xlsx) as the staff-list text that
// RecordReader reads (staff_import.h), so a workbook goes through the same header and value
// recognition as a CSV file of the same data (docs/employer.md, "Excel workbooks").
//
// The text is ';' separated with a decimal comma, as Dutch Excel's CSV: shared and inline strings
// as written, numbers from the cell's own digits (at most 15 significant, as Excel shows them),
// dates (a number with a date format) as ISO "2026-03-01", booleans as WAAR/ONWAAR, formula errors
// as empty cells. The web app makes the same text in JavaScript (web/staff-xlsx.js), so both give
// the same cells; the rules here are the ones that file follows.
//
// Native only (libzip for the ZIP container, expat for the XML, Debian packages); the web app
// reads workbooks with the npm package read-excel-file instead.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace sw::staff {

// A workbook that cannot be read, in English and Dutch.
struct XlsxError {
    std::string en, nl;
};

// What the first bytes of a file say.
enum class WorkbookKind {
    NotWorkbook,  // neither a ZIP nor an OLE file
    Xlsx,         // a ZIP file (PK 03 04): an .xlsx, maybe
    Encrypted,    // an OLE file with an EncryptionInfo stream: an .xlsx protected with a password
    Xls,          // another OLE file: an Excel 97-2003 workbook (.xls)
};
// `head`: the file's first bytes, all of them for an OLE file (its directory can be anywhere; a
// password-protected workbook is told from an .xls by its stream name "EncryptionInfo").
WorkbookKind workbook_kind(std::string_view head);
// The message for a password-protected or .xls file; empty for the other kinds.
XlsxError workbook_kind_error(WorkbookKind kind);

// Reads the workbook at `path` and hands its first worksheet to `sink` as staff-list text, a
// piece at a time (each piece ends at a row end). The sheet is streamed: memory holds the shared
// strings and styles, not the sheet. `sink` returning false stops reading (true is returned).
// False: the file is not a readable workbook; `error` says why in both languages.
bool read_xlsx(const std::string& path, const std::function<bool(std::string_view)>& sink, XlsxError& error);

// ---- the cell rules, shared with web/staff-xlsx.js (unit-tested) ----------------------------

// A number cell's text ("1250.5", "1.234567890123457E+17") as the staff list reads it: at most
// 15 significant digits (rounded half up on the decimal digits), no exponent, decimal comma,
// no trailing zeros ("1250,5", "123456789012346000"). Text that is not a number is kept as is.
std::string xlsx_number_text(std::string_view raw);
// A date serial (days since 1899-12-30; with date1904 since 1904-01-01) as ISO "YYYY-MM-DD",
// the time of day dropped. Empty when the serial is not a number or out of range.
std::string xlsx_date_text(std::string_view raw, bool date1904);
// Whether number format `id` (with its format code, for custom formats) shows a date or time:
// the built-in date ids and, for other codes, the rule of read-excel-file (the web app's reader):
// every token of the code is a date or time token (d, mm, yyyy, h, ss, am/pm, ...).
bool xlsx_is_date_format(int id, const std::string& code);
// One row's cells as a line of the text (no line end): ';' separated, a cell quoted when it
// holds ';', ',', a tab, a quote or a line break. `width`: at least this many cells.
std::string xlsx_row_text(const std::vector<std::string>& cells, std::size_t width);

}  // namespace sw::staff

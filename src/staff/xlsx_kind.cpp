// xlsx_kind.cpp: what a file's first bytes say it is (workbook_kind, xlsx_reader.h), and the
// message for a workbook that cannot be read by its kind. No libzip: the CLI's Node build
// (src/staff/CMakeLists.txt) tells workbooks apart with it too.
#include <string>

#include "xlsx_reader.h"

namespace sw::staff {

WorkbookKind workbook_kind(std::string_view head) {
    if (head.substr(0, 4) == std::string_view("PK\x03\x04", 4)) return WorkbookKind::Xlsx;
    if (head.substr(0, 8) != std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        return WorkbookKind::NotWorkbook;
    // An encrypted OOXML file is an OLE container with the streams EncryptionInfo and
    // EncryptedPackage ([MS-OFFCRYPTO] 2.3.4); directory entry names are UTF-16LE.
    static const std::string name("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0", 28);
    return head.find(name) != std::string_view::npos ? WorkbookKind::Encrypted : WorkbookKind::Xls;
}

XlsxError workbook_kind_error(WorkbookKind kind) {
    if (kind == WorkbookKind::Encrypted)
        return {
            "the workbook is protected with a password, so it cannot be read. Open it in Excel, "
            "remove the password (File > Info > Protect Workbook > Encrypt with Password: leave it "
            "empty) and save it, or save it as CSV.",
            "de werkmap is beveiligd met een wachtwoord en kan daarom niet worden gelezen. Open hem in "
            "Excel, haal het wachtwoord weg (Bestand > Info > Werkmap beveiligen > Versleutelen met "
            "wachtwoord: maak het leeg) en sla hem op, of sla hem op als CSV."};
    if (kind == WorkbookKind::Xls)
        return {
            "this is an Excel 97-2003 workbook (.xls), which cannot be read. Open it in Excel and save "
            "it as \"Excel Workbook (.xlsx)\" or as CSV.",
            "dit is een Excel 97-2003-werkmap (.xls); die kan niet worden gelezen. Open hem in Excel en "
            "sla hem op als ‘Excel-werkmap (.xlsx)’ of als CSV."};
    return {};
}

}  // namespace sw::staff

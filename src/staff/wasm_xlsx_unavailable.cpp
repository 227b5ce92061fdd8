// wasm_xlsx_unavailable.cpp: read_xlsx for the CLI's Node build (web/tools/stapelwijzer.cjs,
// docs/cli.md "Without a C++ build"). libzip and expat are Debian packages for the native build
// only, so this build refuses a workbook by name, with what to do, in English and Dutch, instead of
// reading it; the web app's employer view reads workbooks in JavaScript (web/staff-xlsx.js).
#include "xlsx_reader.h"

namespace sw::staff {

bool read_xlsx(const std::string& path, const std::function<bool(std::string_view)>&, XlsxError& error) {
    error = {"this build of stapelwijzer (the Node program) does not read Excel workbooks. Save the "
             "sheet as CSV in Excel (File > Save As > CSV (semicolon delimited)), or use the native "
             "stapelwijzer or the web app's employer view, which read '" + path + "' as it is.",
             "deze versie van stapelwijzer (het Node-programma) leest geen Excel-werkmappen. Sla het "
             "blad in Excel op als CSV (Bestand > Opslaan als > CSV (gescheiden door "
             "lijstscheidingsteken)), of gebruik de gewone stapelwijzer of het werkgeversscherm van de "
             "webapp; die lezen '" + path + "' zoals het is."};
    return false;
}

}  // namespace sw::staff

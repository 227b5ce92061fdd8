// staff_files.cpp: the page side of reading a staff list (staff_files.h). A file larger than the
// view reads is refused before it is read, so a 50 MB file never freezes the page.
#include "platform/staff_files.h"

#include <emscripten.h>

#include <string>
#include <string_view>

#include "employer_model.h"
#include "platform/idle.h"

namespace {

EM_JS(void, js_staff_install, (double max_bytes), {
    if (document.getElementById("sw-staff-file")) return;
    const input = document.createElement("input");
    input.type = "file";
    input.id = "sw-staff-file";
    input.accept = ".csv,.txt,.tsv,.xlsx,.xlsm,.xls,text/csv,text/plain";
    input.style.cssText = "position:fixed;left:-1000px;top:0;width:1px;height:1px;opacity:0";
    input.setAttribute("aria-hidden", "true");
    input.tabIndex = -1;
    document.body.appendChild(input);
    const read = function(file) {
        if (!file) return;
        if (file.size > max_bytes) {
            Module.ccall("sw_staff_too_large", null, [ "string", "number" ], [ file.name, file.size ]);
            return;
        }
        const hand_on = function(name, bytes) {
            const p = _malloc(Math.max(bytes.length, 1));
            HEAPU8.set(bytes, p);
            Module.ccall("sw_staff_file", null, [ "string", "number", "number" ], [ name, p, bytes.length ]);
            _free(p);
        };
        file.arrayBuffer().then(
            function(buf) {
                const bytes = new Uint8Array(buf);
                // An Excel workbook (by its first bytes or its name) is read by web/staff-xlsx.js
                // into the text of the same sheet saved as CSV, which the app reads as any CSV.
                const x = window.swStaffXlsx;
                if (x && (x.workbookKind(bytes) || x.isWorkbookName(file.name))) {
                    x.readStaffXlsx(buf).then(function(r) {
                        if (r.error) {
                            Module.ccall("sw_staff_workbook_error", null, [ "string", "string", "string" ],
                                         [ file.name, r.error.en, r.error.nl ]);
                            return;
                        }
                        hand_on(file.name, new TextEncoder().encode(r.text));
                    });
                    return;
                }
                hand_on(file.name, bytes);
            },
            function(e) {
                Module.ccall("sw_staff_unreadable", null, [ "string", "string" ], [ file.name, String(e) ]);
            });
    };
    input.addEventListener(
        "change", function() {
            read(input.files[0]);
            input.value = "";
        });
    const has_files = function(e) {
        return e.dataTransfer && Array.prototype.indexOf.call(e.dataTransfer.types, "Files") >= 0;
    };
    window.addEventListener(
        "dragover", function(e) {
            if (has_files(e)) e.preventDefault();
        });
    window.addEventListener(
        "drop", function(e) {
            if (!has_files(e)) return;
            e.preventDefault();
            read(e.dataTransfer.files[0]);
        });
});

// The result CSV as a workbook (web/staff-xlsx.js), downloaded like the CSV (browser.cpp).
EM_JS(void, js_staff_xlsx_download, (const char* name, const char* csv, int length), {
    const file = UTF8ToString(name);
    const text = new TextDecoder().decode(HEAPU8.slice(csv, csv + length));
    // Only when the workbook writer cannot be loaded (web/staff-xlsx.js): the app says so beside
    // the button, in both languages; the CSV download stays there.
    const failed = function(why) {
        console.error("Stapelwijzer: the .xlsx download failed: " + why);
        Module.ccall("sw_staff_xlsx_failed", null, ["string"], [why]);
    };
    if (!window.swStaffXlsx) {
        failed("staff-xlsx.js is not loaded");
        return;
    }
    window.swStaffXlsx.writeResultXlsx(text).then(
        function(blob) {
            const a = document.createElement("a");
            a.href = URL.createObjectURL(blob);
            a.download = file;
            document.body.appendChild(a);
            a.click();
            setTimeout(
                function() {
                    URL.revokeObjectURL(a.href);
                    a.remove();
                },
                1000);
        },
        function(e) { failed(e && e.message ? e.message : String(e)); });
});

EM_JS(void, js_staff_pick, (), {
    const input = document.getElementById("sw-staff-file");
    if (input) input.click();
});

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void sw_staff_file(const char* name, const char* bytes, int length) {
    namespace em = sw::app::employer;
    em::show(true);
    em::load_bytes(name ? name : "", std::string_view(bytes, static_cast<std::size_t>(length)));
}

EMSCRIPTEN_KEEPALIVE void sw_staff_too_large(const char* name, double size) {
    namespace em = sw::app::employer;
    em::show(true);
    // One decimal, with a decimal comma in Dutch and a point in English (the view formats it).
    em::refuse_file(name ? name : "", em::FileProblem::TooLarge, std::to_string(size));
}

// A workbook web/staff-xlsx.js could not read (damaged, password-protected, .xls): why, in both languages.
EMSCRIPTEN_KEEPALIVE void sw_staff_workbook_error(const char* name, const char* en, const char* nl) {
    namespace em = sw::app::employer;
    em::show(true);
    em::refuse_file(name ? name : "", em::FileProblem::Workbook, en ? en : "");
    em::model().problem_detail_nl = nl ? nl : "";
}

EMSCRIPTEN_KEEPALIVE void sw_staff_xlsx_failed(const char* why) {
    sw::app::employer::model().xlsx_problem = why && *why ? why : "unknown";
    sw::app::idle::wake();
}

EMSCRIPTEN_KEEPALIVE void sw_staff_unreadable(const char* name, const char* why) {
    namespace em = sw::app::employer;
    em::show(true);
    em::refuse_file(name ? name : "", em::FileProblem::NotText, why ? why : "");
}

}  // extern "C"

namespace sw::app::staff_files {

void install() {
    js_staff_install(employer::kMaxFileBytes);
}
void open_picker() {
    js_staff_pick();
}

void download_xlsx(const std::string& csv_name, const std::string& result_csv) {
    std::string name = csv_name;
    if (name.size() > 4 && name.compare(name.size() - 4, 4, ".csv") == 0) name.resize(name.size() - 4);
    name += ".xlsx";
    employer::model().xlsx_problem.clear();
    js_staff_xlsx_download(name.c_str(), result_csv.data(), static_cast<int>(result_csv.size()));
}

}  // namespace sw::app::staff_files

// libFuzzer target: the staff import (src/staff/staff_import.h) on arbitrary bytes, as an
// employer's file reaches `stapelwijzer batch` and the web app. It must never crash or trip a
// sanitizer, and:
// - the records do not depend on how the bytes arrive (whole, or in chunks split anywhere);
// - a bad record names its line and reason and has no cells;
// - every record written back with csv_cell() and read again gives the same cells;
// - every case a row becomes is JSON that parse_case_json() accepts or refuses with a reason.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "builtin_catalogue.h"
#include "staff/staff_import.h"
#include "stapelwijzer/rules.h"

namespace {

std::vector<sw::staff::Record> read(const std::string& text, std::size_t chunk, char sep,
                                    char* detected = nullptr) {
    sw::staff::RecordReader reader(sep);
    std::vector<sw::staff::Record> out;
    sw::staff::Record rec;
    for (std::size_t i = 0; i < text.size(); i += chunk) {
        reader.feed(std::string_view(text).substr(i, chunk));
        while (reader.next(rec)) out.push_back(rec);
    }
    reader.finish();
    while (reader.next(rec)) out.push_back(rec);
    if (detected) *detected = reader.separator();
    if (!reader.file_error().empty()) out.clear();
    return out;
}

bool same(const std::vector<sw::staff::Record>& a, const std::vector<sw::staff::Record>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].line != b[i].line || a[i].cells != b[i].cells || a[i].error != b[i].error) return false;
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    // The first byte picks the chunk size of the second reading.
    const std::size_t chunk = 1 + data[0] % 7;
    const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
    char sep = 0;
    const auto records = read(text, text.size() + 1, 0, &sep);
    if (!same(records, read(text, chunk, 0))) std::abort();
    // The written-back text starts with a plain line: its first record may begin with bytes the
    // reader takes for a file signature (a ZIP's "PK\3\4", a byte-order mark), which a file's
    // first bytes rightly decide, and the round trip is about the cells' quoting.
    std::string back = "x\n";
    std::vector<sw::staff::Record> good;
    for (const auto& rec : records) {
        if (!rec.error.empty()) {
            if (!rec.cells.empty() || rec.error.rfind("line ", 0) != 0) std::abort();
            continue;
        }
        bool blank = true;
        for (const auto& c : rec.cells) blank = blank && c.find_first_not_of(" \t") == std::string::npos;
        if (blank) std::abort();  // blank records are skipped
        for (std::size_t i = 0; i < rec.cells.size(); ++i)
            back += (i ? std::string(1, sep) : "") + sw::staff::csv_cell(rec.cells[i], sep);
        back += "\n";
        good.push_back(rec);
    }
    const auto again = read(back, back.size() + 1, sep);
    if (again.size() != good.size() + 1) std::abort();
    for (std::size_t i = 0; i < good.size(); ++i)
        if (again[i + 1].cells != good[i].cells) std::abort();

    if (records.empty() || !records[0].error.empty()) return 0;
    auto columns = sw::staff::recognise_columns(records[0].cells);
    std::string error;
    if (!sw::staff::check_columns(columns, false, error)) {
        if (error.empty()) std::abort();
        return 0;
    }
    const sw::staff::CaseBuilder builder(
        columns, sep == ',' ? sw::text::NumberStyle::English : sw::text::NumberStyle::Dutch);
    for (std::size_t r = 1; r < records.size(); ++r) {
        const sw::staff::CaseRow row = builder.build(records[r], static_cast<int>(r));
        if (!row.error.empty()) continue;
        sw::Diagnostic refused;
        if (!sw::parse_case_json(row.json, swfuzz::builtin_catalogue(), refused) && refused.message.empty())
            std::abort();
    }
    return 0;
}

// libFuzzer target: the batch mode's CSV side on arbitrary bytes (an employer's staff file):
// parse_csv(), read_header() and row_to_case_json() for every row, then parse_case_json() on each
// case they build. It must never crash or trip a sanitizer, and:
// - a refused file, header or row names a reason;
// - every record written back with csv_cell() and read again gives the same cells (what the batch
//   output writes, a spreadsheet reads back unchanged);
// - every case a row becomes is JSON that parse_case_json() accepts or refuses with a reason.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "builtin_catalogue.h"
#include "cli/batch_columns.h"
#include "cli/csv.h"
#include "stapelwijzer/rules.h"

namespace {

// The records written as CSV again: cells through csv_cell(), records on lines of their own.
std::string write_back(const std::vector<sw::cli::CsvRecord>& records) {
    std::string out;
    for (const auto& rec : records) {
        for (std::size_t i = 0; i < rec.cells.size(); ++i)
            out += (i ? "," : "") + sw::cli::csv_cell(rec.cells[i]);
        out += "\n";
    }
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    std::vector<sw::cli::CsvRecord> records;
    std::string error;
    if (!sw::cli::parse_csv(text, records, error)) {
        if (error.empty()) std::abort();
        return 0;
    }
    // Round trip. A record of one empty cell is a blank line, which parse_csv() skips: leave those out.
    std::vector<sw::cli::CsvRecord> kept;
    for (const auto& rec : records) {
        if (!(rec.cells.size() == 1 && rec.cells[0].empty())) kept.push_back(rec);
    }
    std::vector<sw::cli::CsvRecord> again;
    std::string again_error;
    if (!sw::cli::parse_csv(write_back(kept), again, again_error)) std::abort();
    if (again.size() != kept.size()) std::abort();
    for (std::size_t i = 0; i < kept.size(); ++i) {
        if (again[i].cells != kept[i].cells) std::abort();
    }

    if (records.empty()) return 0;
    std::vector<sw::cli::Column> columns;
    if (!sw::cli::read_header(records[0].cells, columns, error)) {
        if (error.empty()) std::abort();
        return 0;
    }
    for (std::size_t r = 1; r < records.size(); ++r) {
        if (records[r].cells.size() != columns.size()) continue;  // the batch reports the count
        std::string json;
        error.clear();
        if (!sw::cli::row_to_case_json(columns, records[r].cells, json, error)) {
            if (error.empty()) std::abort();
            continue;
        }
        sw::Diagnostic refused;
        if (!sw::parse_case_json(json, swfuzz::builtin_catalogue(), refused) && refused.message.empty())
            std::abort();
    }
    return 0;
}

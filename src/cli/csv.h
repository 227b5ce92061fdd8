// csv.h: RFC 4180 CSV for the batch mode: comma-separated, fields optionally in double quotes
// ("" is a quote inside), quoted fields may hold commas and line breaks, LF or CRLF line ends, a
// UTF-8 byte-order mark (as spreadsheet programs write) is skipped.
#pragma once

#include <string>
#include <vector>

namespace sw::cli {

struct CsvRecord {
    int line = 0;  // the file line the record starts on (1-based), for messages
    std::vector<std::string> cells;
};

// Splits `text` into records; blank lines are skipped. On a quote that is never closed (or text
// after a closing quote) returns false and sets `error` with the line number.
bool parse_csv(const std::string& text, std::vector<CsvRecord>& records, std::string& error);

// One cell for output: quoted when it holds a comma, quote, CR or LF.
std::string csv_cell(const std::string& value);

}  // namespace sw::cli

// csv.cpp: see csv.h.
#include "csv.h"

namespace sw::cli {

bool parse_csv(const std::string& text, std::vector<CsvRecord>& records, std::string& error) {
    std::size_t i = text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
    const std::size_t n = text.size();
    int line = 1;
    while (i < n) {
        CsvRecord rec;
        rec.line = line;
        std::string cell;
        bool any = false;  // the record has at least one character (blank lines are skipped)
        for (;;) {
            if (i < n && text[i] == '"') {
                any = true;
                const int opened = line;
                ++i;
                for (;;) {
                    if (i >= n) {
                        error = "line " + std::to_string(opened) + ": a quoted cell is not closed";
                        return false;
                    }
                    if (text[i] == '"') {
                        if (i + 1 < n && text[i + 1] == '"') {
                            cell += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (text[i] == '\n') ++line;
                    cell += text[i++];
                }
                if (i < n && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
                    error = "line " + std::to_string(line) + ": text after a closing quote (write \"\" for a quote)";
                    return false;
                }
            } else {
                while (i < n && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
                    if (text[i] == '"') {
                        error = "line " + std::to_string(line) + ": a quote inside an unquoted cell";
                        return false;
                    }
                    cell += text[i++];
                    any = true;
                }
            }
            rec.cells.push_back(std::move(cell));
            cell.clear();
            if (i < n && text[i] == ',') {
                any = true;
                ++i;
                continue;
            }
            break;
        }
        // End of record: CRLF, LF, lone CR, or end of text.
        if (i < n && text[i] == '\r') ++i;
        if (i < n && text[i] == '\n') ++i;
        ++line;
        if (any) records.push_back(std::move(rec));
    }
    return true;
}

std::string csv_cell(const std::string& value) {
    if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string out = "\"";
    for (char ch : value) {
        if (ch == '"') out += '"';
        out += ch;
    }
    return out + "\"";
}

}  // namespace sw::cli

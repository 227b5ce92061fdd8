// xlsx_cells.cpp: the cell rules of xlsx_reader.h (numbers, dates, date formats, row text). The
// web app's web/staff-xlsx.js follows the same rules line by line, so a workbook read in the
// browser and by `stapelwijzer batch` gives the same cells.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <regex>

#include "staff_import.h"
#include "xlsx_reader.h"

namespace sw::staff {

std::string xlsx_number_text(std::string_view raw) {
    static const std::regex number(R"(^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,4}))?$)");
    const std::string text(raw);
    std::smatch m;
    if (!std::regex_match(text, m, number) || m[2].length() + m[3].length() == 0) return text;
    std::string digits = m[2].str() + m[3].str();
    long exp10 =
        static_cast<long>(m[2].length()) + (m[4].matched ? std::strtol(m[4].str().c_str(), nullptr, 10) : 0);
    // value = 0.<digits> x 10^exp10, without leading zeros
    const std::size_t lead = digits.find_first_not_of('0');
    if (lead == std::string::npos) return "0";
    digits.erase(0, lead);
    exp10 -= static_cast<long>(lead);
    if (digits.size() > 15) {
        const bool up = digits[15] >= '5';
        digits.resize(15);
        if (up) {
            int i = 14;
            for (; i >= 0 && digits[static_cast<std::size_t>(i)] == '9'; --i)
                digits[static_cast<std::size_t>(i)] = '0';
            if (i < 0) {
                digits.insert(digits.begin(), '1');
                digits.resize(15);
                ++exp10;
            } else {
                ++digits[static_cast<std::size_t>(i)];
            }
        }
    }
    digits.erase(digits.find_last_not_of('0') + 1);
    if (exp10 > 400 || exp10 < -400) return text;  // not a staff list's number: left to the reader to refuse
    const long n = static_cast<long>(digits.size());
    std::string out = m[1].str() == "-" ? "-" : "";
    if (exp10 <= 0)
        out += "0," + std::string(static_cast<std::size_t>(-exp10), '0') + digits;
    else if (exp10 >= n)
        out += digits + std::string(static_cast<std::size_t>(exp10 - n), '0');
    else
        out += digits.substr(0, static_cast<std::size_t>(exp10)) + "," +
               digits.substr(static_cast<std::size_t>(exp10));
    return out;
}

std::string xlsx_date_text(std::string_view raw, bool date1904) {
    const std::string text(raw);
    char* end = nullptr;
    const double serial = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0' || !std::isfinite(serial) || serial < -1e6 || serial > 3e6) return "";
    // Days since 1970-01-01: serial 25569 is 1970-01-01 in the 1900 system (which counts a
    // 29 February 1900 that never was, so every date from March 1900 on is right); the 1904
    // system starts 1462 days later.
    long z = static_cast<long>(std::floor(serial)) + (date1904 ? 1462 : 0) - 25569;
    // civil_from_days (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms").
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const long d = doy - (153 * mp + 2) / 5 + 1;
    const long m = mp < 10 ? mp + 3 : mp - 9;
    const long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", static_cast<int>(y), static_cast<int>(m),
                  static_cast<int>(d));
    return buf;
}

namespace {

// read-excel-file's isDateFormatTemplate (modules/xlsx/isDateFormat.js), step by step.
bool is_date_sub_template(std::string t) {
    static const std::regex quoted(R"("[^"]*")");
    static const std::regex fraction(R"((\[?[smhd]{1,2}\]?)[\.\,]00?0?)");
    static const std::regex elapsed(R"(\[([smhd]{1,2})\])");
    static const std::regex bracket(R"(\[[^\]]*\])");
    static const std::regex splitter(R"([^a-z0#\?%]+)");
    static const char* const tokens[] = {"s",    "ss",    "m",  "mm",  "h",    "hh",  "am",   "pm",    "a",
                                         "p",    "d",     "dd", "ddd", "dddd", "aaa", "aaaa", "aaaaa", "mmm",
                                         "mmmm", "mmmmm", "y",  "yy",  "yyyy", "e",   "ee",   "eeee"};
    t = std::regex_replace(t, quoted, " ");
    t = std::regex_replace(t, fraction, "$1");
    t = std::regex_replace(t, elapsed, "$1");
    t = std::regex_replace(t, bracket, "");
    bool any = false;
    for (std::sregex_token_iterator it(t.begin(), t.end(), splitter, -1), end; it != end; ++it) {
        const std::string token = *it;
        if (token.empty()) continue;
        any = true;
        if (std::find(std::begin(tokens), std::end(tokens), token) == std::end(tokens)) return false;
    }
    return any;
}

}  // namespace

bool xlsx_is_date_format(int id, const std::string& code) {
    // Built-in date and time formats: 14-22 and 45-47 everywhere; 27-36 and 50-58 in Chinese,
    // Japanese and Korean Excel; 71-81 in Thai Excel (read-excel-file's list).
    if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) ||
        (id >= 50 && id <= 58) || (id >= 71 && id <= 81))
        return true;
    if (code.empty()) return false;
    std::string t = code;
    for (char& c : t) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (t.size() >= 2 && t.compare(t.size() - 2, 2, ";@") == 0) t.resize(t.size() - 2);
    static const std::regex escaped(R"(\\.)");
    t = std::regex_replace(t, escaped, " ");
    std::size_t start = 0;
    for (;;) {
        const std::size_t semi = t.find(';', start);
        if (is_date_sub_template(
                t.substr(start, semi == std::string::npos ? std::string::npos : semi - start)))
            return true;
        if (semi == std::string::npos) return false;
        start = semi + 1;
    }
}

std::string xlsx_row_text(const std::vector<std::string>& cells, std::size_t width) {
    std::size_t last = cells.size();
    while (last > 0 && cells[last - 1].empty()) --last;
    if (last == 0) return "";
    const std::size_t n = std::max(last, width);
    std::string line;
    for (std::size_t i = 0; i < n; ++i) {
        if (i) line += ';';
        if (i < cells.size()) append_csv_cell(line, cells[i], ";,\t\"\r\n");
    }
    return line;
}

}  // namespace sw::staff

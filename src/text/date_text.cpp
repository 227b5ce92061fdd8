// date_text.cpp: see date_text.h.
#include "date_text.h"

#include <cctype>
#include <cstdio>
#include <vector>

namespace sw::text {

namespace {

bool leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int days_in_month(int y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[m - 1];
}

}  // namespace

DateRead read_date(const std::string& text) {
    DateRead r;
    // Three digit runs split by one kind of separator, spaces around the whole ignored.
    const auto a = text.find_first_not_of(" \t");
    if (a == std::string::npos) {
        r.error = DateError::NotADate;
        return r;
    }
    const std::string s = text.substr(a, text.find_last_not_of(" \t") - a + 1);
    std::vector<std::string> runs(1);
    char sep = 0;
    for (char c : s) {
        if (std::isdigit(static_cast<unsigned char>(c))) {
            runs.back() += c;
        } else if ((c == '-' || c == '/' || c == '.') && (sep == 0 || sep == c) && !runs.back().empty()) {
            sep = c;
            runs.emplace_back();
        } else {
            r.error = DateError::NotADate;
            return r;
        }
    }
    if (runs.size() != 3 || runs[2].empty()) {
        r.error = DateError::NotADate;
        return r;
    }
    int y, m, d;
    if (runs[0].size() == 4 && runs[1].size() <= 2 && runs[2].size() <= 2 && sep == '-') {
        y = std::stoi(runs[0]), m = std::stoi(runs[1]), d = std::stoi(runs[2]);
    } else if (runs[0].size() <= 2 && runs[1].size() <= 2 && runs[2].size() == 4) {
        d = std::stoi(runs[0]), m = std::stoi(runs[1]), y = std::stoi(runs[2]);
    } else {
        r.error = DateError::NotADate;
        return r;
    }
    if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) {
        r.error = DateError::DoesNotExist;
        return r;
    }
    r.date = date_from_ymd(y, m, d);
    return r;
}

std::string iso_date(Date date) {
    int y, m, d;
    date_to_ymd(date, y, m, d);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}

}  // namespace sw::text

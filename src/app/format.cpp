#include "format.h"

#include <cctype>
#include <cstdio>

#include "string_table.h"

namespace sw::app {

std::string euro(Cents cents) {
    const bool nl = language() == Lang::Nl;
    const bool negative = cents < 0;
    unsigned long long v = static_cast<unsigned long long>(negative ? -cents : cents);
    std::string whole = std::to_string(v / 100);
    std::string grouped;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0) grouped += nl ? '.' : ',';
        grouped += whole[i];
    }
    char frac[4];
    std::snprintf(frac, sizeof frac, "%02llu", v % 100);
    std::string out = negative ? "-" : "";
    out += nl ? "€ " : "€";
    out += grouped;
    out += nl ? ',' : '.';
    out += frac;
    return out;
}

std::optional<Cents> parse_euro(const std::string& text) {
    std::string s;
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == ' ') continue;
        if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x82 &&
            static_cast<unsigned char>(text[i + 2]) == 0xAC) {  // the euro sign in UTF-8
            i += 2;
            continue;
        }
        if (std::isdigit(c) || c == '.' || c == ',') s += static_cast<char>(c);
        else return std::nullopt;
    }
    if (s.empty()) return Cents{0};
    // The decimal separator: the last '.' or ',' followed by 1 or 2 digits at the end.
    std::size_t last = s.find_last_of(".,");
    std::size_t decimal = std::string::npos;
    if (last != std::string::npos && s.size() - last - 1 >= 1 && s.size() - last - 1 <= 2) decimal = last;
    std::string whole = s.substr(0, decimal == std::string::npos ? s.size() : decimal);
    std::string frac = decimal == std::string::npos ? "" : s.substr(decimal + 1);
    // The other separators group thousands: each must be followed by exactly three digits.
    std::string digits;
    std::size_t group = std::string::npos;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (whole[i] == '.' || whole[i] == ',') {
            if (i == 0 || (group != std::string::npos && i - group != 4)) return std::nullopt;
            group = i;
        } else {
            digits += whole[i];
        }
    }
    if (group != std::string::npos && whole.size() - group != 4) return std::nullopt;
    if (digits.empty() && frac.empty()) return std::nullopt;
    if (digits.size() > 12) return std::nullopt;  // no course costs a billion euro
    Cents euros = digits.empty() ? 0 : std::stoll(digits);
    Cents cents = frac.empty() ? 0 : std::stoll(frac) * (frac.size() == 1 ? 10 : 1);
    return euros * 100 + cents;
}

std::string euro_input(Cents cents) {
    std::string s = std::to_string(cents / 100);
    if (cents % 100) {
        char frac[4];
        std::snprintf(frac, sizeof frac, "%02lld", static_cast<long long>(cents % 100));
        s += language() == Lang::Nl ? ',' : '.';
        s += frac;
    }
    return s;
}

std::string long_date(const std::string& iso) {
    auto d = parse_iso_date(iso);
    if (!d) return iso;
    int y, m, day;
    date_to_ymd(*d, y, m, day);
    static const char* nl_months[] = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
                                      "augustus", "september", "oktober", "november", "december"};
    static const char* en_months[] = {"January", "February", "March", "April", "May", "June", "July",
                                      "August", "September", "October", "November", "December"};
    const char* month = (language() == Lang::Nl ? nl_months : en_months)[m - 1];
    return std::to_string(day) + " " + month + " " + std::to_string(y);
}

}  // namespace sw::app

#include "format.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <vector>

#include "string_table.h"

namespace sw::app {

std::string euro(Cents cents) {
    return text::format_euro(cents,
                             language() == Lang::Nl ? text::NumberStyle::Dutch : text::NumberStyle::English);
}

MoneyRead read_euro(const std::string& text, Lang lang) {
    return text::read_euro(text, lang == Lang::Nl ? text::NumberStyle::Dutch : text::NumberStyle::English);
}

std::optional<Cents> parse_euro(const std::string& text) {
    return read_euro(text, language()).cents;
}

std::string money_error_message(const std::string& field, const MoneyRead& read) {
    switch (read.error) {
        case MoneyError::None:
            return {};
        case MoneyError::Negative:
            return fmt(S::MoneyNegative, field);
        case MoneyError::Ambiguous:
            return fmt(S::MoneyAmbiguous, field, euro(read.as_thousands), euro(read.as_decimals));
        case MoneyError::TooManyDecimals:
            return fmt(S::MoneyDecimals, field);
        case MoneyError::BadGrouping:
            return fmt(S::MoneyGrouping, field);
        case MoneyError::TooLarge:
            return fmt(S::MoneyTooLarge, field);
        case MoneyError::NotANumber:
            break;
    }
    return fmt(S::MoneyNotANumber, field);
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
    static const char* nl_months[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                      "juli",    "augustus", "september", "oktober", "november", "december"};
    static const char* en_months[] = {"January", "February", "March",     "April",   "May",      "June",
                                      "July",    "August",   "September", "October", "November", "December"};
    const char* month = (language() == Lang::Nl ? nl_months : en_months)[m - 1];
    return std::to_string(day) + " " + month + " " + std::to_string(y);
}

}  // namespace sw::app

// json_number.cpp: see json_number.h. Works on the digits of the literal, never on a double.
#include "json_number.h"

#include <cctype>

namespace sw::json {

ScaleResult scale_literal(std::string_view literal, int decimals, std::int64_t& out) {
    // JSON grammar: -? int frac? exp? ; digits collected into one mantissa with a decimal exponent.
    std::size_t i = 0;
    const std::size_t n = literal.size();
    bool negative = false;
    if (i < n && literal[i] == '-') {
        negative = true;
        ++i;
    }
    std::string digits;
    std::int64_t exponent = 0;  // value = digits * 10^exponent
    bool any_digit = false;
    while (i < n && std::isdigit(static_cast<unsigned char>(literal[i]))) {
        digits += literal[i++];
        any_digit = true;
    }
    if (i < n && literal[i] == '.') {
        ++i;
        while (i < n && std::isdigit(static_cast<unsigned char>(literal[i]))) {
            digits += literal[i++];
            --exponent;
            any_digit = true;
        }
    }
    if (!any_digit) return ScaleResult::NotANumber;
    if (i < n && (literal[i] == 'e' || literal[i] == 'E')) {
        ++i;
        bool exp_negative = false;
        if (i < n && (literal[i] == '+' || literal[i] == '-')) exp_negative = literal[i++] == '-';
        std::int64_t e = 0;
        bool exp_digit = false;
        while (i < n && std::isdigit(static_cast<unsigned char>(literal[i]))) {
            if (e < 100000) e = e * 10 + (literal[i] - '0');  // saturate: beyond this only zeros matter
            ++i;
            exp_digit = true;
        }
        if (!exp_digit) return ScaleResult::NotANumber;
        exponent += exp_negative ? -e : e;
    }
    if (i != n) return ScaleResult::NotANumber;
    exponent += decimals;

    // Leading zeros carry no value; trailing zeros can be moved into the exponent.
    std::size_t first = digits.find_first_not_of('0');
    if (first == std::string::npos) {
        out = 0;
        return ScaleResult::Ok;
    }
    digits = digits.substr(first);
    while (exponent < 0 && !digits.empty() && digits.back() == '0') {
        digits.pop_back();
        ++exponent;
    }
    if (exponent < 0) return ScaleResult::NotExact;
    if (static_cast<std::int64_t>(digits.size()) + exponent > 16) return ScaleResult::TooLarge;
    std::int64_t value = 0;
    for (char ch : digits) value = value * 10 + (ch - '0');
    for (std::int64_t k = 0; k < exponent; ++k) value *= 10;
    if (value > kMaxScaled) return ScaleResult::TooLarge;
    out = negative ? -value : value;
    return ScaleResult::Ok;
}

ScaleResult literal_to_cents(std::string_view literal, std::int64_t& cents) {
    return scale_literal(literal, 2, cents);
}

bool literal_is_whole(std::string_view literal, std::int64_t& out) {
    return scale_literal(literal, 0, out) == ScaleResult::Ok;
}

std::string cents_to_euro_text(std::int64_t cents) {
    bool negative = cents < 0;
    std::uint64_t abs = negative ? 0 - static_cast<std::uint64_t>(cents) : static_cast<std::uint64_t>(cents);
    std::string frac = std::to_string(abs % 100);
    if (frac.size() < 2) frac = "0" + frac;
    return (negative ? "-" : "") + std::to_string(abs / 100) + "." + frac;
}

}  // namespace sw::json

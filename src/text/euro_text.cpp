// euro_text.cpp: see euro_text.h.
#include "euro_text.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string>
#include <vector>

namespace sw::text {

namespace {

bool starts_with_at(const std::string& s, std::size_t i, const char* what) {
    return s.compare(i, std::char_traits<char>::length(what), what) == 0;
}

// The text without currency signs and with every kind of space as one ' ', and the whole-euro
// ending ",-" / ".-" / ",--" / ",–" cut off (whole set). False: a character no amount has.
bool normalise(const std::string& text, std::string& out, bool& whole, bool& negative) {
    out.clear();
    whole = negative = false;
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (std::isdigit(c) || c == '.' || c == ',' || c == '-') {
            out += static_cast<char>(c);
            ++i;
        } else if (c == ' ' || c == '\t') {
            out += ' ';
            ++i;
        } else if (starts_with_at(text, i, "\xC2\xA0")) {  // no-break space
            out += ' ';
            i += 2;
        } else if (starts_with_at(text, i, "\xE2\x80\xAF") || starts_with_at(text, i, "\xE2\x80\x89")) {
            out += ' ';  // narrow no-break space, thin space (thousands in print)
            i += 3;
        } else if (starts_with_at(text, i, "\xE2\x82\xAC")) {  // €
            out += ' ';
            i += 3;
        } else if (starts_with_at(text, i, "\xE2\x80\x93") || starts_with_at(text, i, "\xE2\x88\x92")) {
            out += '-';  // en dash ("2.500,–"), minus sign
            i += 3;
        } else if (i + 3 <= text.size() &&
                   (text.compare(i, 3, "EUR") == 0 || text.compare(i, 3, "eur") == 0)) {
            out += ' ';
            i += 3;
        } else {
            return false;
        }
    }
    // Trim, then the Dutch whole-euro ending.
    const auto first = out.find_first_not_of(' ');
    if (first == std::string::npos) {
        out.clear();
        return true;
    }
    out = out.substr(first, out.find_last_not_of(' ') - first + 1);
    for (const char* ending : {",--", ".--", ",-", ".-"}) {
        const std::size_t n = std::char_traits<char>::length(ending);
        if (out.size() > n && out.compare(out.size() - n, n, ending) == 0 &&
            std::isdigit(static_cast<unsigned char>(out[out.size() - n - 1]))) {
            out.resize(out.size() - n);
            whole = true;
            break;
        }
    }
    if (!out.empty() && out[0] == '-') {
        negative = true;
        out = out.substr(out.find_first_not_of(" -") == std::string::npos ? out.size()
                                                                          : out.find_first_not_of(" -"));
    }
    return out.find('-') == std::string::npos;
}

MoneyRead fail(MoneyError e) {
    MoneyRead r;
    r.error = e;
    return r;
}

}  // namespace

MoneyRead read_euro(const std::string& text, NumberStyle style) {
    std::string s;
    bool whole = false, negative = false;
    if (!normalise(text, s, whole, negative)) return fail(MoneyError::NotANumber);
    if (negative) return fail(MoneyError::Negative);
    if (std::count_if(s.begin(), s.end(),
                      [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) > 15)
        return fail(MoneyError::TooLarge);  // also keeps every number below within long long
    if (s.empty()) {
        if (whole) return fail(MoneyError::NotANumber);
        MoneyRead zero;
        zero.cents = 0;
        return zero;
    }
    // Digit runs and the single separators between them ('.', ',' or ' ').
    std::vector<std::string> runs(1);
    std::vector<char> seps;
    for (char c : s) {
        if (std::isdigit(static_cast<unsigned char>(c))) {
            runs.back() += c;
        } else {
            if (runs.back().empty()) return fail(MoneyError::NotANumber);  // ",50", "1,.5", "1  ,5"
            seps.push_back(c);
            runs.emplace_back();
        }
    }
    // A separator typed last ("2500," on the way to "2500,50") adds nothing.
    if (runs.back().empty()) {
        if (seps.back() == ' ' || whole) return fail(MoneyError::NotANumber);
        seps.pop_back();
        runs.pop_back();
        whole = true;
    }
    // Which separator, if any, is the decimal one.
    std::size_t decimal = seps.size();  // index into seps; seps.size(): none
    const std::size_t dots = static_cast<std::size_t>(std::count(seps.begin(), seps.end(), '.'));
    const std::size_t commas = static_cast<std::size_t>(std::count(seps.begin(), seps.end(), ','));
    if (!seps.empty() && seps.back() != ' ') {
        const char last = seps.back();
        const std::size_t digits_after = runs.back().size();
        const bool alone = (last == '.' ? dots : commas) == 1;
        if (dots > 0 && commas > 0) {
            if (!alone) return fail(MoneyError::BadGrouping);  // "1,250,50.5" or "1.2,3.4"
            decimal = seps.size() - 1;
        } else if (alone) {
            if (digits_after <= 2) {
                decimal = seps.size() - 1;
            } else if (digits_after == 3) {
                const char grouping = style == NumberStyle::Dutch ? '.' : ',';
                const bool plain_group =
                    seps.size() == 1 && runs.front().size() <= 3 && runs.front()[0] != '0';
                if (last != grouping || !plain_group) {
                    if (seps.size() == 1) {
                        MoneyRead r = fail(MoneyError::Ambiguous);
                        const long long a = std::stoll(runs[0]), b = std::stoll(runs[1]);
                        r.as_thousands = (a * 1000 + b) * 100;
                        r.as_decimals = a * 100 + (b + 5) / 10;  // shown rounded: "2,505" -> 2,51
                        if (r.as_thousands != r.as_decimals) return r;
                        r.error = MoneyError::None;  // "0,000": nothing either way
                        r.cents = 0;
                        return r;
                    }
                    return fail(MoneyError::BadGrouping);
                }
            } else {
                return fail(MoneyError::TooManyDecimals);
            }
        }
    }
    if (decimal < seps.size() && whole) return fail(MoneyError::NotANumber);  // "2,50,-"
    if (decimal < seps.size() && runs.back().size() > 2) return fail(MoneyError::TooManyDecimals);
    // Every other separator groups thousands: one kind only, first group 1-3 digits, then threes.
    const std::size_t groups_end = decimal < seps.size() ? decimal : seps.size();
    char grouping = 0;
    for (std::size_t i = 0; i < groups_end; ++i) {
        if (grouping && seps[i] != grouping) return fail(MoneyError::BadGrouping);
        grouping = seps[i];
        if (runs[i + 1].size() != 3) return fail(MoneyError::BadGrouping);
    }
    if (grouping && (runs.front().size() > 3 || runs.front()[0] == '0')) return fail(MoneyError::BadGrouping);
    std::string digits;
    for (std::size_t i = 0; i <= groups_end; ++i) digits += runs[i];
    const auto significant = digits.find_first_not_of('0');
    if (significant != std::string::npos && digits.size() - significant > 12)
        return fail(MoneyError::TooLarge);
    const std::string frac = decimal < seps.size() ? runs.back() : "";
    MoneyRead r;
    const Cents euros = significant == std::string::npos ? 0 : std::stoll(digits.substr(significant));
    r.cents = euros * 100 + (frac.empty() ? 0 : std::stoll(frac) * (frac.size() == 1 ? 10 : 1));
    return r;
}

std::string format_euro(Cents cents, NumberStyle style) {
    const bool nl = style == NumberStyle::Dutch;
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

}  // namespace sw::text

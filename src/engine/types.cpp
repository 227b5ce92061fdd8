// types.cpp: dates (days since 1970-01-01, proleptic Gregorian) and the names of the small enums.
// The names are the JSON contract's spellings; the ISO parser is strict because a date that
// silently "rolls over" (2026-02-30 -> 2026-03-02) would give a confidently wrong answer.
#include "stapelwijzer/types.h"


namespace sw {
namespace {

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
    static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return (m == 2 && is_leap(y)) ? 29 : kDays[m - 1];
}

template <typename E, std::size_t N>
std::optional<E> from_name(const std::string& name, const char* const (&names)[N]) {
    for (std::size_t i = 0; i < N; ++i) {
        if (name == names[i]) return static_cast<E>(i);
    }
    return std::nullopt;
}

const char* const kComponentNames[] = {"tuition", "exam", "materials", "vat", "travel", "wage_loss"};
const char* const kKindNames[] = {"gift", "loan", "deduction", "service", "obligation"};
const char* const kApplicantNames[] = {"person", "employer"};
const char* const kStatusNames[] = {"eligible", "possible", "ineligible"};

}  // namespace

// Howard Hinnant's days_from_civil: exact for every year an int can hold here.
Date date_from_ymd(int year, int month, int day) {
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned mp = static_cast<unsigned>(month > 2 ? month - 3 : month + 9);
    const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(day) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return Date{static_cast<std::int32_t>(era * 146097 + static_cast<int>(doe) - 719468)};
}

void date_to_ymd(Date d, int& year, int& month, int& day) {
    const int z = d.days + 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    year = static_cast<int>(yoe) + era * 400 + (month <= 2 ? 1 : 0);
}

std::optional<Date> parse_iso_date(const std::string& text) {
    // Exactly YYYY-MM-DD: no sign, no time, no spaces, four-digit year from 0001.
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (int i = 0; i < lengths[p]; ++i) {
            const char ch = text[static_cast<std::size_t>(starts[p] + i)];
            if (ch < '0' || ch > '9') return std::nullopt;
            parts[p] = parts[p] * 10 + (ch - '0');
        }
    }
    const int y = parts[0], m = parts[1], d = parts[2];
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
    return date_from_ymd(y, m, d);
}

std::string format_iso_date(Date d) {
    int y = 0, m = 0, day = 0;
    date_to_ymd(d, y, m, day);
    char buf[32];
    if (y >= 0 && y <= 9999) {
        buf[0] = static_cast<char>('0' + y / 1000);
        buf[1] = static_cast<char>('0' + y / 100 % 10);
        buf[2] = static_cast<char>('0' + y / 10 % 10);
        buf[3] = static_cast<char>('0' + y % 10);
        buf[4] = '-';
        buf[5] = static_cast<char>('0' + m / 10);
        buf[6] = static_cast<char>('0' + m % 10);
        buf[7] = '-';
        buf[8] = static_cast<char>('0' + day / 10);
        buf[9] = static_cast<char>('0' + day % 10);
        return std::string(buf, 10);
    }
    // Out of the ISO four-digit range: still deterministic, never used for valid input.
    return std::to_string(y) + "-" + std::to_string(m) + "-" + std::to_string(day);
}

int age_at(Date birth, Date at) {
    int by = 0, bm = 0, bd = 0, ay = 0, am = 0, ad = 0;
    date_to_ymd(birth, by, bm, bd);
    date_to_ymd(at, ay, am, ad);
    // The birthday in year `ay`: 29 February becomes 1 March when `ay` has no 29 February.
    if (bm == 2 && bd == 29 && !is_leap(ay)) {
        bm = 3;
        bd = 1;
    }
    int age = ay - by;
    if (am < bm || (am == bm && ad < bd)) --age;
    return age;
}

const char* component_name(Component c) { return kComponentNames[static_cast<int>(c)]; }
std::optional<Component> component_from_name(const std::string& name) {
    return from_name<Component>(name, kComponentNames);
}
const char* kind_name(Kind k) { return kKindNames[static_cast<int>(k)]; }
std::optional<Kind> kind_from_name(const std::string& name) { return from_name<Kind>(name, kKindNames); }
const char* applicant_name(Applicant a) { return kApplicantNames[static_cast<int>(a)]; }
std::optional<Applicant> applicant_from_name(const std::string& name) {
    return from_name<Applicant>(name, kApplicantNames);
}
const char* status_name(Status s) { return kStatusNames[static_cast<int>(s)]; }

}  // namespace sw

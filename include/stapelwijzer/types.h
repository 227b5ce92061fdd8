// stapelwijzer/types.h: the small value types every part of Stapelwijzer shares.
// Money is integer cents, dates are whole days, nothing here does I/O.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>

namespace sw {

using Cents = std::int64_t;

// A calendar date as days since 1970-01-01 (proleptic Gregorian). ISO text in and out.
struct Date {
    std::int32_t days = 0;
    friend bool operator==(Date a, Date b) { return a.days == b.days; }
    friend bool operator!=(Date a, Date b) { return a.days != b.days; }
    friend bool operator<(Date a, Date b) { return a.days < b.days; }
    friend bool operator<=(Date a, Date b) { return a.days <= b.days; }
    friend bool operator>(Date a, Date b) { return a.days > b.days; }
    friend bool operator>=(Date a, Date b) { return a.days >= b.days; }
};

Date date_from_ymd(int year, int month, int day);        // no validation: use parse_iso_date for input
void date_to_ymd(Date d, int& year, int& month, int& day);
std::optional<Date> parse_iso_date(const std::string& text);  // strict YYYY-MM-DD, real calendar dates only
std::string format_iso_date(Date d);
// Whole years between birth and `at`; a 29 February birthday counts as 1 March in common years.
int age_at(Date birth, Date at);

// The cost components, in the order schemes pay them (docs/semantics.md: T, E, M, V, R, W).
enum class Component : std::uint8_t { Tuition, Exam, Materials, Vat, Travel, WageLoss };
constexpr int kComponentCount = 6;
const char* component_name(Component c);  // "tuition", "exam", ... as in the JSON contract
std::optional<Component> component_from_name(const std::string& name);

using ComponentCents = std::array<Cents, kComponentCount>;

enum class Kind : std::uint8_t { Gift, Loan, Deduction, Service, Obligation };
const char* kind_name(Kind k);
std::optional<Kind> kind_from_name(const std::string& name);

enum class Applicant : std::uint8_t { Person, Employer };
const char* applicant_name(Applicant a);
std::optional<Applicant> applicant_from_name(const std::string& name);

enum class Status : std::uint8_t { Eligible, Possible, Ineligible };
const char* status_name(Status s);

// Text in both languages the product speaks.
struct Text {
    std::string nl;
    std::string en;
};

}  // namespace sw

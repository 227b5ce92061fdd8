// Dates: days since 1970-01-01, the strict ISO parser, and age with the 29 February rule.
#include <catch2/catch.hpp>

#include "stapelwijzer/types.h"

using sw::Date;

static Date d(const char* iso) {
    auto parsed = sw::parse_iso_date(iso);
    REQUIRE(parsed.has_value());
    return *parsed;
}

TEST_CASE("dates count days from 1970-01-01") {
    CHECK(sw::date_from_ymd(1970, 1, 1).days == 0);
    CHECK(sw::date_from_ymd(1970, 1, 2).days == 1);
    CHECK(sw::date_from_ymd(1969, 12, 31).days == -1);
    CHECK(sw::date_from_ymd(2000, 3, 1).days == 11017);
    CHECK(sw::date_from_ymd(2026, 9, 1).days == 20697);
}

TEST_CASE("date_to_ymd inverts date_from_ymd over four centuries") {
    for (std::int32_t days = -200000; days <= 200000; days += 7) {
        int y = 0, m = 0, dd = 0;
        sw::date_to_ymd(Date{days}, y, m, dd);
        REQUIRE(sw::date_from_ymd(y, m, dd).days == days);
    }
}

TEST_CASE("ISO dates parse strictly") {
    CHECK(sw::format_iso_date(d("2026-09-01")) == "2026-09-01");
    CHECK(sw::format_iso_date(d("0001-01-01")) == "0001-01-01");
    CHECK(sw::parse_iso_date("2024-02-29").has_value());
    CHECK(sw::parse_iso_date("2000-02-29").has_value());
    CHECK_FALSE(sw::parse_iso_date("2023-02-29").has_value());
    CHECK_FALSE(sw::parse_iso_date("1900-02-29").has_value());
    CHECK_FALSE(sw::parse_iso_date("2026-04-31").has_value());
    CHECK_FALSE(sw::parse_iso_date("2026-13-01").has_value());
    CHECK_FALSE(sw::parse_iso_date("2026-00-10").has_value());
    CHECK_FALSE(sw::parse_iso_date("2026-01-00").has_value());
    CHECK_FALSE(sw::parse_iso_date("0000-01-01").has_value());
    CHECK_FALSE(sw::parse_iso_date("2026-9-01").has_value());
    CHECK_FALSE(sw::parse_iso_date("2026/09/01").has_value());
    CHECK_FALSE(sw::parse_iso_date("2026-09-01T00:00").has_value());
    CHECK_FALSE(sw::parse_iso_date(" 2026-09-01").has_value());
    CHECK_FALSE(sw::parse_iso_date("+026-09-01").has_value());
    CHECK_FALSE(sw::parse_iso_date("").has_value());
    CHECK_FALSE(sw::parse_iso_date("2026-0a-01").has_value());
}

TEST_CASE("ISO round trip for every day of a leap and a common year") {
    for (std::int32_t days = d("2023-01-01").days; days <= d("2024-12-31").days; ++days) {
        const std::string text = sw::format_iso_date(Date{days});
        REQUIRE(sw::parse_iso_date(text) == Date{days});
    }
}

TEST_CASE("age counts whole years") {
    CHECK(sw::age_at(d("1984-05-10"), d("2026-05-09")) == 41);
    CHECK(sw::age_at(d("1984-05-10"), d("2026-05-10")) == 42);
    CHECK(sw::age_at(d("1984-05-10"), d("2026-12-31")) == 42);
    CHECK(sw::age_at(d("2026-09-01"), d("2026-09-01")) == 0);
}

TEST_CASE("a 29 February birthday counts as 1 March in common years") {
    const Date born = d("2004-02-29");
    CHECK(sw::age_at(born, d("2022-02-28")) == 17);
    CHECK(sw::age_at(born, d("2022-03-01")) == 18);
    // In a leap year the birthday is 29 February itself.
    CHECK(sw::age_at(born, d("2024-02-28")) == 19);
    CHECK(sw::age_at(born, d("2024-02-29")) == 20);
}

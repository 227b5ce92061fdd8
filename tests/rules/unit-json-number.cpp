// Exact decimal handling of JSON number literals (money is never judged on a binary double).
#include <catch2/catch.hpp>

#include "json/json_number.h"

using sw::json::ScaleResult;

namespace {
ScaleResult cents(const char* s, std::int64_t& out) { return sw::json::literal_to_cents(s, out); }
}  // namespace

TEST_CASE("json number: euro literals to cents") {
    std::int64_t c = -1;
    CHECK(cents("100", c) == ScaleResult::Ok);
    CHECK(c == 10000);
    CHECK(cents("100.1", c) == ScaleResult::Ok);
    CHECK(c == 10010);
    CHECK(cents("100.10", c) == ScaleResult::Ok);
    CHECK(c == 10010);
    CHECK(cents("0.29", c) == ScaleResult::Ok);
    CHECK(c == 29);
    CHECK(cents("12650.04", c) == ScaleResult::Ok);
    CHECK(c == 1265004);
    CHECK(cents("1.5e2", c) == ScaleResult::Ok);
    CHECK(c == 15000);
    CHECK(cents("150E-2", c) == ScaleResult::Ok);
    CHECK(c == 150);
    CHECK(cents("100.0000000000000000000", c) == ScaleResult::Ok);
    CHECK(c == 10000);
    CHECK(cents("-5", c) == ScaleResult::Ok);
    CHECK(c == -500);
    CHECK(cents("0", c) == ScaleResult::Ok);
    CHECK(c == 0);
}

TEST_CASE("json number: not whole cents, too large, not a number") {
    std::int64_t c = 0;
    CHECK(cents("100.005", c) == ScaleResult::NotExact);
    CHECK(cents("0.001", c) == ScaleResult::NotExact);
    CHECK(cents("1e-3", c) == ScaleResult::NotExact);
    CHECK(cents("1e300", c) == ScaleResult::TooLarge);
    CHECK(cents("1e99999999999999999999", c) == ScaleResult::TooLarge);
    CHECK(cents("10000000000001", c) == ScaleResult::TooLarge);  // 10^13 euro > 10^15 cents
    CHECK(cents("", c) == ScaleResult::NotANumber);
    CHECK(cents("1e", c) == ScaleResult::NotANumber);
    CHECK(cents("12abc", c) == ScaleResult::NotANumber);
}

TEST_CASE("json number: whole numbers on the value") {
    std::int64_t n = 0;
    CHECK(sw::json::literal_is_whole("40", n));
    CHECK(n == 40);
    CHECK(sw::json::literal_is_whole("40.0", n));
    CHECK(sw::json::literal_is_whole("4e1", n));
    CHECK(n == 40);
    CHECK_FALSE(sw::json::literal_is_whole("40.5", n));
    CHECK(sw::json::cents_to_euro_text(185000) == "1850.00");
    CHECK(sw::json::cents_to_euro_text(-5) == "-0.05");
}

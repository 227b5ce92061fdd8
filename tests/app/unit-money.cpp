// The money fields of the web app: read_euro() (src/app/format.cpp) reads every way a Dutch or
// English user writes an amount, refuses what could mean two amounts, and never guesses.
// Properties run over seeded random amounts written in each format (engine/splitmix.h).
#include <catch2/catch.hpp>
#include <string>

#include "app/format.h"
#include "app/string_table.h"
#include "engine/splitmix.h"

using sw::Cents;
using sw::app::Lang;
using sw::app::MoneyError;
using sw::app::read_euro;

namespace {

// 1234567 -> "1.234.567" (sep '.') or "1,234,567".
std::string grouped(long long euros, char sep) {
    std::string digits = std::to_string(euros), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += sep;
        out += digits[i];
    }
    return out;
}

std::string two(long long cents) {
    return (cents < 10 ? "0" : "") + std::to_string(cents);
}

Cents nl(const std::string& text) {
    auto r = read_euro(text, Lang::Nl);
    INFO("Dutch: \"" << text << "\"");
    REQUIRE(r.error == MoneyError::None);
    return *r.cents;
}

Cents en(const std::string& text) {
    auto r = read_euro(text, Lang::En);
    INFO("English: \"" << text << "\"");
    REQUIRE(r.error == MoneyError::None);
    return *r.cents;
}

MoneyError error_nl(const std::string& text) {
    return read_euro(text, Lang::Nl).error;
}
MoneyError error_en(const std::string& text) {
    return read_euro(text, Lang::En).error;
}

}  // namespace

TEST_CASE("the ways of writing an amount from the issue are read as the writer means them") {
    CHECK(nl("2500") == 250000);
    CHECK(nl("2.500") == 250000);
    CHECK(nl("2500,50") == 250050);
    CHECK(nl("2.500,50") == 250050);
    CHECK(nl("€ 2.500,-") == 250000);
    CHECK(nl("1.250,50") == 125050);
    CHECK(en("2,500.50") == 250050);
    CHECK(en("2,500") == 250000);
    CHECK(en("€2,500.50") == 250050);
    CHECK(en("2500.5") == 250050);
    // Unambiguous whatever the language: both separators, or one with one or two digits after it.
    CHECK(nl("2,500.50") == 250050);
    CHECK(en("2.500,50") == 250050);
    CHECK(nl("99,95") == 9995);
    CHECK(en("99,95") == 9995);
    CHECK(nl("12,5") == 1250);
}

TEST_CASE("spaces, the euro sign, EUR and the whole-euro endings") {
    CHECK(nl("  2500  ") == 250000);
    CHECK(nl("1 250") == 125000);
    CHECK(nl("1\xC2\xA0"
             "250,50") == 125050);  // no-break space
    CHECK(nl("1\xE2\x80\xAF"
             "250") == 125000);  // narrow no-break space
    CHECK(nl("€2500") == 250000);
    CHECK(nl("2500 €") == 250000);
    CHECK(nl("EUR 2.500") == 250000);
    CHECK(nl("2.500,--") == 250000);
    CHECK(nl("2.500,\xE2\x80\x93") == 250000);  // ",–" with an en dash
    CHECK(nl("2500.-") == 250000);
    CHECK(nl("") == 0);
    CHECK(nl("   ") == 0);
    CHECK(nl("0") == 0);
    CHECK(nl("0,5") == 50);
    CHECK(nl("0,000") == 0);  // "0" either way: not ambiguous (found by the fuzzer)
}

TEST_CASE("a separator typed last is still being typed: the amount so far") {
    CHECK(nl("2500,") == 250000);
    CHECK(nl("2.500,") == 250000);
    CHECK(en("2,500.") == 250000);
}

TEST_CASE("what could mean two amounts is refused and both readings are given") {
    auto r = read_euro("2,500", Lang::Nl);
    CHECK(r.error == MoneyError::Ambiguous);
    CHECK_FALSE(r.cents.has_value());
    CHECK(r.as_thousands == 250000);
    CHECK(r.as_decimals == 250);
    CHECK(error_en("2.500") == MoneyError::Ambiguous);
    CHECK(error_nl("0.500") == MoneyError::Ambiguous);
    CHECK(error_nl("1234.567") == MoneyError::Ambiguous);
    sw::app::set_language(Lang::Nl);
    const std::string msg = sw::app::money_error_message("Cursusgeld", r);
    CHECK(msg ==
          "Cursusgeld: bedoelt u € 2.500,00 of € 2,50? Schrijf het zonder twijfel, zoals 2500 of 2,50.");
    sw::app::set_language(Lang::En);
    CHECK(sw::app::money_error_message("Tuition", read_euro("2.500", Lang::En)) ==
          "Tuition: do you mean €2,500.00 or €2.50? Write it so it can only mean one, such as 2500 or 2.50.");
    sw::app::set_language(Lang::Nl);
}

TEST_CASE("malformed amounts are refused with the reason") {
    CHECK(error_nl("1.25050") == MoneyError::TooManyDecimals);  // what the old filter made of 1.250,50
    CHECK(error_nl("2500,505") == MoneyError::Ambiguous);
    CHECK(error_nl("2500,5050") == MoneyError::TooManyDecimals);
    CHECK(error_nl("1.250,505") == MoneyError::TooManyDecimals);
    CHECK(error_nl("12.34.56") == MoneyError::BadGrouping);
    CHECK(error_nl("1,2,3") == MoneyError::BadGrouping);
    CHECK(error_nl("1.250.50") == MoneyError::BadGrouping);
    CHECK(error_nl("1,250,50.5") == MoneyError::BadGrouping);
    CHECK(error_nl("1.2,3.4") == MoneyError::BadGrouping);
    CHECK(error_nl("1.250 000") == MoneyError::BadGrouping);
    CHECK(error_nl("12 34") == MoneyError::BadGrouping);
    CHECK(error_nl("01.250") == MoneyError::Ambiguous);
    CHECK(error_nl("01.250.000") == MoneyError::BadGrouping);
    CHECK(error_nl("-5") == MoneyError::Negative);
    CHECK(error_nl("- € 5") == MoneyError::Negative);
    CHECK(error_nl("abc") == MoneyError::NotANumber);
    CHECK(error_nl("25OO") == MoneyError::NotANumber);
    CHECK(error_nl(",50") == MoneyError::NotANumber);
    CHECK(error_nl("1,,5") == MoneyError::NotANumber);
    CHECK(error_nl("5-3") == MoneyError::NotANumber);
    CHECK(error_nl(",-") == MoneyError::NotANumber);
    CHECK(error_nl("2,50,-") == MoneyError::NotANumber);
    CHECK(error_nl("1e3") == MoneyError::NotANumber);
    CHECK(error_nl("1234567890123") == MoneyError::TooLarge);
    CHECK(error_nl("99999999999999999999,500") == MoneyError::TooLarge);
    CHECK(nl("999999999999,99") == 99999999999999);
}

TEST_CASE("property: every amount written in every format is read back exactly") {
    swtest::Rng rng{20261203};
    for (int i = 0; i < 20000; ++i) {
        // Mostly course-sized amounts, sometimes up to the limit of twelve euro digits.
        const long long euros = rng.chance(10) ? rng.range(0, 999'999'999'999) : rng.range(0, 99'999);
        const long long cents = rng.chance(3) ? 0 : rng.range(0, 99);
        const Cents want = euros * 100 + cents;
        CAPTURE(euros, cents);
        // Dutch: plain, grouped, with decimals, with the euro sign, whole-euro ending.
        CHECK(nl(std::to_string(euros) + "," + two(cents)) == want);
        CHECK(nl(grouped(euros, '.') + "," + two(cents)) == want);
        CHECK(nl("€ " + grouped(euros, '.') + "," + two(cents)) == want);
        CHECK(nl(grouped(euros, ' ') + "," + two(cents)) == want);
        // English: the same with the other signs.
        CHECK(en(std::to_string(euros) + "." + two(cents)) == want);
        CHECK(en(grouped(euros, ',') + "." + two(cents)) == want);
        CHECK(en("€" + grouped(euros, ',') + "." + two(cents)) == want);
        // Both separators together mean the same in either language.
        CHECK(nl(grouped(euros, ',') + "." + two(cents)) == want);
        CHECK(en(grouped(euros, '.') + "," + two(cents)) == want);
        if (cents == 0) {
            CHECK(nl(std::to_string(euros)) == want);
            CHECK(nl(grouped(euros, '.')) == want);
            CHECK(nl("€ " + grouped(euros, '.') + ",-") == want);
            CHECK(en(grouped(euros, ',')) == want);
        }
        if (cents % 10 == 0) CHECK(nl(std::to_string(euros) + "," + std::to_string(cents / 10)) == want);
        // What the app writes, it reads (both languages).
        for (Lang lang : {Lang::Nl, Lang::En}) {
            sw::app::set_language(lang);
            CHECK(read_euro(sw::app::euro(want), lang).cents == want);
            CHECK(read_euro(sw::app::euro_input(want), lang).cents == want);
        }
        sw::app::set_language(Lang::Nl);
    }
}

TEST_CASE("property: no text is read as two different amounts by the two languages") {
    swtest::Rng rng{7};
    const char alphabet[] = "0123456789.,. ,0";
    for (int i = 0; i < 50000; ++i) {
        std::string text;
        const int n = static_cast<int>(rng.range(1, 10));
        for (int k = 0; k < n; ++k) text += alphabet[rng.range(0, sizeof alphabet - 2)];
        const auto a = read_euro(text, Lang::Nl), b = read_euro(text, Lang::En);
        CAPTURE(text);
        CHECK(a.cents.has_value() == (a.error == MoneyError::None));
        if (a.cents && b.cents) CHECK(*a.cents == *b.cents);
        if (a.cents) CHECK(*a.cents >= 0);
    }
}

// euro_text.h: amounts of money as Dutch and English people write them ("€ 1.250,50", "2500,-",
// "1,250.50"), read into whole cents without guessing. Shared by the web app (what someone types,
// src/app/format.h) and the staff import (what a spreadsheet holds, src/staff/).
#pragma once

#include <optional>
#include <string>

#include "stapelwijzer/types.h"

namespace sw::text {

// Which sign groups thousands when one separator is followed by exactly three digits: '.' in
// Dutch ("2.500" is 2500 euro), ',' in English ("2,500").
enum class NumberStyle { Dutch, English };

// Why an amount is not read (docs/web-app.md, "Amounts as people type them").
enum class MoneyError { None, NotANumber, Negative, Ambiguous, TooManyDecimals, BadGrouping, TooLarge };

struct MoneyRead {
    std::optional<Cents> cents;  // set exactly when error is None
    MoneyError error = MoneyError::None;
    // Ambiguous only: the two amounts the text could mean ("2,500" in Dutch: 2500 or 2.50 euro).
    Cents as_thousands = 0;
    Cents as_decimals = 0;
};

// Reads "2500", "2.500", "2500,50", "2.500,50", "€ 2.500,-", "1 250", "2,500.50". With both '.'
// and ',' the last one is the decimal separator. One separator followed by one or two digits is
// decimal; followed by three it groups thousands when it is the style's grouping sign and is
// ambiguous otherwise ("2,500" in Dutch). Empty is 0. Never guesses: anything else is an error.
MoneyRead read_euro(const std::string& text, NumberStyle style);

// Writes an amount: "€ 1.234,56" (Dutch) or "€1,234.56" (English), "-" before the sign if negative.
std::string format_euro(Cents cents, NumberStyle style);

}  // namespace sw::text

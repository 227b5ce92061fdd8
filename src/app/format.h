// format.h: money and dates as people read and type them, in the current language.
#pragma once

#include <optional>
#include <string>

#include "stapelwijzer/types.h"
#include "string_table.h"
#include "text/euro_text.h"

namespace sw::app {

// "€ 1.234,56" (Dutch) or "€1,234.56" (English).
std::string euro(Cents cents);
// Why a typed amount is not read, and what was read: the shared reader's (src/text/euro_text.h),
// also used by the staff import (docs/employer.md).
using text::MoneyError;
using text::MoneyRead;

// Reads what someone types for an amount, as a Dutch or English user writes it: "2500", "2.500",
// "2500,50", "2.500,50", "€ 2.500,-", "1 250", "2,500.50". With both '.' and ',' the last one is
// the decimal separator. One separator followed by one or two digits is decimal; followed by three
// it groups thousands when it is the language's grouping sign ('.' in Dutch, ',' in English) and
// is ambiguous otherwise ("2,500" in Dutch). Empty is 0. Never guesses: anything else is an error.
MoneyRead read_euro(const std::string& text, Lang lang);
// read_euro in the current language, the amount only.
std::optional<Cents> parse_euro(const std::string& text);
// The message for a field that holds `text` which read_euro refused, naming the field.
std::string money_error_message(const std::string& field, const MoneyRead& read);
// The plain number for an input field ("1250,5" in Dutch) from cents.
std::string euro_input(Cents cents);
// An ISO date "2026-09-01" as "1 september 2026" / "1 September 2026".
std::string long_date(const std::string& iso);

}  // namespace sw::app

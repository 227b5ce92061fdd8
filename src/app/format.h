// format.h: money and dates as people read and type them, in the current language.
#pragma once

#include <optional>
#include <string>

#include "stapelwijzer/types.h"

namespace sw::app {

// "€ 1.234,56" (Dutch) or "€1,234.56" (English).
std::string euro(Cents cents);
// Reads what someone types for an amount: "1250", "1.250,50", "1,250.50", "€ 99,95". The last
// separator followed by one or two digits is the decimal one. Empty is 0. Negative or
// malformed: nullopt.
std::optional<Cents> parse_euro(const std::string& text);
// The plain number for an input field ("1250,5" in Dutch) from cents.
std::string euro_input(Cents cents);
// An ISO date "2026-09-01" as "1 september 2026" / "1 September 2026".
std::string long_date(const std::string& iso);

}  // namespace sw::app

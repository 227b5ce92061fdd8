// json_number.h: exact decimal arithmetic on JSON number literals. Money arrives as euro in JSON
// numbers; whether 100.1 or 100.005 is a whole number of cents is decided from the decimal text as
// written, because the nearest binary double of 100.1 is not exactly 100.10.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sw::json {

// Largest magnitude accepted after scaling (10^15 cents = 10 trillion euro): far above any real
// amount and still exact in a double, so no later conversion can lose a cent.
constexpr std::int64_t kMaxScaled = 1000000000000000;

enum class ScaleResult : std::uint8_t { Ok, NotExact, TooLarge, NotANumber };

// The literal's value times 10^decimals as an exact integer, e.g. ("100.1", 2) -> 10010.
// NotExact when more decimals are non-zero ("100.005", 2), TooLarge beyond kMaxScaled.
ScaleResult scale_literal(std::string_view literal, int decimals, std::int64_t& out);

// Money in euro -> cents. Convenience for scale_literal(literal, 2, ...).
ScaleResult literal_to_cents(std::string_view literal, std::int64_t& cents);

// True when the literal is a whole number ("40", "40.0", "4e1"); sets `out` if it fits.
bool literal_is_whole(std::string_view literal, std::int64_t& out);

// Cents as euro text for messages: 185000 -> "1850.00", -5 -> "-0.05".
std::string cents_to_euro_text(std::int64_t cents);

}  // namespace sw::json

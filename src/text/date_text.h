// date_text.h: a date as a Dutch spreadsheet or person writes it: "01-03-2026", "1-3-2026",
// "01/03/2026", "1.3.2026" (day first, as in the Netherlands and Britain) or ISO "2026-03-01".
#pragma once

#include <optional>
#include <string>

#include "stapelwijzer/types.h"

namespace sw::text {

enum class DateError { None, NotADate, DoesNotExist };

struct DateRead {
    std::optional<Date> date;  // set exactly when error is None
    DateError error = DateError::None;
};

// A two-digit year ("1-3-26") is not read: it could be 1926 or 2026 (a birth date).
DateRead read_date(const std::string& text);

// The ISO text of a date read by read_date ("2026-03-01").
std::string iso_date(Date date);

}  // namespace sw::text

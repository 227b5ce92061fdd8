// clock.cpp: see clock.h.
#include "clock.h"

#include <cstdlib>
#include <ctime>

namespace sw {

std::optional<Date> clock_today(std::string& error) {
    if (const char* env = std::getenv("STAPELWIJZER_TODAY"); env && *env) {
        auto d = parse_iso_date(env);
        if (!d) error = std::string("STAPELWIJZER_TODAY must be a date as YYYY-MM-DD, got '") + env + "'";
        return d;
    }
    std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    return date_from_ymd(utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday);
}

}  // namespace sw

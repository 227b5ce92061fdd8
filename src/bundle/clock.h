// clock.h: today's date from the clock, the one place any shell reads it. Only for judging a
// bundle's expiry and for dating a signed manifest; never a case's date (docs/architecture.md,
// "Rules of the code": the engine has no clock).
#pragma once

#include <optional>
#include <string>

#include "stapelwijzer/types.h"

namespace sw {

// Today in UTC, or the date in the environment variable STAPELWIJZER_TODAY (YYYY-MM-DD) when it is
// set and not empty (tests pin the date with it; a wasm build has no such variable). On a badly
// written STAPELWIJZER_TODAY returns nullopt and sets `error` to a sentence naming the variable.
std::optional<Date> clock_today(std::string& error);

}  // namespace sw

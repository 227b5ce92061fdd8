// condition_lines.h: every condition of a scheme with its outcome for the case on screen (the
// engine's sw::condition_trace), for the adviser view and the summary. Computed once per recompute
// and per scheme, only when asked (the adviser view is off for most people).
#pragma once

#include <string>
#include <vector>

#include "stapelwijzer/trace.h"

namespace sw::app {

// Empty when the case cannot be computed (bad input) or the scheme is unknown.
const std::vector<ConditionLine>& condition_lines(const std::string& scheme_id);
// "klopt" / "met": the outcome in words, for the summary and for tests.
const char* outcome_word(ConditionOutcome o);
// "✓" / "✗" / "?": the outcome as a mark, for the summary (the app draws its marks itself).
const char* outcome_mark(ConditionOutcome o);

}  // namespace sw::app

// stapelwijzer/engine.h: the eligibility and stacking engine. Pure and deterministic: the same
// catalogue and case always give the same result; no I/O, no clock, no JSON.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "stapelwijzer/case.h"
#include "stapelwijzer/catalogue.h"
#include "stapelwijzer/result.h"

namespace sw {

// Checks a case against the contract and the catalogue's vocabularies (enum values, sector codes,
// `used` ids, ranges, age with birth_date). Returns the first problem as {path, message}.
std::optional<Diagnostic> check_case(const Catalogue& catalogue, const Case& c);

struct EvaluateOptions {
    bool best_case = true;  // compute best_case_plan (costs more than the rest together)
    bool questions = true;
    // Fill SchemeResult::reasons and Result::plan's explanation with texts (a computed
    // best_case_plan keeps its explanation). Statuses, deciding_facts and the plans' figures are
    // the same either way. The texts are most of the cost of a large catalogue, so callers that
    // show one scheme at a time leave them out and ask scheme_reasons() for the scheme the user
    // opens (docs/engine.md "Reasons").
    bool reasons = true;
};

// Precondition: check_case() found nothing. (A case that fails it yields a result with every
// scheme ineligible rather than undefined behaviour, but callers must check first.)
Result evaluate(const Catalogue& catalogue, const Case& c, const EvaluateOptions& options = {});

// One scheme's reason texts on demand: exactly the SchemeResult::reasons that evaluate() with
// reasons = true gives for it. Empty when the catalogue has no scheme `scheme_id` or it is not
// valid at the case's reference date (evaluate() leaves such schemes out).
std::vector<Reason> scheme_reasons(const Catalogue& catalogue, const Case& c, std::string_view scheme_id);

}  // namespace sw

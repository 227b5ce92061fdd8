// stapelwijzer/engine.h: the eligibility and stacking engine. Pure and deterministic: the same
// catalogue and case always give the same result; no I/O, no clock, no JSON.
#pragma once

#include <optional>
#include <string>

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
    // Fill SchemeResult::reasons with texts. Statuses and deciding_facts are the same either way;
    // filling the texts is most of the cost of a large catalogue, so status-only callers (batch
    // statistics, benchmarks) may turn it off.
    bool reasons = true;
};

// Precondition: check_case() found nothing. (A case that fails it yields a result with every
// scheme ineligible rather than undefined behaviour, but callers must check first.)
Result evaluate(const Catalogue& catalogue, const Case& c, const EvaluateOptions& options = {});

}  // namespace sw

// stapelwijzer/batch.h: many cases against one catalogue (a staff list, `stapelwijzer batch`, the
// JavaScript API's batch()). Gives exactly what evaluate() gives for each case, with the work
// shared across cases (docs/engine.md "Batch evaluation").
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "stapelwijzer/case.h"
#include "stapelwijzer/catalogue.h"
#include "stapelwijzer/engine.h"
#include "stapelwijzer/result.h"

namespace sw {

// results[i] == evaluate(catalogue, cases[i], options) for every i, field for field. The schemes'
// conditions are evaluated for 64 cases at a time (facts laid out by column, two bit masks per
// condition node); the rest (reasons, the plan, questions, best case, notes) per case. Memory
// grows with cases.size(): a caller that streams uses the sink form below.
// Precondition, as for evaluate(): check_case() found nothing for each case (a case that fails it
// gets the same every-scheme-ineligible result evaluate() gives it).
std::vector<Result> evaluate_batch(const Catalogue& catalogue, const std::vector<Case>& cases,
                                   const EvaluateOptions& options = {});

// The same, streamed: `sink(i, result)` for each case in order, as soon as it is made. Holds one
// result at a time: a thousand results of a large catalogue kept at once cost more in memory
// traffic than the batch saves (docs/engine.md "Batch evaluation").
void evaluate_batch(const Catalogue& catalogue, const std::vector<Case>& cases,
                    const EvaluateOptions& options, const std::function<void(std::size_t, Result&&)>& sink);

// The same for the `count` cases from `cases` on (`sink(i, ...)` with i from 0): a part of a longer
// list, evaluated without copying it out (the web app's employer view evaluates a few dozen rows
// of its list per slice).
void evaluate_batch(const Catalogue& catalogue, const Case* cases, std::size_t count,
                    const EvaluateOptions& options, const std::function<void(std::size_t, Result&&)>& sink);

}  // namespace sw

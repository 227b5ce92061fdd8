// evaluate_internal.h: the pieces evaluate() puts together (engine-internal).
#pragma once

#include <string_view>
#include <vector>

#include "kleene.h"
#include "resolve.h"
#include "stapelwijzer/case.h"
#include "stapelwijzer/engine.h"

namespace sw::engine {

// The evaluation context of a case: its facts (kept alive by the caller) and the parameters at
// its reference date.
EvalContext eval_context(const Catalogue::Impl& impl, const Case& c, const FactValues& facts);

// The compiled scheme `id` if the catalogue has it and it is valid at the case's reference date,
// else null: what the per-scheme calls (scheme_reasons, condition_trace) answer about.
const CScheme* scheme_at(const Catalogue::Impl& impl, const Case& c, std::string_view id);

// The StackInput for the given compiled schemes (indices into impl.schemes): excludes and
// requires become positions in the input; a required scheme not among them becomes -1.
StackInput build_stack_input(const EvalContext& ctx, const Case& c, const std::vector<std::int32_t>& schemes,
                             Pick pick);

// Per valid scheme of the result: its compiled index and the value of its condition.
struct Evaluated {
    std::int32_t scheme = 0;
    Tri condition = Tri::False;
    Status status = Status::Ineligible;
};

std::vector<Question> questions(const EvalContext& ctx, const Case& c,
                                const std::vector<Evaluated>& evaluated);

std::vector<Note> notes(const EvalContext& ctx, const std::vector<Evaluated>& evaluated, const Plan& plan);

Plan best_case_plan(const EvalContext& ctx, const Case& c, const std::vector<Evaluated>& evaluated);

// evaluate() after its set-up: `bad_input` from check_case, `ctx` on the case's facts.
// `conditions`: per compiled scheme the value of its condition on this case (evaluate_batch()
// computes them 64 cases at a time; only schemes valid at the reference date are read), or null:
// computed here. The one place that makes a Result, so the batch cannot differ from evaluate().
Result evaluate_in(const Catalogue& catalogue, const Case& c, const EvaluateOptions& options, bool bad_input,
                   const EvalContext& ctx, const Tri* conditions);

}  // namespace sw::engine

// evaluate_internal.h: the pieces evaluate() puts together (engine-internal).
#pragma once

#include <vector>

#include "kleene.h"
#include "resolve.h"
#include "stapelwijzer/case.h"
#include "stapelwijzer/engine.h"

namespace sw::engine {

// The StackInput for the given compiled schemes (indices into impl.schemes): excludes and
// requires become positions in the input; a required scheme not among them becomes -1.
StackInput build_stack_input(const EvalContext& ctx, const Case& c, const std::vector<std::int32_t>& schemes, Pick pick);

// Per valid scheme of the result: its compiled index and the value of its condition.
struct Evaluated {
    std::int32_t scheme = 0;
    Tri condition = Tri::False;
    Status status = Status::Ineligible;
};

std::vector<Question> questions(const EvalContext& ctx, const Case& c, const std::vector<Evaluated>& evaluated);

std::vector<Note> notes(const EvalContext& ctx, const std::vector<Evaluated>& evaluated, const Plan& plan);

Plan best_case_plan(const EvalContext& ctx, const Case& c, const std::vector<Evaluated>& evaluated);

}  // namespace sw::engine

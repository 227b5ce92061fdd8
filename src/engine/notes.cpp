// notes.cpp: catalogue notes whose condition is true (not merely unknown), in catalogue order.
#include "evaluate_internal.h"

namespace sw::engine {

std::vector<Note> notes(const EvalContext& base, const std::vector<Evaluated>& evaluated, const Plan& plan) {
    if (base.impl->notes.empty()) return {};
    std::vector<std::int8_t> statuses(base.impl->schemes.size(), -1);
    for (const Evaluated& e : evaluated) statuses[static_cast<std::size_t>(e.scheme)] = static_cast<std::int8_t>(e.status);
    EvalContext ctx = base;
    ctx.statuses = &statuses;
    ctx.employer_contribution = false;
    for (const Contribution& k : plan.contributions) {
        if (k.amount > 0 && (k.applicant == Applicant::Employer || k.kind == Kind::Obligation)) ctx.employer_contribution = true;
    }
    std::vector<Note> out;
    for (const CNote& n : base.impl->notes) {
        if (eval_node(ctx, n.root) == Tri::True) out.push_back(Note{n.spec->id, n.spec->text});
    }
    return out;
}

}  // namespace sw::engine

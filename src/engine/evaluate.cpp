// evaluate.cpp: one case against a catalogue: statuses with reasons, the plan of the eligible
// schemes, then questions, the best case and notes (domain.md "Eligibility semantics").
#include <algorithm>

#include "evaluate_internal.h"
#include "explain.h"
#include "fact_values.h"

namespace sw::engine {

StackInput build_stack_input(const EvalContext& ctx, const Case& c, const std::vector<std::int32_t>& schemes, Pick pick) {
    StackInput in;
    in.costs = c.course.costs;
    auto position = [&](std::int32_t scheme) {
        auto it = std::find(schemes.begin(), schemes.end(), scheme);
        return it == schemes.end() ? -1 : static_cast<int>(it - schemes.begin());
    };
    for (std::int32_t index : schemes) {
        const CScheme& cs = ctx.impl->schemes[static_cast<std::size_t>(index)];
        StackScheme s = stack_scheme(ctx, cs, c, pick);
        for (std::int32_t e : cs.excludes) {
            const int p = position(e);
            if (p >= 0) s.excludes.push_back(p);  // a scheme not in the plan keeps nothing out
        }
        for (std::int32_t q : cs.requires_schemes) s.requires_schemes.push_back(position(q));
        in.schemes.push_back(std::move(s));
    }
    return in;
}

namespace {

SchemeResult scheme_result(const EvalContext& ctx, const Case& c, const CScheme& cs, Tri value, Status status,
                           bool texts) {
    const SchemeSpec& spec = *cs.spec;
    SchemeResult r;
    r.id = spec.id;
    r.status = status;
    r.kind = spec.kind;
    r.applicant = spec.applicant;
    std::vector<std::uint32_t> leaves;
    if (value == Tri::Unknown) {
        relevant_unknown_leaves(ctx, cs.root, leaves);
        std::vector<Fact> facts;
        for (std::uint32_t leaf : leaves) {
            const Fact f = ctx.impl->nodes[leaf].fact;
            if (std::find(facts.begin(), facts.end(), f) == facts.end()) facts.push_back(f);
        }
        std::sort(facts.begin(), facts.end(),
                  [](Fact a, Fact b) { return std::string(fact_info(a).path) < fact_info(b).path; });
        for (Fact f : facts) r.deciding_facts.push_back(fact_info(f).path);
        if (texts) r.reasons.push_back(depends_on_reason(facts));
    } else if (texts) {
        deciding_leaves(ctx, cs.root, leaves);
    }
    if (texts)
        for (std::uint32_t leaf : leaves) r.reasons.push_back(leaf_reason(ctx, c, leaf));
    if (texts && spec.discretionary) r.reasons.push_back(discretionary_reason());
    return r;
}

}  // namespace
}  // namespace sw::engine

namespace sw {

Result evaluate(const Catalogue& catalogue, const Case& c, const EvaluateOptions& options) {
    using namespace engine;
    const Catalogue::Impl& impl = catalogue.impl();
    Result result;
    result.reference_date = c.reference_date;
    const bool bad_input = check_case(catalogue, c).has_value();

    const FactValues facts = fact_values(impl, c);
    EvalContext ctx;
    ctx.impl = &impl;
    ctx.reference = c.reference_date;
    ctx.period = periods_at(impl, c.reference_date);
    ctx.facts = &facts;

    std::vector<Evaluated> evaluated;
    std::vector<std::int32_t> eligible;
    for (std::size_t i = 0; i < impl.schemes.size(); ++i) {
        const CScheme& cs = impl.schemes[i];
        if (c.reference_date.days < cs.valid_from || c.reference_date.days > cs.valid_to) continue;
        Evaluated e;
        e.scheme = static_cast<std::int32_t>(i);
        if (bad_input) {
            // Never a confident answer from input the contract refuses (callers check first).
            SchemeResult r{cs.spec->id, Status::Ineligible, cs.spec->kind, cs.spec->applicant, {}, {}};
            r.reasons.push_back(Reason{{"De invoer is niet geldig.", "The input is not valid."}, {}});
            result.schemes.push_back(std::move(r));
            evaluated.push_back(e);
            continue;
        }
        e.condition = eval_node(ctx, cs.root);
        e.status = e.condition == Tri::True ? (cs.spec->discretionary ? Status::Possible : Status::Eligible)
                   : e.condition == Tri::Unknown ? Status::Possible
                                                 : Status::Ineligible;
        if (e.status == Status::Eligible) eligible.push_back(e.scheme);
        result.schemes.push_back(scheme_result(ctx, c, cs, e.condition, e.status, options.reasons));
        evaluated.push_back(e);
    }
    result.plan = stack(build_stack_input(ctx, c, eligible, Pick::Lowest));
    if (bad_input) {
        result.best_case_plan = result.plan;
        return result;
    }
    if (options.questions) result.questions = questions(ctx, c, evaluated);
    result.best_case_plan = options.best_case ? best_case_plan(ctx, c, evaluated) : result.plan;
    result.notes = notes(ctx, evaluated, result.plan);
    return result;
}

}  // namespace sw

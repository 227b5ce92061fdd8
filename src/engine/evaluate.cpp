// evaluate.cpp: one case against a catalogue: statuses with reasons, the plan of the eligible
// schemes, then questions, the best case and notes (docs/semantics.md "Eligibility semantics").
#include <algorithm>
#include <string_view>

#include "evaluate_internal.h"
#include "explain.h"
#include "fact_values.h"

namespace sw::engine {

StackInput build_stack_input(const EvalContext& ctx, const Case& c, const std::vector<std::int32_t>& schemes,
                             Pick pick) {
    StackInput in;
    in.costs = c.course.costs;
    in.schemes.reserve(schemes.size());
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

// The facts of the relevant unknown leaves, distinct, sorted by path (a possible scheme's
// deciding facts).
std::vector<Fact> deciding_facts(const EvalContext& ctx, const std::vector<std::uint32_t>& leaves) {
    std::vector<Fact> facts;
    for (std::uint32_t leaf : leaves) {
        const Fact f = ctx.impl->nodes[leaf].fact;
        if (std::find(facts.begin(), facts.end(), f) == facts.end()) facts.push_back(f);
    }
    std::sort(facts.begin(), facts.end(), [](Fact a, Fact b) {
        return std::string_view(fact_info(a).path) < std::string_view(fact_info(b).path);
    });
    return facts;
}

// A scheme's reason texts (docs/engine.md "Reasons"); the one place that makes them, for
// evaluate() and scheme_reasons() alike.
std::vector<Reason> reasons(const EvalContext& ctx, const Case& c, const CScheme& cs, Tri value) {
    std::vector<Reason> out;
    std::vector<std::uint32_t> leaves;
    if (value == Tri::Unknown) {
        relevant_unknown_leaves(ctx, cs.root, leaves);
        out.push_back(depends_on_reason(deciding_facts(ctx, leaves)));
    } else {
        deciding_leaves(ctx, cs.root, leaves);
    }
    for (std::uint32_t leaf : leaves) out.push_back(leaf_reason(ctx, c, leaf));
    if (cs.discretionary) out.push_back(discretionary_reason());
    return out;
}

Status status_of(const CScheme& cs, Tri value) {
    return value == Tri::True      ? (cs.discretionary ? Status::Possible : Status::Eligible)
           : value == Tri::Unknown ? Status::Possible
                                   : Status::Ineligible;
}

Reason invalid_input_reason() {
    return Reason{{"De invoer is niet geldig.", "The input is not valid."}, {}};
}

// Fills `r` in place (the caller's vector holds it already: no temporary to move).
void scheme_result(const EvalContext& ctx, const Case& c, const CScheme& cs, Tri value, Status status,
                   bool texts, SchemeResult& r) {
    r.id = cs.id;
    r.status = status;
    r.kind = cs.kind;
    r.applicant = cs.applicant;
    if (value == Tri::Unknown) {
        std::vector<std::uint32_t> leaves;
        relevant_unknown_leaves(ctx, cs.root, leaves);
        for (Fact f : deciding_facts(ctx, leaves)) r.deciding_facts.push_back(fact_info(f).path);
    }
    if (texts) r.reasons = reasons(ctx, c, cs, value);
}

}  // namespace

EvalContext eval_context(const Catalogue::Impl& impl, const Case& c, const FactValues& facts) {
    EvalContext ctx;
    ctx.impl = &impl;
    ctx.reference = c.reference_date;
    ctx.period = periods_at(impl, c.reference_date);
    ctx.facts = &facts;
    return ctx;
}

const CScheme* scheme_at(const Catalogue::Impl& impl, const Case& c, std::string_view id) {
    const auto it = impl.scheme_index.find(std::string(id));
    if (it == impl.scheme_index.end()) return nullptr;
    const CScheme& cs = impl.schemes[static_cast<std::size_t>(it->second)];
    if (c.reference_date.days < cs.valid_from || c.reference_date.days > cs.valid_to) return nullptr;
    return &cs;
}

Result evaluate_in(const Catalogue& catalogue, const Case& c, const EvaluateOptions& options, bool bad_input,
                   const EvalContext& ctx, const Tri* conditions) {
    const Catalogue::Impl& impl = catalogue.impl();
    Result result;
    result.reference_date = c.reference_date;
    result.catalogue = &catalogue;
    result.course_start = c.course.start_date;

    std::vector<Evaluated> evaluated;
    std::vector<std::int32_t> eligible;
    evaluated.reserve(impl.schemes.size());
    result.schemes.reserve(impl.schemes.size());
    for (std::size_t i = 0; i < impl.schemes.size(); ++i) {
        const CScheme& cs = impl.schemes[i];
        if (c.reference_date.days < cs.valid_from || c.reference_date.days > cs.valid_to) continue;
        Evaluated e;
        e.scheme = static_cast<std::int32_t>(i);
        if (bad_input) {
            // Never a confident answer from input the contract refuses (callers check first).
            SchemeResult& r = result.schemes.emplace_back();
            r.id = cs.id;
            r.kind = cs.kind;
            r.applicant = cs.applicant;
            r.reasons.push_back(invalid_input_reason());
            evaluated.push_back(e);
            continue;
        }
        e.condition = conditions ? conditions[i] : eval_node(ctx, cs.root);
        e.status = status_of(cs, e.condition);
        if (e.status == Status::Eligible) eligible.push_back(e.scheme);
        scheme_result(ctx, c, cs, e.condition, e.status, options.reasons, result.schemes.emplace_back());
        evaluated.push_back(e);
    }
    // Without reason texts the plan goes without its explanation too: the texts cost more than
    // the optimum (stacking.h StackOptions).
    result.plan = stack(build_stack_input(ctx, c, eligible, Pick::Lowest), StackOptions{options.reasons});
    if (bad_input) {
        result.best_case_plan = result.plan;
        return result;
    }
    if (options.questions) result.questions = questions(ctx, c, evaluated);
    result.best_case_plan = options.best_case ? best_case_plan(ctx, c, evaluated) : result.plan;
    result.notes = notes(ctx, evaluated, result.plan);
    return result;
}
}  // namespace sw::engine

namespace sw {

Result evaluate(const Catalogue& catalogue, const Case& c, const EvaluateOptions& options) {
    using namespace engine;
    const Catalogue::Impl& impl = catalogue.impl();
    const bool bad_input = check_case(catalogue, c).has_value();
    const FactValues facts = fact_values(impl, c);
    const EvalContext ctx = eval_context(impl, c, facts);
    return evaluate_in(catalogue, c, options, bad_input, ctx, nullptr);
}

std::vector<Reason> scheme_reasons(const Catalogue& catalogue, const Case& c, std::string_view scheme_id) {
    using namespace engine;
    const Catalogue::Impl& impl = catalogue.impl();
    const CScheme* cs = scheme_at(impl, c, scheme_id);
    if (!cs) return {};
    if (check_case(catalogue, c)) return {invalid_input_reason()};
    const FactValues facts = fact_values(impl, c);
    const EvalContext ctx = eval_context(impl, c, facts);
    return reasons(ctx, c, *cs, eval_node(ctx, cs->root));
}

}  // namespace sw

// condition_trace.cpp: the whole condition tree of one scheme with each node's Kleene outcome
// (stapelwijzer/trace.h). Reuses the evaluator and the reason texts, so the adviser view can never
// disagree with the statuses and reasons of evaluate().
#include "evaluate_internal.h"
#include "explain.h"
#include "fact_values.h"
#include "kleene.h"
#include "stapelwijzer/engine.h"
#include "stapelwijzer/trace.h"

namespace sw {
namespace {

ConditionOutcome outcome_of(engine::Tri t) {
    switch (t) {
        case engine::Tri::True:
            return ConditionOutcome::True;
        case engine::Tri::False:
            return ConditionOutcome::False;
        default:
            return ConditionOutcome::Unknown;
    }
}

Text group_text(engine::NodeType type, std::uint32_t children) {
    if (children == 0)
        return {"Geen voorwaarden: iedereen komt in aanmerking.", "No conditions: everyone qualifies."};
    switch (type) {
        case engine::NodeType::All:
            return {"Aan alle voorwaarden hieronder moet u voldoen.",
                    "All of the conditions below must hold."};
        case engine::NodeType::Any:
            return {"Aan minstens één voorwaarde hieronder moet u voldoen.",
                    "At least one of the conditions below must hold."};
        default:
            return {"De voorwaarde hieronder mag niet gelden.", "The condition below must not hold."};
    }
}

void walk(const engine::EvalContext& ctx, const Case& c, std::uint32_t index, int depth,
          std::vector<ConditionLine>& out) {
    const engine::CNode& node = ctx.impl->nodes[index];
    ConditionLine line;
    line.depth = depth;
    line.outcome = outcome_of(engine::eval_node(ctx, index));
    switch (node.type) {
        case engine::NodeType::Leaf: {
            line.kind = ConditionKind::Leaf;
            Reason r = engine::leaf_reason(ctx, c, index);
            line.text = std::move(r.text);
            line.fact = fact_info(node.fact).path;
            out.push_back(std::move(line));
            return;
        }
        case engine::NodeType::All:
        case engine::NodeType::Any:
            line.kind = node.type == engine::NodeType::All ? ConditionKind::All : ConditionKind::Any;
            line.text = group_text(node.type, node.b);
            out.push_back(std::move(line));
            for (std::uint32_t i = 0; i < node.b; ++i)
                walk(ctx, c, ctx.impl->child_index[node.a + i], depth + 1, out);
            return;
        case engine::NodeType::Not:
            line.kind = ConditionKind::Not;
            line.text = group_text(node.type, 1);
            out.push_back(std::move(line));
            walk(ctx, c, node.a, depth + 1, out);
            return;
        default:
            return;  // scheme-status and employer nodes occur only in notes, never in a scheme
    }
}

}  // namespace

std::vector<ConditionLine> condition_trace(const Catalogue& catalogue, const Case& c,
                                           std::string_view scheme_id) {
    const Catalogue::Impl& impl = catalogue.impl();
    std::vector<ConditionLine> out;
    const engine::CScheme* cs = engine::scheme_at(impl, c, scheme_id);
    if (!cs || check_case(catalogue, c)) return out;
    const engine::FactValues facts = engine::fact_values(impl, c);
    const engine::EvalContext ctx = engine::eval_context(impl, c, facts);
    walk(ctx, c, cs->root, 0, out);
    return out;
}

const char* condition_kind_name(ConditionKind kind) {
    switch (kind) {
        case ConditionKind::All:
            return "all";
        case ConditionKind::Any:
            return "any";
        case ConditionKind::Not:
            return "not";
        default:
            return "leaf";
    }
}

const char* condition_outcome_name(ConditionOutcome o) {
    switch (o) {
        case ConditionOutcome::True:
            return "true";
        case ConditionOutcome::False:
            return "false";
        default:
            return "unknown";
    }
}

}  // namespace sw

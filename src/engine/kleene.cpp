// kleene.cpp: leaf comparisons and three-valued evaluation over the flat node array.
#include "kleene.h"

#include <algorithm>

namespace sw::engine {

std::vector<std::int32_t> periods_at(const Catalogue::Impl& impl, Date reference) {
    std::vector<std::int32_t> out(impl.params.size(), -1);
    for (std::size_t p = 0; p < impl.params.size(); ++p) {
        const auto& periods = impl.params[p].periods;
        for (std::size_t i = 0; i < periods.size(); ++i) {
            if (periods[i].from <= reference.days && reference.days <= periods[i].to) {
                out[p] = static_cast<std::int32_t>(i);
                break;
            }
        }
    }
    return out;
}

Span operand_values(const EvalContext& ctx, const COperand& operand, bool& found) {
    found = true;
    if (operand.param < 0) return operand.values;
    const std::int32_t period = ctx.period[static_cast<std::size_t>(operand.param)];
    if (period < 0) {
        found = false;
        return Span{};
    }
    return ctx.impl->params[static_cast<std::size_t>(operand.param)].periods[static_cast<std::size_t>(period)].values;
}

namespace {

bool contains(const std::vector<std::int32_t>& set, std::int32_t v) {
    return std::find(set.begin(), set.end(), v) != set.end();
}

template <typename T>
bool ordered(Op op, T x, T y) {
    switch (op) {
        case Op::Eq: return x == y;
        case Op::Ne: return x != y;
        case Op::Lt: return x < y;
        case Op::Le: return x <= y;
        case Op::Gt: return x > y;
        case Op::Ge: return x >= y;
        default: return false;
    }
}

}  // namespace

namespace {

// The comparison itself, on the operand's values at the reference date (count > 0).
inline bool compare_values(const CNode& node, const CValue* v, std::uint32_t count, const FactValues& facts) {
    const auto f = static_cast<std::size_t>(node.fact);
    switch (node.fact_type) {
        case FactType::Integer:
        case FactType::Number: {
            const double x = facts.num[f];
            if (node.op == Op::In || node.op == Op::NotIn) {
                bool any = false;
                for (std::uint32_t i = 0; i < count; ++i) any = any || x == v[i].num;
                return node.op == Op::In ? any : !any;
            }
            return ordered(node.op, x, v[0].num);
        }
        case FactType::Date: {
            const std::int32_t x = facts.sym[f];
            if (node.op == Op::Between) return count == 2 && v[0].i <= x && x <= v[1].i;
            return ordered(node.op, x, v[0].i);
        }
        case FactType::Boolean:
        case FactType::Enum:
        case FactType::Vocabulary:
        case FactType::Text: {
            const std::int32_t x = facts.sym[f];
            bool any = false;
            for (std::uint32_t i = 0; i < count; ++i) any = any || x == v[i].i;
            switch (node.op) {
                case Op::Eq:
                case Op::In: return any;
                case Op::Ne:
                case Op::NotIn: return !any;
                default: return false;
            }
        }
        case FactType::Set: {
            // `in`: contains any of; `not_in`: contains none of; `=`: contains; `!=`: does not contain.
            bool any = false;
            const std::vector<std::int32_t>& set = facts.set_of(node.fact);
            for (std::uint32_t i = 0; i < count; ++i) any = any || contains(set, v[i].i);
            switch (node.op) {
                case Op::Eq:
                case Op::In: return any;
                case Op::Ne:
                case Op::NotIn: return !any;
                default: return false;
            }
        }
    }
    return false;
}

// The operand's values at the reference date; false when a parameter has no period for it.
inline bool leaf_values(const EvalContext& ctx, const CNode& node, Span& span) {
    const COperand& operand = ctx.impl->operands[node.a];
    if (operand.param < 0) {
        span = operand.values;
        return true;
    }
    const std::int32_t period = ctx.period[static_cast<std::size_t>(operand.param)];
    if (period < 0) return false;
    span = ctx.impl->params[static_cast<std::size_t>(operand.param)]
               .periods[static_cast<std::size_t>(period)]
               .values;
    return true;
}

// A keyed leaf (docs/rules-format.md "Facts for real schemes"): `=` / `in` hold when the answer
// for any listed key is yes (Kleene `any` over the keys), `!=` / `not_in` are its negation.
Tri eval_keyed(const CNode& node, const CValue* v, std::uint32_t count, const FactValues& facts);

}  // namespace

Tri keyed_answer(const FactValues& facts, Fact fact, std::int32_t key) {
    for (const KeyedAnswer& k : facts.keyed) {
        if (k.fact == fact && k.key == key) return k.yes ? Tri::True : Tri::False;
    }
    const auto f = static_cast<std::size_t>(fact);
    if (!facts.known[f]) return Tri::Unknown;
    return facts.sym[f] != 0 ? Tri::True : Tri::False;
}

namespace {

Tri eval_keyed(const CNode& node, const CValue* v, std::uint32_t count, const FactValues& facts) {
    Tri any = Tri::False;
    for (std::uint32_t i = 0; i < count && any != Tri::True; ++i) {
        const Tri t = keyed_answer(facts, node.fact, v[i].i);
        if (t != Tri::False) any = t;
    }
    if (node.op == Op::Eq || node.op == Op::In) return any;
    return any == Tri::True ? Tri::False : any == Tri::False ? Tri::True : Tri::Unknown;
}

// A leaf's value on `facts` (Unknown only for a keyed fact with an open key).
inline Tri leaf_on(const EvalContext& ctx, const CNode& node, const Span& span, const FactValues& facts) {
    if (is_keyed(node.fact)) return eval_keyed(node, &ctx.impl->values[span.begin], span.count, facts);
    if (!facts.known[static_cast<std::size_t>(node.fact)]) return Tri::Unknown;
    if (span.count == 0) return Tri::False;
    return compare_values(node, &ctx.impl->values[span.begin], span.count, facts) ? Tri::True : Tri::False;
}

}  // namespace

bool compare_leaf(const EvalContext& ctx, const CNode& node, const FactValues& facts) {
    Span span;
    if (!leaf_values(ctx, node, span) || span.count == 0) return false;  // no value for this date: false
    if (is_keyed(node.fact))
        return eval_keyed(node, &ctx.impl->values[span.begin], span.count, facts) == Tri::True;
    return compare_values(node, &ctx.impl->values[span.begin], span.count, facts);
}

namespace {

inline Tri eval_leaf(const EvalContext& ctx, const CNode& node) {
    const CFastLeaf& fast = ctx.impl->fast_leaves[node.b];
    if (fast.kind != CFastLeaf::Kind::Generic) {
        // A constant operand with values: no parameter to resolve, and the test needs no operand.
        const FactValues& facts = *ctx.facts;
        const auto f = static_cast<std::size_t>(node.fact);
        if (!facts.known[f]) return Tri::Unknown;
        bool r = false;
        switch (fast.kind) {
            case CFastLeaf::Kind::NumEq: r = facts.num[f] == fast.num; break;
            case CFastLeaf::Kind::NumNe: r = facts.num[f] != fast.num; break;
            case CFastLeaf::Kind::NumLt: r = facts.num[f] < fast.num; break;
            case CFastLeaf::Kind::NumLe: r = facts.num[f] <= fast.num; break;
            case CFastLeaf::Kind::NumGt: r = facts.num[f] > fast.num; break;
            case CFastLeaf::Kind::NumGe: r = facts.num[f] >= fast.num; break;
            case CFastLeaf::Kind::SymMask: {
                // A symbol no rule mentions (-1) or outside the mask's 64 ids is in none.
                const auto bit = static_cast<std::uint32_t>(facts.sym[f] - fast.base);
                r = (bit < 64 && ((fast.mask >> bit) & 1u)) != fast.negate;
                break;
            }
            case CFastLeaf::Kind::Generic: break;
        }
        return r ? Tri::True : Tri::False;
    }
    // A parameter without a value at this date decides the leaf even for an unknown fact.
    Span span;
    if (!leaf_values(ctx, node, span)) return Tri::False;
    return leaf_on(ctx, node, span, *ctx.facts);
}

// A child of all/any: leaves (most children) without the recursive call.
inline Tri eval_child(const EvalContext& ctx, std::uint32_t index) {
    const CNode& node = ctx.impl->nodes[index];
    return node.type == NodeType::Leaf ? eval_leaf(ctx, node) : eval_node(ctx, index);
}

}  // namespace

Tri eval_node(const EvalContext& ctx, std::uint32_t index) {
    const CNode& node = ctx.impl->nodes[index];
    switch (node.type) {
        case NodeType::All: {
            Tri result = Tri::True;
            const std::uint32_t* child = ctx.impl->child_index.data() + node.a;  // may be empty
            for (std::uint32_t i = 0; i < node.b; ++i) {
                const Tri t = eval_child(ctx, child[i]);
                if (t == Tri::False) return Tri::False;
                if (t == Tri::Unknown) result = Tri::Unknown;
            }
            return result;
        }
        case NodeType::Any: {
            Tri result = Tri::False;
            const std::uint32_t* child = ctx.impl->child_index.data() + node.a;  // may be empty
            for (std::uint32_t i = 0; i < node.b; ++i) {
                const Tri t = eval_child(ctx, child[i]);
                if (t == Tri::True) return Tri::True;
                if (t == Tri::Unknown) result = Tri::Unknown;
            }
            return result;
        }
        case NodeType::Not: {
            const Tri t = eval_node(ctx, node.a);
            return t == Tri::True ? Tri::False : t == Tri::False ? Tri::True : Tri::Unknown;
        }
        case NodeType::Leaf:
            return eval_leaf(ctx, node);
        case NodeType::SchemeStatus: {
            if (!ctx.statuses) return Tri::False;
            const std::int8_t s = (*ctx.statuses)[node.a];
            return s >= 0 && (node.status_mask & (1u << s)) ? Tri::True : Tri::False;
        }
        case NodeType::EmployerContribution:
            return ctx.employer_contribution ? Tri::True : Tri::False;
    }
    return Tri::False;
}

void deciding_leaves(const EvalContext& ctx, std::uint32_t index, std::vector<std::uint32_t>& leaves) {
    const CNode& node = ctx.impl->nodes[index];
    const Tri value = eval_node(ctx, index);
    switch (node.type) {
        case NodeType::All:
        case NodeType::Any: {
            // all true / any false: every child counts. all false / any true: the children that
            // alone decide it. Unknown: the unknown children.
            const bool is_all = node.type == NodeType::All;
            const Tri every = is_all ? Tri::True : Tri::False;
            bool first_only = !is_all && value == Tri::True;  // one true child of an `any` suffices
            for (std::uint32_t i = 0; i < node.b; ++i) {
                const std::uint32_t child = ctx.impl->child_index[node.a + i];
                const Tri t = eval_node(ctx, child);
                if (value == every || t == value) {
                    deciding_leaves(ctx, child, leaves);
                    if (first_only) return;
                }
            }
            return;
        }
        case NodeType::Not:
            deciding_leaves(ctx, node.a, leaves);
            return;
        case NodeType::Leaf:
            leaves.push_back(index);
            return;
        default:
            return;  // note-only nodes have no explanation of their own
    }
}

void relevant_unknown_leaves(const EvalContext& ctx, std::uint32_t index, std::vector<std::uint32_t>& leaves) {
    const CNode& node = ctx.impl->nodes[index];
    if (eval_node(ctx, index) != Tri::Unknown) return;
    switch (node.type) {
        case NodeType::All:
        case NodeType::Any:
            for (std::uint32_t i = 0; i < node.b; ++i) relevant_unknown_leaves(ctx, ctx.impl->child_index[node.a + i], leaves);
            return;
        case NodeType::Not:
            relevant_unknown_leaves(ctx, node.a, leaves);
            return;
        case NodeType::Leaf:
            leaves.push_back(index);
            return;
        default:
            return;
    }
}

}  // namespace sw::engine

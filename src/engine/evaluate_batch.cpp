// evaluate_batch.cpp: many cases against one catalogue (stapelwijzer/batch.h). The schemes'
// conditions are evaluated for a block of 64 cases at once: the block's facts are laid out by
// column (per fact a known-mask and 64 values), every condition node answers with two bit masks
// (true, unknown; the rest false), and all/any/not combine the masks a word at a time, with a
// lane leaving a node's children as soon as its value is decided (Kleene's short cut, per lane).
// Then each case goes through evaluate_in() (evaluate.cpp) with its condition values, so reasons,
// plan, questions, best case and notes are made by the same code as evaluate() makes them
// (docs/engine.md "Batch evaluation").
#include <algorithm>
#include <array>
#include <cstdint>

#include "evaluate_internal.h"
#include "fact_values.h"
#include "stapelwijzer/batch.h"

namespace sw::engine {
namespace {

constexpr int kLanes = 64;

struct Masks {
    std::uint64_t t = 0;  // lanes where the node is true
    std::uint64_t u = 0;  // lanes where it is unknown; the other active lanes: false
};

// Up to 64 cases: their contexts (for the leaves the columns do not answer) and their facts by column.
struct Block {
    const Catalogue::Impl* impl = nullptr;
    int lanes = 0;
    std::array<const EvalContext*, kLanes> ctx{};
    std::array<std::uint64_t, kFactCount> known{};
    std::vector<double> num;        // [fact * 64 + lane]
    std::vector<std::int32_t> sym;  // [fact * 64 + lane]

    Block() : num(kFactCount * kLanes, 0.0), sym(kFactCount * kLanes, 0) {}

    void set_lane(int lane, const EvalContext& c) {
        ctx[static_cast<std::size_t>(lane)] = &c;
        const FactValues& f = *c.facts;
        for (std::size_t fact = 0; fact < kFactCount; ++fact) {
            const std::uint64_t bit = std::uint64_t{1} << lane;
            known[fact] = f.known[fact] ? known[fact] | bit : known[fact] & ~bit;
            num[fact * kLanes + static_cast<std::size_t>(lane)] = f.num[fact];
            sym[fact * kLanes + static_cast<std::size_t>(lane)] = f.sym[fact];
        }
    }
};

// The scalar evaluation, lane by lane: for leaves the columns do not hold (parameters, dates,
// sets, keyed facts) and for the note-only node types.
Masks per_lane(const Block& b, std::uint32_t index, std::uint64_t active) {
    Masks m;
    for (std::uint64_t rest = active; rest; rest &= rest - 1) {
        const int lane = __builtin_ctzll(rest);
        const Tri t = eval_node(*b.ctx[static_cast<std::size_t>(lane)], index);
        const std::uint64_t bit = std::uint64_t{1} << lane;
        if (t == Tri::True) m.t |= bit;
        if (t == Tri::Unknown) m.u |= bit;
    }
    return m;
}

// A leaf with a constant operand (CFastLeaf): exactly kleene.cpp's eval_leaf, on a column.
template <typename Test>
std::uint64_t column_test(const Block& b, std::size_t base, Test test) {
    std::uint64_t r = 0;
    for (int lane = 0; lane < b.lanes; ++lane)
        r |= static_cast<std::uint64_t>(test(base + static_cast<std::size_t>(lane))) << lane;
    return r;
}

Masks leaf(const Block& b, const CNode& node, std::uint32_t index, std::uint64_t active) {
    const CFastLeaf& fast = b.impl->fast_leaves[node.b];
    if (fast.kind == CFastLeaf::Kind::Generic) return per_lane(b, index, active);
    const auto f = static_cast<std::size_t>(node.fact);
    const std::uint64_t known = b.known[f] & active;
    const std::size_t base = f * kLanes;
    const double* num = b.num.data();
    const std::int32_t* sym = b.sym.data();
    const double v = fast.num;
    std::uint64_t r = 0;
    switch (fast.kind) {
        case CFastLeaf::Kind::NumEq:
            r = column_test(b, base, [&](std::size_t i) { return num[i] == v; });
            break;
        case CFastLeaf::Kind::NumNe:
            r = column_test(b, base, [&](std::size_t i) { return num[i] != v; });
            break;
        case CFastLeaf::Kind::NumLt:
            r = column_test(b, base, [&](std::size_t i) { return num[i] < v; });
            break;
        case CFastLeaf::Kind::NumLe:
            r = column_test(b, base, [&](std::size_t i) { return num[i] <= v; });
            break;
        case CFastLeaf::Kind::NumGt:
            r = column_test(b, base, [&](std::size_t i) { return num[i] > v; });
            break;
        case CFastLeaf::Kind::NumGe:
            r = column_test(b, base, [&](std::size_t i) { return num[i] >= v; });
            break;
        case CFastLeaf::Kind::SymMask:
            // A symbol no rule mentions (-1) or outside the mask's 64 ids is in none.
            r = column_test(b, base, [&](std::size_t i) {
                const auto bit = static_cast<std::uint32_t>(sym[i] - fast.base);
                return (bit < 64 && ((fast.mask >> bit) & 1u)) != fast.negate;
            });
            break;
        case CFastLeaf::Kind::Generic:
            break;
    }
    return Masks{r & known, active & ~known};
}

Masks eval_bits(const Block& b, std::uint32_t index, std::uint64_t active) {
    if (!active) return {};
    const CNode& node = b.impl->nodes[index];
    switch (node.type) {
        case NodeType::All:
        case NodeType::Any: {
            // all: a false child decides the lane (false); any: a true child decides it (true).
            // Otherwise an unknown child makes it unknown. A decided lane leaves the loop.
            const bool is_all = node.type == NodeType::All;
            std::uint64_t live = active, decided = 0, unknown = 0;
            const std::uint32_t* child = b.impl->child_index.data() + node.a;  // may be empty
            for (std::uint32_t i = 0; i < node.b && live; ++i) {
                const Masks m = eval_bits(b, child[i], live);
                const std::uint64_t d = is_all ? live & ~m.t & ~m.u : m.t;
                decided |= d;
                unknown |= m.u;
                live &= ~d;
            }
            unknown &= ~decided;
            const std::uint64_t undecided_value = active & ~decided & ~unknown;  // all true / all false
            return is_all ? Masks{undecided_value, unknown} : Masks{decided, unknown};
        }
        case NodeType::Not: {
            const Masks m = eval_bits(b, node.a, active);
            return Masks{active & ~m.t & ~m.u, m.u};
        }
        case NodeType::Leaf:
            return leaf(b, node, index, active);
        default:
            return per_lane(b, index, active);
    }
}

// periods_at() once per distinct reference date of the batch (a staff list has few).
const std::vector<std::int32_t>& periods_cached(
    const Catalogue::Impl& impl, Date date,
    std::vector<std::pair<std::int32_t, std::vector<std::int32_t>>>& cache) {
    for (const auto& entry : cache)
        if (entry.first == date.days) return entry.second;
    cache.emplace_back(date.days, periods_at(impl, date));
    return cache.back().second;
}

}  // namespace
}  // namespace sw::engine

namespace sw {

std::vector<Result> evaluate_batch(const Catalogue& catalogue, const std::vector<Case>& cases,
                                   const EvaluateOptions& options) {
    std::vector<Result> results;
    results.reserve(cases.size());
    evaluate_batch(catalogue, cases, options,
                   [&](std::size_t, Result&& r) { results.push_back(std::move(r)); });
    return results;
}

void evaluate_batch(const Catalogue& catalogue, const std::vector<Case>& cases,
                    const EvaluateOptions& options, const std::function<void(std::size_t, Result&&)>& sink) {
    evaluate_batch(catalogue, cases.data(), cases.size(), options, sink);
}

void evaluate_batch(const Catalogue& catalogue, const Case* cases, std::size_t count,
                    const EvaluateOptions& options, const std::function<void(std::size_t, Result&&)>& sink) {
    using namespace engine;
    const Catalogue::Impl& impl = catalogue.impl();
    const std::size_t schemes = impl.schemes.size();
    std::vector<std::pair<std::int32_t, std::vector<std::int32_t>>> periods;
    Block block;
    block.impl = &impl;
    std::vector<FactValues> facts(kLanes);
    std::vector<EvalContext> ctx(kLanes);
    std::array<bool, kLanes> bad{};
    std::vector<Tri> conditions(schemes * kLanes, Tri::False);

    for (std::size_t start = 0; start < count; start += kLanes) {
        const int lanes = static_cast<int>(std::min<std::size_t>(kLanes, count - start));
        block.lanes = lanes;
        for (int lane = 0; lane < lanes; ++lane) {
            const auto l = static_cast<std::size_t>(lane);
            const Case& c = cases[start + l];
            bad[l] = check_case(catalogue, c).has_value();
            facts[l] = fact_values(impl, c);
            ctx[l].impl = &impl;
            ctx[l].reference = c.reference_date;
            ctx[l].period = periods_cached(impl, c.reference_date, periods);
            ctx[l].facts = &facts[l];
            block.set_lane(lane, ctx[l]);
        }
        for (std::size_t i = 0; i < schemes; ++i) {
            const CScheme& cs = impl.schemes[i];
            std::uint64_t active = 0;  // valid at the case's date, and input the contract accepts
            for (int lane = 0; lane < lanes; ++lane) {
                const std::int32_t day = cases[start + static_cast<std::size_t>(lane)].reference_date.days;
                if (!bad[static_cast<std::size_t>(lane)] && day >= cs.valid_from && day <= cs.valid_to)
                    active |= std::uint64_t{1} << lane;
            }
            const Masks m = eval_bits(block, cs.root, active);
            for (std::uint64_t rest = active; rest; rest &= rest - 1) {
                const int lane = __builtin_ctzll(rest);
                const std::uint64_t bit = std::uint64_t{1} << lane;
                conditions[static_cast<std::size_t>(lane) * schemes + i] = (m.t & bit)   ? Tri::True
                                                                           : (m.u & bit) ? Tri::Unknown
                                                                                         : Tri::False;
            }
        }
        for (int lane = 0; lane < lanes; ++lane) {
            const auto l = static_cast<std::size_t>(lane);
            sink(start + l, evaluate_in(catalogue, cases[start + l], options, bad[l], ctx[l],
                                        conditions.data() + l * schemes));
        }
    }
}

}  // namespace sw

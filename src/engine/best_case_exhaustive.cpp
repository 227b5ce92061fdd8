// best_case_exhaustive.cpp: domain.md step 6 taken literally, the reference the tests compare the
// best-case search (best_case.cpp) with, as optimiser_exhaustive.cpp is for the optimiser. Every
// unknown fact some rule of a valid scheme asks about gets its whole relevant domain: numbers and
// dates every threshold a condition or amount uses and the values just below and above it (plus
// the ends of the fact's range), the other kinds every value. Every combination is evaluated,
// every scheme whose condition then holds (discretionary ones granted) is stacked, and the best
// plan by better_best_case() wins. No pruning, no merging of equivalent values, no reuse of the
// search's candidate values: only what the search and this file share (conditions, stack()) is
// trusted.
#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

#include "best_case.h"
#include "best_case_domains.h"

namespace sw::engine {
namespace {

void collect_leaves(const Catalogue::Impl& impl, std::uint32_t node, std::vector<std::uint32_t>& out) {
    const CNode& n = impl.nodes[node];
    if (n.type == NodeType::Leaf) out.push_back(node);
    if (n.type == NodeType::Not) collect_leaves(impl, n.a, out);
    if (n.type == NodeType::All || n.type == NodeType::Any) {
        for (std::uint32_t i = 0; i < n.b; ++i) collect_leaves(impl, impl.child_index[n.a + i], out);
    }
}

// Every value of `fact` worth trying, given the literals the rules compare it with.
std::vector<Candidate> domain(const EvalContext& ctx, Fact fact, const std::vector<CValue>& literals) {
    const FactInfo& info = fact_info(fact);
    std::vector<Candidate> out;
    auto number = [&](double x) {
        if ((info.min && x < *info.min) || (info.max && x > *info.max)) return;
        out.push_back(Candidate{x, 0, {}});
    };
    switch (info.type) {
        case FactType::Boolean:
            out = {Candidate{0, 0, {}}, Candidate{0, 1, {}}};
            break;
        case FactType::Enum:
            for (const std::string& v : info.values) out.push_back(Candidate{0, ctx.impl->symbol(v), {}});
            break;
        case FactType::Vocabulary:
            for (std::int32_t s : ctx.impl->sector_symbols) out.push_back(Candidate{0, s, {}});
            break;
        case FactType::Text:
            for (const CValue& v : literals) out.push_back(Candidate{0, v.i, {}});
            out.push_back(Candidate{0, -1, {}});
            break;
        case FactType::Integer:
            number(info.min ? *info.min : -1e9);
            number(info.max ? *info.max : 1e9);
            for (const CValue& v : literals) {
                for (double x :
                     {std::floor(v.num) - 1, std::floor(v.num), std::ceil(v.num), std::ceil(v.num) + 1})
                    number(x);
            }
            break;
        case FactType::Number: {
            constexpr double inf = std::numeric_limits<double>::infinity();
            number(info.min ? *info.min : -1e9);
            number(info.max ? *info.max : 1e9);
            for (const CValue& v : literals) {
                for (double x : {std::nextafter(v.num, -inf), v.num, std::nextafter(v.num, inf)}) number(x);
            }
            break;
        }
        case FactType::Date:
            out.push_back(Candidate{0, ctx.reference.days, {}});
            for (const CValue& v : literals) {
                for (std::int32_t d : {v.i - 1, v.i, v.i + 1}) out.push_back(Candidate{0, d, {}});
            }
            break;
        case FactType::Set: {
            std::vector<std::int32_t> named;
            for (const CValue& v : literals) {
                if (std::find(named.begin(), named.end(), v.i) == named.end()) named.push_back(v.i);
            }
            for (std::uint32_t mask = 0; mask < (1u << std::min<std::size_t>(named.size(), 16)); ++mask) {
                Candidate c;
                for (std::size_t k = 0; k < named.size(); ++k) {
                    if (mask >> k & 1) c.set.push_back(named[k]);
                }
                std::sort(c.set.begin(), c.set.end());
                out.push_back(std::move(c));
            }
            break;
        }
    }
    // The same value twice would only repeat work (several leaves use one threshold).
    std::sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) {
        return std::tie(a.num, a.sym, a.set) < std::tie(b.num, b.sym, b.set);
    });
    out.erase(std::unique(out.begin(), out.end(),
                          [](const Candidate& a, const Candidate& b) {
                              return a.num == b.num && a.sym == b.sym && a.set == b.set;
                          }),
              out.end());
    return out;
}

}  // namespace

std::optional<Plan> best_case_exhaustive(const EvalContext& base, const Case& c,
                                         std::size_t max_assignments) {
    const Catalogue::Impl& impl = *base.impl;
    const std::vector<Evaluated> valid = evaluated_schemes(base, c);
    // The leaves of every valid scheme's condition and amounts, per unknown fact: their literals.
    std::vector<std::vector<CValue>> literals(kFactCount);
    std::vector<bool> asked(kFactCount, false);
    for (const Evaluated& e : valid) {
        const CScheme& cs = impl.schemes[static_cast<std::size_t>(e.scheme)];
        std::vector<std::uint32_t> leaves;
        collect_leaves(impl, cs.root, leaves);
        for (const CAmount* a : {&cs.amount, &cs.percent, &cs.rate, &cs.threshold, &cs.cap}) {
            for (std::uint32_t i = 0; i < a->cases.count; ++i) {
                const CAmountCase& ac = impl.amount_cases[a->cases.begin + i];
                if (ac.when >= 0) collect_leaves(impl, static_cast<std::uint32_t>(ac.when), leaves);
            }
        }
        for (std::uint32_t leaf : leaves) {
            const auto f = static_cast<std::size_t>(impl.nodes[leaf].fact);
            if (base.facts->known[f]) continue;
            asked[f] = true;
            bool found = true;
            const Span span = operand_values(base, impl.operands[impl.nodes[leaf].a], found);
            for (std::uint32_t k = 0; k < span.count; ++k) literals[f].push_back(impl.values[span.begin + k]);
        }
    }
    std::vector<Fact> facts;
    std::vector<std::vector<Candidate>> domains;
    std::size_t assignments = 1;
    for (std::size_t f = 0; f < asked.size(); ++f) {
        if (!asked[f]) continue;
        facts.push_back(static_cast<Fact>(f));
        domains.push_back(domain(base, static_cast<Fact>(f), literals[f]));
        if (domains.back().empty()) return std::nullopt;
        assignments *= domains.back().size();
        if (assignments > max_assignments) return std::nullopt;
    }
    FactValues values = *base.facts;
    EvalContext ctx = base;
    ctx.facts = &values;
    std::optional<Plan> best;
    StackInput best_input;
    std::vector<std::size_t> digit(facts.size(), 0);
    for (std::size_t n = 0; n < assignments; ++n) {
        for (std::size_t k = 0, rest = n; k < facts.size(); ++k) {
            digit[k] = rest % domains[k].size();
            rest /= domains[k].size();
            assign(values, facts[k], domains[k][digit[k]]);
        }
        std::vector<std::int32_t> granted;
        for (const Evaluated& e : valid) {
            if (eval_node(ctx, impl.schemes[static_cast<std::size_t>(e.scheme)].root) == Tri::True)
                granted.push_back(e.scheme);
        }
        StackInput input = build_stack_input(ctx, c, granted, Pick::Lowest);
        Plan plan = stack(input, StackOptions{false});
        if (!best || better_best_case(plan, *best)) {
            best = std::move(plan);
            best_input = std::move(input);
        }
    }
    return stack(best_input);
}

}  // namespace sw::engine

// best_case_domains.cpp: finite domains for unknown facts, reduced by leaf-outcome signatures.
#include "best_case_domains.h"

#include <algorithm>
#include <cmath>

namespace sw::engine {
namespace {

// The set facts (quality, benefits); keyed facts share the Set type but are answered per key.
bool info_is_set(Fact fact) {
    return fact_info(fact).type == FactType::Set && !is_keyed(fact);
}

}  // namespace

void assign(FactValues& facts, Fact fact, const Candidate& value) {
    const auto i = static_cast<std::size_t>(fact);
    facts.known[i] = true;
    facts.num[i] = value.num;
    facts.sym[i] = value.sym;
    if (info_is_set(fact)) facts.set_of(fact) = value.set;
}

void unassign(FactValues& facts, Fact fact) {
    const auto i = static_cast<std::size_t>(fact);
    facts.known[i] = false;
    if (info_is_set(fact)) facts.set_of(fact).clear();
}

namespace {

std::vector<Candidate> raw_candidates(const EvalContext& ctx, Fact fact, const std::vector<std::uint32_t>& leaves) {
    const Catalogue::Impl& impl = *ctx.impl;
    const FactInfo& info = fact_info(fact);
    std::vector<Candidate> out;
    if (is_keyed(fact)) {
        // Every key the case leaves open answered yes, or every one no (kleene.h KeyedAnswer).
        out.push_back(Candidate{0, 1, {}});
        out.push_back(Candidate{0, 0, {}});
        return out;
    }
    std::vector<CValue> literals;
    for (std::uint32_t leaf : leaves) {
        bool found = true;
        const Span span = operand_values(ctx, impl.operands[impl.nodes[leaf].a], found);
        for (std::uint32_t k = 0; k < span.count; ++k) literals.push_back(impl.values[span.begin + k]);
    }
    switch (info.type) {
        case FactType::Boolean:
            out.push_back(Candidate{0, 0, {}});
            out.push_back(Candidate{0, 1, {}});
            break;
        case FactType::Enum:
            for (const std::string& v : info.values) out.push_back(Candidate{0, impl.symbol(v), {}});
            break;
        case FactType::Vocabulary:
            for (std::int32_t s : impl.sector_symbols) out.push_back(Candidate{0, s, {}});
            break;
        case FactType::Text:
            for (const CValue& v : literals) out.push_back(Candidate{0, v.i, {}});
            out.push_back(Candidate{0, -1, {}});  // a value no rule names
            break;
        case FactType::Integer:
        case FactType::Number: {
            const double lo = info.min ? *info.min : -1e9, hi = info.max ? *info.max : 1e9;
            std::vector<double> points;
            for (const CValue& v : literals) points.push_back(v.num);
            std::sort(points.begin(), points.end());
            std::vector<double> tries = {lo, hi};
            for (std::size_t k = 0; k < points.size(); ++k) {
                const double t = points[k];
                if (info.type == FactType::Integer) {
                    for (double x : {std::floor(t) - 1, std::floor(t), std::ceil(t), std::ceil(t) + 1}) tries.push_back(x);
                } else {
                    tries.push_back(t);
                    tries.push_back(k == 0 ? t - 1 : (points[k - 1] + t) / 2);
                    tries.push_back(t + 1);
                }
            }
            for (double x : tries) {
                if (x >= lo && x <= hi) out.push_back(Candidate{x, 0, {}});
            }
            break;
        }
        case FactType::Date:
            out.push_back(Candidate{0, ctx.reference.days, {}});
            for (const CValue& v : literals) {
                for (std::int64_t d : {static_cast<std::int64_t>(v.i) - 1, static_cast<std::int64_t>(v.i), static_cast<std::int64_t>(v.i) + 1}) {
                    if (d > INT32_MIN && d < INT32_MAX) out.push_back(Candidate{0, static_cast<std::int32_t>(d), {}});
                }
            }
            break;
        case FactType::Set: {
            std::vector<std::int32_t> named;
            for (const CValue& v : literals) {
                if (std::find(named.begin(), named.end(), v.i) == named.end()) named.push_back(v.i);
            }
            std::sort(named.begin(), named.end());
            if (named.size() > 10) named.resize(10);  // the contract's set has 5 values
            for (std::uint32_t mask = 0; mask < (1u << named.size()); ++mask) {
                Candidate c;
                for (std::size_t k = 0; k < named.size(); ++k) {
                    if (mask & (1u << k)) c.set.push_back(named[k]);
                }
                out.push_back(std::move(c));
            }
            break;
        }
    }
    return out;
}

}  // namespace

std::vector<Candidate> candidate_values(const EvalContext& ctx, Fact fact, const std::vector<std::uint32_t>& leaves) {
    std::vector<Candidate> out;
    std::vector<std::vector<bool>> signatures;
    FactValues probe = *ctx.facts;
    for (Candidate& c : raw_candidates(ctx, fact, leaves)) {
        assign(probe, fact, c);
        std::vector<bool> sig;
        sig.reserve(leaves.size());
        for (std::uint32_t leaf : leaves) sig.push_back(compare_leaf(ctx, ctx.impl->nodes[leaf], probe));
        if (std::find(signatures.begin(), signatures.end(), sig) != signatures.end()) continue;
        signatures.push_back(std::move(sig));
        out.push_back(std::move(c));
    }
    return out;
}

}  // namespace sw::engine

// lint_satisfiable.cpp: see lint_satisfiable.h. Per fact, a conjunction of leaves is a set of
// bounds (numbers, dates), of allowed and excluded values (enumerations, codes, booleans, text),
// or of must-contain / must-not-contain marks (the quality set); each is checked for emptiness.
#include "lint_satisfiable.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <variant>

#include "stapelwijzer/facts.h"

namespace sw::lint {

namespace {

struct Literal {
    const Condition* leaf;
    bool negated;
};
using Conjunct = std::vector<Literal>;
using Dnf = std::vector<Conjunct>;

constexpr std::size_t kMaxAlternatives = 512;

// Expands `c` (negated if `neg`) into alternatives; nullopt when it grows too large.
std::optional<Dnf> expand(const Condition& c, bool neg) {
    switch (c.type) {
        case Condition::Type::Leaf: return Dnf{{Literal{&c, neg}}};
        case Condition::Type::SchemeStatus:
        case Condition::Type::EmployerContribution: return Dnf{{}};  // assumed satisfiable either way
        case Condition::Type::Not:
            if (c.children.size() != 1) return Dnf{{}};
            return expand(c.children[0], !neg);
        case Condition::Type::All:
        case Condition::Type::Any: break;
    }
    // all (or a negated any) is a conjunction of its children; any (or a negated all) a disjunction.
    const bool conjunction = (c.type == Condition::Type::All) != neg;
    Dnf out = conjunction ? Dnf{{}} : Dnf{};
    for (const Condition& child : c.children) {
        auto d = expand(child, neg);
        if (!d) return std::nullopt;
        if (conjunction) {
            Dnf product;
            for (const Conjunct& a : out)
                for (const Conjunct& b : *d) {
                    Conjunct both = a;
                    both.insert(both.end(), b.begin(), b.end());
                    product.push_back(std::move(both));
                    if (product.size() > kMaxAlternatives) return std::nullopt;
                }
            out = std::move(product);
        } else {
            out.insert(out.end(), d->begin(), d->end());
            if (out.size() > kMaxAlternatives) return std::nullopt;
        }
    }
    return out;
}

double number_of(const Scalar& s) {
    if (const double* d = std::get_if<double>(&s)) return *d;
    if (const Date* d = std::get_if<Date>(&s)) return d->days;
    if (const bool* b = std::get_if<bool>(&s)) return *b ? 1 : 0;
    return NAN;
}

std::string key_of(const Scalar& s) {
    if (const std::string* str = std::get_if<std::string>(&s)) return *str;
    if (const bool* b = std::get_if<bool>(&s)) return *b ? "true" : "false";
    return std::to_string(number_of(s));
}

Op negate(Op op) {
    switch (op) {
        case Op::Eq: return Op::Ne;
        case Op::Ne: return Op::Eq;
        case Op::Lt: return Op::Ge;
        case Op::Le: return Op::Gt;
        case Op::Gt: return Op::Le;
        case Op::Ge: return Op::Lt;
        case Op::In: return Op::NotIn;
        case Op::NotIn: return Op::In;
        case Op::Between: return Op::Between;  // handled by the caller (not an interval)
    }
    return op;
}

// Bounds on a number or date.
struct Range {
    double lo = -INFINITY, hi = INFINITY;
    bool lo_strict = false, hi_strict = false;
    std::optional<std::set<double>> only;  // = / in
    std::set<double> excluded;             // != / not_in
    bool integral = false;

    void lower(double v, bool strict) {
        if (v > lo || (v == lo && strict)) lo = v, lo_strict = strict;
    }
    void upper(double v, bool strict) {
        if (v < hi || (v == hi && strict)) hi = v, hi_strict = strict;
    }
    void restrict_to(const std::set<double>& values) {
        if (!only) {
            only = values;
            return;
        }
        std::set<double> both;
        for (double v : values)
            if (only->count(v)) both.insert(v);
        only = both;
    }
    bool inside(double v) const {
        if (v < lo || (v == lo && lo_strict) || v > hi || (v == hi && hi_strict)) return false;
        if (integral && v != std::floor(v)) return false;
        return !excluded.count(v);
    }
    bool empty() const {
        if (only) return std::none_of(only->begin(), only->end(), [&](double v) { return inside(v); });
        double a = lo, b = hi;
        if (integral) {
            a = lo_strict ? std::floor(lo) + 1 : std::ceil(lo);
            b = hi_strict ? std::ceil(hi) - 1 : std::floor(hi);
            if (a > b) return true;
            // A short integer range may be used up by exclusions (age != 18 and age in 18..18).
            if (b - a < 64) {
                for (double v = a; v <= b; ++v)
                    if (!excluded.count(v)) return false;
                return true;
            }
            return false;
        }
        if (a > b) return true;
        if (a == b) return lo_strict || hi_strict || excluded.count(a);
        return false;
    }
};

// Allowed / excluded values of an enumeration, code, boolean or text fact.
struct Choice {
    std::optional<std::set<std::string>> only;
    std::set<std::string> excluded;
    std::optional<std::set<std::string>> universe;  // every value the fact can take, if closed

    void restrict_to(const std::set<std::string>& values) {
        if (!only) {
            only = values;
            return;
        }
        std::set<std::string> both;
        for (const auto& v : values)
            if (only->count(v)) both.insert(v);
        only = both;
    }
    bool empty() const {
        const std::set<std::string>* pool = only ? &*only : universe ? &*universe : nullptr;
        if (!pool) return false;  // open vocabulary (municipality): excluding values never empties it
        return std::all_of(pool->begin(), pool->end(), [&](const std::string& v) { return excluded.count(v) > 0; });
    }
};

// Must-contain / must-not-contain marks of the set fact (course.quality).
struct Marks {
    std::set<std::string> must, must_not;
    std::vector<std::set<std::string>> any_of;
    bool empty() const {
        for (const auto& m : must)
            if (must_not.count(m)) return true;
        for (const auto& list : any_of)
            if (std::all_of(list.begin(), list.end(), [&](const std::string& v) { return must_not.count(v) > 0; }))
                return true;
        return false;
    }
};

struct FactState {
    Range range;
    Choice choice;
    Marks marks;
};

// True when the alternative can hold; sets `conflict` to the first fact that cannot.
bool conjunct_ok(const Conjunct& conj, const CatalogueSpec& spec, std::optional<Date> from, std::optional<Date> to,
                 std::string& conflict) {
    std::map<Fact, FactState> facts;
    auto state = [&](Fact f) -> FactState& {
        auto it = facts.find(f);
        if (it != facts.end()) return it->second;
        FactState s;
        const FactInfo& info = fact_info(f);
        if (info.min) s.range.lower(*info.min, false);
        if (info.max) s.range.upper(*info.max, false);
        s.range.integral = info.type == FactType::Integer || info.type == FactType::Date;
        if (info.type == FactType::Enum) s.choice.universe = std::set<std::string>(info.values.begin(), info.values.end());
        if (info.type == FactType::Boolean) s.choice.universe = std::set<std::string>{"true", "false"};
        if (info.type == FactType::Vocabulary) {
            std::set<std::string> codes;
            for (const auto& v : spec.sectors) codes.insert(v.code);
            s.choice.universe = codes;
        }
        if (f == Fact::ReferenceDate) {
            if (from) s.range.lower(from->days, false);
            if (to) s.range.upper(to->days, false);
        }
        return facts.emplace(f, std::move(s)).first->second;
    };
    if (from || to) state(Fact::ReferenceDate);

    for (const Literal& lit : conj) {
        const Condition& c = *lit.leaf;
        if (!c.operand.param.empty()) continue;  // values change by date: not judged here
        const FactType type = fact_info(c.fact).type;
        FactState& s = state(c.fact);
        if (c.op == Op::Between) {
            if (lit.negated || c.operand.values.size() != 2) continue;  // outside a window is not one interval
            s.range.lower(number_of(c.operand.values[0]), false);
            s.range.upper(number_of(c.operand.values[1]), false);
            continue;
        }
        const Op op = lit.negated ? negate(c.op) : c.op;
        const auto& vals = c.operand.values;
        if (vals.empty()) continue;
        if (type == FactType::Set) {  // also the keyed course lists: must / must not be on a list
            std::set<std::string> keys;
            for (const Scalar& v : vals) keys.insert(key_of(v));
            if (op == Op::Eq) s.marks.must.insert(keys.begin(), keys.end());
            else if (op == Op::Ne || op == Op::NotIn) s.marks.must_not.insert(keys.begin(), keys.end());
            else if (op == Op::In) s.marks.any_of.push_back(keys);
            continue;
        }
        if (type == FactType::Integer || type == FactType::Number || type == FactType::Date) {
            const double v = number_of(vals[0]);
            switch (op) {
                case Op::Eq: s.range.restrict_to({v}); break;
                case Op::Ne: s.range.excluded.insert(v); break;
                case Op::Lt: s.range.upper(v, true); break;
                case Op::Le: s.range.upper(v, false); break;
                case Op::Gt: s.range.lower(v, true); break;
                case Op::Ge: s.range.lower(v, false); break;
                case Op::In: {
                    std::set<double> all;
                    for (const Scalar& x : vals) all.insert(number_of(x));
                    s.range.restrict_to(all);
                    break;
                }
                case Op::NotIn:
                    for (const Scalar& x : vals) s.range.excluded.insert(number_of(x));
                    break;
                case Op::Between: break;
            }
            continue;
        }
        std::set<std::string> keys;
        for (const Scalar& v : vals) keys.insert(key_of(v));
        if (op == Op::Eq || op == Op::In) s.choice.restrict_to(keys);
        else if (op == Op::Ne || op == Op::NotIn) s.choice.excluded.insert(keys.begin(), keys.end());
    }
    for (const auto& [fact, s] : facts) {
        if (s.range.empty() || s.choice.empty() || s.marks.empty()) {
            conflict = fact_info(fact).path;
            return false;
        }
    }
    return true;
}

}  // namespace

Satisfiability check_satisfiable(const Condition& condition, const CatalogueSpec& spec, std::optional<Date> from,
                                 std::optional<Date> to) {
    Satisfiability out;
    auto dnf = expand(condition, false);
    if (!dnf) return out;
    if (dnf->empty()) {
        out.satisfiable = false;  // an empty `any` is never true
        return out;
    }
    for (const Conjunct& conj : *dnf) {
        std::string conflict;
        if (conjunct_ok(conj, spec, from, to, conflict)) return out;
        if (out.conflict.empty()) out.conflict = conflict;
    }
    out.satisfiable = false;
    return out;
}

}  // namespace sw::lint

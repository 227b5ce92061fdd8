// stacking_prepare.cpp: turns a StackInput into the cleaned, indexed form the optimiser works on.
// Done once per stack() call, so the search itself never re-checks input.
#include <algorithm>

#include "stacking_internal.h"

namespace sw::engine::stacking {

namespace {

Cents clamp_cents(Cents c) { return std::clamp<Cents>(c, 0, kMaxCents); }

bool valid_index(int i, int n) { return i >= 0 && i < n; }

}  // namespace

Cents percent_of(Cents amount, std::int64_t bp) {
    amount = clamp_cents(amount);
    bp = std::clamp<std::int64_t>(bp, 0, kMaxBasisPoints);
    // amount = q * 10000 + r, so amount * bp / 10000 = q * bp + r * bp / 10000 exactly:
    // no intermediate exceeds 10^15 * 10^4 / 10^4 + 10^8.
    const Cents q = amount / 10000;
    const Cents r = amount % 10000;
    return q * bp + (r * bp) / 10000;
}

Prepared prepare(const StackInput& input) {
    Prepared p;
    p.input = &input;
    p.n = static_cast<int>(input.schemes.size());
    for (int c = 0; c < kComponentCount; ++c) {
        p.costs[static_cast<std::size_t>(c)] = clamp_cents(input.costs[static_cast<std::size_t>(c)]);
        p.total += p.costs[static_cast<std::size_t>(c)];
    }

    // Application order (docs/semantics.md step 2): ascending priority, ties by id; the index only makes
    // the order total if a caller passes duplicate ids.
    for (int i = 0; i < p.n; ++i) {
        if (input.schemes[static_cast<std::size_t>(i)].kind != Kind::Service) p.order.push_back(i);
    }
    std::sort(p.order.begin(), p.order.end(), [&](int a, int b) {
        const StackScheme& x = p.scheme(a);
        const StackScheme& y = p.scheme(b);
        if (x.priority != y.priority) return x.priority < y.priority;
        if (x.id != y.id) return x.id < y.id;
        return a < b;
    });
    for (int i : p.order) {
        switch (p.scheme(i).kind) {
            case Kind::Gift: p.gifts.push_back(i); break;
            case Kind::Obligation: p.obligations.push_back(i); break;
            case Kind::Loan: p.loans.push_back(i); break;
            case Kind::Deduction: p.deductions.push_back(i); break;
            case Kind::Service: break;
        }
    }

    // Conflicts are symmetric (docs/semantics.md step 4): `a excludes b` keeps both apart, and an
    // exclusive scheme combines with no other gift scheme.
    p.conflict.assign(static_cast<std::size_t>(p.n) * static_cast<std::size_t>(p.n), 0);
    auto mark = [&](int a, int b) {
        if (a == b) return;
        p.conflict[static_cast<std::size_t>(a * p.n + b)] = 1;
        p.conflict[static_cast<std::size_t>(b * p.n + a)] = 1;
    };
    for (int a = 0; a < p.n; ++a) {
        const StackScheme& s = p.scheme(a);
        for (int b : s.excludes) {
            if (valid_index(b, p.n)) mark(a, b);
        }
        if (s.exclusive) {
            for (int b = 0; b < p.n; ++b) {
                if (p.scheme(b).kind == Kind::Gift) mark(a, b);
            }
        }
    }

    p.requires_schemes.resize(static_cast<std::size_t>(p.n));
    p.potential.assign(static_cast<std::size_t>(p.n), 0);
    for (int i = 0; i < p.n; ++i) {
        for (int r : p.scheme(i).requires_schemes) {
            p.requires_schemes[static_cast<std::size_t>(i)].push_back(valid_index(r, p.n) && r != i ? r : -1);
        }
        if (p.scheme(i).kind == Kind::Gift || p.scheme(i).kind == Kind::Obligation) {
            p.potential[static_cast<std::size_t>(i)] = pay_scheme(p.scheme(i), p.costs, p.costs).amount;
        }
    }
    return p;
}

}  // namespace sw::engine::stacking

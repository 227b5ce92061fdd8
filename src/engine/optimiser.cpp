// optimiser.cpp: the exact optimum over subsets of eligible gift schemes (domain.md step 5) by
// branch and bound. Two searches, so each bound only has to be sound for one key:
//   1. the lowest own payment O* (branch on high-potential schemes first, prune when no
//      completion can pay more than the best plan so far);
//   2. for k = 0, 1, 2, ...: the first subset of exactly k schemes, in lexicographic order of its
//      sorted ids, whose own payment is O*. Combinations are visited in that order, so the first
//      hit is the tie-break winner.
// The bound (docs/stacking.md "Why the bound is sound"): whatever the order, caps, bases and
// interactions, in any plan a scheme pays at most its solo amount (`potential`) and a component
// receives at most its cost. So what a set of schemes pays together is at most the maximum flow
// from schemes (capacity: potential) to the components they cover (capacity: cost), which by
// max-flow/min-cut is min over component sets K of cost(K) + potential of the schemes covering
// something outside K. With only r more schemes allowed, the r largest such potentials.
#include <algorithm>
#include <array>

#include "stacking_internal.h"

namespace sw::engine::stacking {

namespace {

constexpr int kSubsets = 1 << kComponentCount;  // component sets K, as bit masks

// Bit K of the result is set when `covers` is not a subset of K: the scheme's edge to the
// source is cut for that K.
std::uint64_t not_within_mask(const std::array<bool, kComponentCount>& covers) {
    std::uint64_t mask = 0;
    for (int k = 0; k < kSubsets; ++k) {
        for (int c = 0; c < kComponentCount; ++c) {
            if (covers[static_cast<std::size_t>(c)] && !(k & (1 << c))) {
                mask |= std::uint64_t{1} << k;
                break;
            }
        }
    }
    return mask;
}

enum class State : std::uint8_t { Undecided, In, Out };

class Search {
public:
    explicit Search(const Prepared& prep) : p_(prep), g_(static_cast<int>(prep.gifts.size())) {
        for (int i = 0; i < g_; ++i) scheme_of_.push_back(prep.gifts[static_cast<std::size_t>(i)]);
        adj_.resize(static_cast<std::size_t>(g_));
        obligation_keeps_out_.assign(static_cast<std::size_t>(g_), 0);
        for (int a = 0; a < g_; ++a) {
            for (int b = 0; b < g_; ++b) {
                if (prep.conflicts(scheme_of(a), scheme_of(b))) adj_[static_cast<std::size_t>(a)].push_back(b);
            }
            for (int o : prep.obligations) {
                if (prep.conflicts(o, scheme_of(a))) obligation_keeps_out_[static_cast<std::size_t>(a)] = 1;
            }
            pot_.push_back(prep.potential[static_cast<std::size_t>(scheme_of(a))]);
            not_within_.push_back(not_within_mask(prep.scheme(scheme_of(a)).covers));
            subsidiary_.push_back(prep.scheme(scheme_of(a)).subsidiary ? 1 : 0);
        }
        state_.assign(static_cast<std::size_t>(g_), State::Undecided);
        blocked_.assign(static_cast<std::size_t>(g_), 0);
        for (int k = 0; k < kSubsets; ++k) {
            Cents cost = 0;
            for (int c = 0; c < kComponentCount; ++c) {
                if (k & (1 << c)) cost += prep.costs[static_cast<std::size_t>(c)];
            }
            // Obligations may always apply: their potential counts in every bound.
            for (int o : prep.obligations) {
                if (not_within_mask(prep.scheme(o).covers) >> k & 1) cost += prep.potential[static_cast<std::size_t>(o)];
            }
            fixed_k_[static_cast<std::size_t>(k)] = cost;
        }
        for (int a = 0; a < g_; ++a) add_available(a, +1);
        // Branch order of search 1: largest potential first (good plans early), ties by id order.
        by_potential_.resize(static_cast<std::size_t>(g_));
        for (int a = 0; a < g_; ++a) by_potential_[static_cast<std::size_t>(a)] = a;
        std::stable_sort(by_potential_.begin(), by_potential_.end(),
                         [&](int a, int b) { return pot_[static_cast<std::size_t>(a)] > pot_[static_cast<std::size_t>(b)]; });
        // Branch order of search 2: by id, so combinations come in lexicographic order.
        by_id_ = by_potential_;
        std::sort(by_id_.begin(), by_id_.end(), [&](int a, int b) {
            return prep.scheme(scheme_of(a)).id != prep.scheme(scheme_of(b)).id
                       ? prep.scheme(scheme_of(a)).id < prep.scheme(scheme_of(b)).id
                       : scheme_of(a) < scheme_of(b);
        });
    }

    Choice run() {
        Choice choice;
        const PlanRun empty = run_plan(p_, std::vector<char>(static_cast<std::size_t>(p_.n), 0));
        best_own_ = empty.own_payment;  // the empty subset is always feasible
        best_count_ = 0;
        search_lowest(0);
        const Cents target = best_own_;
        for (int k = 0; k <= best_count_; ++k) {
            found_.clear();
            if (search_first(0, k, target)) break;
        }
        choice.gifts = found_;
        std::sort(choice.gifts.begin(), choice.gifts.end(), [&](int a, int b) { return ids_less(p_, {a}, {b}); });
        choice.own_payment = target;
        choice.nodes = nodes_;
        return choice;
    }

private:
    int scheme_of(int a) const { return scheme_of_[static_cast<std::size_t>(a)]; }
    bool available(int a) const {
        return state_[static_cast<std::size_t>(a)] == State::Undecided && blocked_[static_cast<std::size_t>(a)] == 0;
    }

    // avail_k_ holds, per K, the potential of in-or-available gifts covering something outside K.
    void add_available(int a, int sign) {
        std::uint64_t bits = not_within_[static_cast<std::size_t>(a)];
        const Cents delta = sign * pot_[static_cast<std::size_t>(a)];
        while (bits) {
            const int k = __builtin_ctzll(bits);
            bits &= bits - 1;
            avail_k_[static_cast<std::size_t>(k)] += delta;
        }
    }
    void add_in(int a, int sign) {
        std::uint64_t bits = not_within_[static_cast<std::size_t>(a)];
        const Cents delta = sign * pot_[static_cast<std::size_t>(a)];
        while (bits) {
            const int k = __builtin_ctzll(bits);
            bits &= bits - 1;
            in_k_[static_cast<std::size_t>(k)] += delta;
        }
    }

    void include(int a) {
        state_[static_cast<std::size_t>(a)] = State::In;
        add_in(a, +1);
        ++in_count_;
        for (int b : adj_[static_cast<std::size_t>(a)]) {
            if (blocked_[static_cast<std::size_t>(b)]++ == 0 && state_[static_cast<std::size_t>(b)] == State::Undecided) {
                add_available(b, -1);
            }
        }
    }
    void undo_include(int a) {
        for (int b : adj_[static_cast<std::size_t>(a)]) {
            if (--blocked_[static_cast<std::size_t>(b)] == 0 && state_[static_cast<std::size_t>(b)] == State::Undecided) {
                add_available(b, +1);
            }
        }
        --in_count_;
        add_in(a, -1);
        state_[static_cast<std::size_t>(a)] = State::Undecided;
    }
    void exclude(int a) {
        state_[static_cast<std::size_t>(a)] = State::Out;
        add_available(a, -1);
    }
    void undo_exclude(int a) {
        state_[static_cast<std::size_t>(a)] = State::Undecided;
        add_available(a, +1);
    }

    // Upper bound on what gifts and obligations can pay in any completion (no count limit).
    Cents bound_unlimited() const {
        Cents best = kMaxCents * 64;
        for (std::size_t k = 0; k < kSubsets; ++k) best = std::min(best, fixed_k_[k] + avail_k_[k]);
        return best;
    }

    // The same when at most `r` more gift schemes may join.
    Cents bound_limited(int r) const {
        Cents best = kMaxCents * 64;
        for (int k = 0; k < kSubsets; ++k) {
            Cents v = fixed_k_[static_cast<std::size_t>(k)] + in_k_[static_cast<std::size_t>(k)];
            int taken = 0;
            for (int a : by_potential_) {
                if (taken == r || v >= best) break;
                if (available(a) && (not_within_[static_cast<std::size_t>(a)] >> k & 1)) {
                    v += pot_[static_cast<std::size_t>(a)];
                    ++taken;
                }
            }
            best = std::min(best, v);
        }
        return best;
    }

    // A chosen subsidiary scheme needs every other gift scheme in the plan or kept out by a
    // non-subsidiary member. False if some gift that can no longer join can no longer be kept out.
    bool subsidiary_still_possible() const {
        for (int s = 0; s < g_; ++s) {
            if (state_[static_cast<std::size_t>(s)] != State::In || !subsidiary_[static_cast<std::size_t>(s)]) continue;
            for (int g = 0; g < g_; ++g) {
                if (g == s || state_[static_cast<std::size_t>(g)] == State::In || available(g)) continue;
                if (obligation_keeps_out_[static_cast<std::size_t>(g)]) continue;
                bool can_keep_out = false;
                for (int m : adj_[static_cast<std::size_t>(g)]) {
                    if (subsidiary_[static_cast<std::size_t>(m)]) continue;
                    if (state_[static_cast<std::size_t>(m)] == State::In || available(m)) {
                        can_keep_out = true;
                        break;
                    }
                }
                if (!can_keep_out) return false;
            }
        }
        return true;
    }

    std::vector<int> chosen() const {
        std::vector<int> out;
        for (int a = 0; a < g_; ++a) {
            if (state_[static_cast<std::size_t>(a)] == State::In) out.push_back(scheme_of(a));
        }
        return out;
    }

    PlanRun evaluate() const {
        std::vector<char> in(static_cast<std::size_t>(p_.n), 0);
        for (int i : chosen()) in[static_cast<std::size_t>(i)] = 1;
        return run_plan(p_, in);
    }

    // Search 1: the lowest own payment (best_own_, with best_count_ of one subset reaching it).
    void search_lowest(std::size_t pos) {
        ++nodes_;
        if (p_.total - bound_unlimited() >= best_own_) return;
        if (!subsidiary_still_possible()) return;
        while (pos < by_potential_.size() && !available(by_potential_[pos])) ++pos;
        if (pos == by_potential_.size()) {
            const PlanRun run = evaluate();
            if (run.feasible && run.own_payment < best_own_) {
                best_own_ = run.own_payment;
                best_count_ = in_count_;
            }
            return;
        }
        const int a = by_potential_[pos];
        include(a);
        search_lowest(pos + 1);
        undo_include(a);
        exclude(a);
        search_lowest(pos + 1);
        undo_exclude(a);
    }

    // Search 2: the first subset of `need` more schemes (in id order) with own payment `target`.
    bool search_first(std::size_t pos, int need, Cents target) {
        ++nodes_;
        if (need == 0) {
            const PlanRun run = evaluate();
            if (run.feasible && run.own_payment == target) {
                found_ = chosen();
                return true;
            }
            return false;
        }
        while (pos < by_id_.size() && !available(by_id_[pos])) ++pos;
        int left = 0;
        for (std::size_t i = pos; i < by_id_.size(); ++i) left += available(by_id_[i]) ? 1 : 0;
        if (left < need) return false;
        if (p_.total - bound_unlimited() > target) return false;
        if (left > need && p_.total - bound_limited(need) > target) return false;
        if (!subsidiary_still_possible()) return false;
        const int a = by_id_[pos];
        include(a);
        const bool hit = search_first(pos + 1, need - 1, target);
        undo_include(a);
        if (hit) return true;
        exclude(a);
        const bool later = search_first(pos + 1, need, target);
        undo_exclude(a);
        return later;
    }

    const Prepared& p_;
    int g_;
    std::vector<int> scheme_of_;
    std::vector<std::vector<int>> adj_;
    std::vector<char> obligation_keeps_out_;
    std::vector<Cents> pot_;
    std::vector<std::uint64_t> not_within_;
    std::vector<char> subsidiary_;
    std::vector<State> state_;
    std::vector<int> blocked_;
    std::vector<int> by_potential_;
    std::vector<int> by_id_;
    std::array<Cents, kSubsets> fixed_k_{};
    std::array<Cents, kSubsets> avail_k_{};
    std::array<Cents, kSubsets> in_k_{};
    int in_count_ = 0;
    Cents best_own_ = 0;
    int best_count_ = 0;
    std::vector<int> found_;
    std::int64_t nodes_ = 0;
};

}  // namespace

bool ids_less(const Prepared& prep, const std::vector<int>& a, const std::vector<int>& b) {
    const std::size_t n = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < n; ++i) {
        const std::string& x = prep.scheme(a[i]).id;
        const std::string& y = prep.scheme(b[i]).id;
        if (x != y) return x < y;
        if (a[i] != b[i]) return a[i] < b[i];  // duplicate ids: the input order decides
    }
    return a.size() < b.size();
}

Choice optimise(const Prepared& prep) {
    Search search(prep);
    return search.run();
}

}  // namespace sw::engine::stacking

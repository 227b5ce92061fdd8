// optimiser.cpp: the exact optimum over subsets of eligible gift schemes (docs/semantics.md step 5) by
// branch and bound, one search per key of the ordering, so each bound only has to be sound for it:
//   1. the lowest own payment O*: branch on high-potential schemes first (good plans early), prune
//      when no completion can pay more than the best plan so far;
//   2. the fewest schemes, then the first sorted id list: for k = 0, 1, ... below the size of
//      search 1's subset, search subsets of exactly k schemes reaching O*, branching in id order
//      (so combinations come in lexicographic order and the first hit is the answer), pruned when
//      k - (chosen so far) more schemes cannot pay enough;
//   3. if no smaller subset reaches O*: the same search with k = the size of search 1's subset,
//      which is itself an answer, so only combinations that sort before it are tried.
// The bound (docs/stacking.md "Why the bound is sound"): whatever the order, caps, bases and
// interactions, in any plan a scheme pays at most its solo amount (`potential`) and a component
// receives at most its cost. So what a set of schemes pays together is at most the maximum flow
// from schemes (capacity: potential) to the components they cover (capacity: cost), which by
// max-flow/min-cut is the minimum over component sets K of cost(K) + the potentials of the
// schemes that cover something outside K. Gift schemes that exclude each other pairwise (a clique
// of the conflict graph) can add at most one of them: the largest. With at most r more schemes,
// the r largest of those clique maxima.
#include <algorithm>
#include <array>
#include <functional>
#include <limits>

#include "stacking_internal.h"

namespace sw::engine::stacking {

namespace {

constexpr int kSubsets = 1 << kComponentCount;  // component sets K, as bit masks

// Bit K of the result is set when `covers` is not a subset of K: the scheme's edge to the
// source is cut for that K.
std::uint64_t not_within_mask(const std::array<bool, kComponentCount>& covers) {
    int covered = 0;
    for (int c = 0; c < kComponentCount; ++c) covered |= covers[static_cast<std::size_t>(c)] ? 1 << c : 0;
    std::uint64_t mask = 0;
    for (int k = 0; k < kSubsets; ++k) {
        if (covered & ~k) mask |= std::uint64_t{1} << k;
    }
    return mask;
}

enum class State : std::uint8_t { Undecided, In, Out };

class Search {
public:
    Search(const Prepared& prep, const Budget& budget)
        : p_(prep), g_(static_cast<int>(prep.gifts.size())), budget_(budget) {
        for (int i = 0; i < g_; ++i) scheme_of_.push_back(prep.gifts[static_cast<std::size_t>(i)]);
        adj_.resize(static_cast<std::size_t>(g_));
        conflict_mask_.assign(static_cast<std::size_t>(g_), 0);
        obligation_keeps_out_.assign(static_cast<std::size_t>(g_), 0);
        for (int a = 0; a < g_; ++a) {
            for (int b = 0; b < g_; ++b) {
                if (!prep.conflicts(scheme_of(a), scheme_of(b))) continue;
                adj_[static_cast<std::size_t>(a)].push_back(b);
                if (g_ <= 64) conflict_mask_[static_cast<std::size_t>(a)] |= std::uint64_t{1} << b;
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
            cost_k_[static_cast<std::size_t>(k)] = cost;
        }
        // Only some K can give the minimum: adding a component that costs nothing to K never
        // raises the value, and adding one that no scheme covers never lowers it. So K holds
        // every free component and no uncovered one (halves the work in typical cases).
        int free_mask = 0;
        int covered_mask = 0;
        for (int c = 0; c < kComponentCount; ++c) {
            if (prep.costs[static_cast<std::size_t>(c)] == 0) free_mask |= 1 << c;
            for (int i : prep.order) {
                if (prep.scheme(i).covers[static_cast<std::size_t>(c)]) covered_mask |= 1 << c;
            }
        }
        for (int k = 0; k < kSubsets; ++k) {
            if ((k & free_mask) == (free_mask & covered_mask) && (k & ~covered_mask) == 0)
                useful_k_.push_back(k);
        }
        // Obligations apply by themselves, unless a requirement cannot be met: a required scheme
        // that is not eligible or comes later in the order (it has paid nothing yet at the
        // obligation's turn) rules it out for good; a required gift scheme rules it out at nodes
        // where that gift can no longer join.
        std::vector<int> position(static_cast<std::size_t>(prep.n), 0);
        for (std::size_t i = 0; i < prep.order.size(); ++i)
            position[static_cast<std::size_t>(prep.order[i])] = static_cast<int>(i);
        for (int o : prep.obligations) {
            Obligation ob;
            ob.potential = prep.potential[static_cast<std::size_t>(o)];
            ob.not_within = not_within_mask(prep.scheme(o).covers);
            bool possible = true;
            for (int r : prep.requires_schemes[static_cast<std::size_t>(o)]) {
                const bool before =
                    r >= 0 && position[static_cast<std::size_t>(r)] < position[static_cast<std::size_t>(o)];
                const Kind kind = r >= 0 ? prep.scheme(r).kind : Kind::Service;
                if (!before || (kind != Kind::Gift && kind != Kind::Obligation)) possible = false;
                if (possible && kind == Kind::Gift) {
                    for (int a = 0; a < g_; ++a) {
                        if (scheme_of(a) == r) ob.required_gifts.push_back(a);
                    }
                }
            }
            if (possible && ob.potential > 0) obligations_.push_back(ob);
        }
        for (int a = 0; a < g_; ++a) add_available(a, +1);
        // Branch order of search 1: largest potential first, ties by input order.
        by_potential_.resize(static_cast<std::size_t>(g_));
        for (int a = 0; a < g_; ++a) by_potential_[static_cast<std::size_t>(a)] = a;
        std::stable_sort(by_potential_.begin(), by_potential_.end(), [&](int a, int b) {
            return pot_[static_cast<std::size_t>(a)] > pot_[static_cast<std::size_t>(b)];
        });
        // Branch order of searches 2 and 3: by id, so combinations come in lexicographic order.
        by_id_ = by_potential_;
        std::sort(by_id_.begin(), by_id_.end(),
                  [&](int a, int b) { return id_before(scheme_of(a), scheme_of(b)); });
        for (int a = 0; a < g_; ++a) {
            if (!adj_[static_cast<std::size_t>(a)].empty()) in_conflict_.push_back(a);
        }
    }

    Choice run() {
        const PlanRun empty = run_plan(p_, std::vector<char>(static_cast<std::size_t>(p_.n), 0));
        best_own_ = empty.own_payment;  // the empty subset is always feasible
        best_count_ = 0;
        best_set_.assign(static_cast<std::size_t>(g_), 0);
        search_lowest(0);
        if (own_cut_) return finish_unproven(false);
        if (best_count_ == 0) return finish();  // no gift scheme at all: nothing to break ties on
        // Search 2: fewer schemes than search 1's subset, the first k with a hit.
        const Cents must_pay = p_.total - best_own_;
        for (int k = 0; k < best_count_; ++k) {
            if (bound_cliques(k) < must_pay) continue;
            found_.clear();
            if (search_first(0, k, true)) return finish();
            if (tie_cut_) return finish_unproven(true);
        }
        // Search 3: among subsets as large as search 1's, the first in id order.
        found_.clear();
        if (!search_first(0, best_count_, false)) {
            if (tie_cut_) return finish_unproven(true);
            // Unreachable: best_set_ itself is found at the latest. Kept so a bug cannot return
            // a plan worse than search 1's.
            for (int a = 0; a < g_; ++a) {
                if (best_set_[static_cast<std::size_t>(a)]) found_.push_back(scheme_of(a));
            }
        }
        return finish();
    }

private:
    Choice finish() {
        Choice choice;
        choice.gifts = found_;
        std::sort(choice.gifts.begin(), choice.gifts.end(), [&](int a, int b) { return id_before(a, b); });
        choice.own_payment = best_own_;
        choice.own_payment_lower_bound = best_own_;
        choice.nodes = nodes_;
        return choice;
    }

    // A budget ran out: search 1's subset, made smaller by leaving out, one by one (largest id
    // first, so the list also tends to sort early), every scheme without which the plan is still
    // allowed and pays as much. `own_proven`: false when search 1 itself was cut (its best plan
    // and the lower bound of the parts it did not search).
    Choice finish_unproven(bool own_proven) {
        std::vector<char> in(static_cast<std::size_t>(p_.n), 0);
        found_.clear();
        for (int a = 0; a < g_; ++a) {
            if (best_set_[static_cast<std::size_t>(a)]) found_.push_back(scheme_of(a));
        }
        std::sort(found_.begin(), found_.end(), [&](int a, int b) { return id_before(b, a); });
        for (int s : found_) in[static_cast<std::size_t>(s)] = 1;
        for (bool dropped = true; dropped;) {
            dropped = false;
            for (int s : found_) {
                if (!in[static_cast<std::size_t>(s)]) continue;
                in[static_cast<std::size_t>(s)] = 0;
                const PlanRun run = run_plan(p_, in);
                if (run.feasible && run.own_payment == best_own_) {
                    dropped = true;
                } else {
                    in[static_cast<std::size_t>(s)] = 1;
                }
            }
        }
        found_.erase(std::remove_if(found_.begin(), found_.end(),
                                    [&](int s) { return !in[static_cast<std::size_t>(s)]; }),
                     found_.end());
        Choice choice = finish();
        choice.tie_break_proven = false;
        if (!own_proven) {
            choice.optimal = false;
            choice.own_payment_lower_bound =
                std::max<Cents>(0, std::min(best_own_, p_.total - cut_most_paid_));
        }
        return choice;
    }

    int scheme_of(int a) const { return scheme_of_[static_cast<std::size_t>(a)]; }
    // ids_less() for two single schemes, without building lists.
    bool id_before(int a, int b) const {
        const std::string& x = p_.scheme(a).id;
        const std::string& y = p_.scheme(b).id;
        return x != y ? x < y : a < b;
    }
    // True if two gift schemes that can still join exclude each other: only then can the clique
    // bound be lower than the flow bound (with every clique a single scheme they are the same).
    bool conflict_among_available() const {
        for (int a : in_conflict_) {
            if (!available(a)) continue;
            for (int b : adj_[static_cast<std::size_t>(a)]) {
                if (available(b)) return true;
            }
        }
        return false;
    }
    bool available(int a) const {
        return state_[static_cast<std::size_t>(a)] == State::Undecided &&
               blocked_[static_cast<std::size_t>(a)] == 0;
    }

    static void add_over(std::array<Cents, kSubsets>& sums, std::uint64_t bits, Cents delta) {
        while (bits) {
            const int k = __builtin_ctzll(bits);
            bits &= bits - 1;
            sums[static_cast<std::size_t>(k)] += delta;
        }
    }
    // avail_k_: per K, the potential of chosen-or-available gifts covering something outside K.
    void add_available(int a, int sign) {
        add_over(avail_k_, not_within_[static_cast<std::size_t>(a)],
                 sign * pot_[static_cast<std::size_t>(a)]);
    }
    // in_k_: the same for chosen gifts only.
    void add_in(int a, int sign) {
        add_over(in_k_, not_within_[static_cast<std::size_t>(a)], sign * pot_[static_cast<std::size_t>(a)]);
    }

    void include(int a) {
        state_[static_cast<std::size_t>(a)] = State::In;
        add_in(a, +1);
        ++in_count_;
        in_subsidiary_ += subsidiary_[static_cast<std::size_t>(a)];
        for (int b : adj_[static_cast<std::size_t>(a)]) {
            if (blocked_[static_cast<std::size_t>(b)]++ == 0 &&
                state_[static_cast<std::size_t>(b)] == State::Undecided) {
                add_available(b, -1);
            }
        }
    }
    void undo_include(int a) {
        for (int b : adj_[static_cast<std::size_t>(a)]) {
            if (--blocked_[static_cast<std::size_t>(b)] == 0 &&
                state_[static_cast<std::size_t>(b)] == State::Undecided) {
                add_available(b, +1);
            }
        }
        --in_count_;
        in_subsidiary_ -= subsidiary_[static_cast<std::size_t>(a)];
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

    // Per K: cost(K) plus the potential of the obligations that may still apply and cover
    // something outside K (fixed_k_, refreshed at every node).
    void refresh_fixed() {
        fixed_k_ = cost_k_;
        for (const Obligation& ob : obligations_) {
            const bool possible = std::all_of(ob.required_gifts.begin(), ob.required_gifts.end(), [&](int a) {
                return state_[static_cast<std::size_t>(a)] == State::In || available(a);
            });
            if (possible) add_over(fixed_k_, ob.not_within, ob.potential);
        }
    }

    // Upper bound on what gifts and obligations pay in any completion: the flow bound, kept up to
    // date incrementally, O(64).
    Cents bound_flow() {
        refresh_fixed();
        Cents best = kMaxCents * 64;
        for (int k : useful_k_) {
            best =
                std::min(best, fixed_k_[static_cast<std::size_t>(k)] + avail_k_[static_cast<std::size_t>(k)]);
        }
        return best;
    }

    // The tighter bound: available gifts grouped into cliques of the conflict graph (greedily, by
    // potential), each clique adding only its largest potential; with r >= 0, at most r cliques.
    Cents bound_cliques(int r) {
        refresh_fixed();
        if (!conflict_among_available()) return bound_singletons(r);
        std::size_t used = 0;  // cliques_[0..used) are this call's; inner vectors keep their memory
        clique_common_.clear();
        for (int a : by_potential_) {
            if (!available(a)) continue;
            std::size_t c = 0;
            if (g_ <= 64) {
                while (c < used && !(clique_common_[c] >> a & 1)) ++c;
            } else {
                c = used;  // no masks beyond 64 gift schemes: every scheme its own clique
            }
            if (c == used) {
                if (used == cliques_.size()) cliques_.emplace_back();
                cliques_[used++].clear();
                clique_common_.push_back(~std::uint64_t{0});
            }
            cliques_[c].push_back(a);
            if (g_ <= 64) clique_common_[c] &= conflict_mask_[static_cast<std::size_t>(a)];
        }
        Cents best = kMaxCents * 64;
        for (int k : useful_k_) {
            const Cents base = fixed_k_[static_cast<std::size_t>(k)] + in_k_[static_cast<std::size_t>(k)];
            if (base >= best) continue;
            maxima_.clear();
            for (std::size_t c = 0; c < used; ++c) {
                for (int a : cliques_[c]) {  // members are in descending potential
                    if (not_within_[static_cast<std::size_t>(a)] >> k & 1) {
                        maxima_.push_back(pot_[static_cast<std::size_t>(a)]);
                        break;
                    }
                }
            }
            std::size_t take = maxima_.size();
            if (r >= 0 && static_cast<std::size_t>(r) < take) {
                take = static_cast<std::size_t>(r);
                std::nth_element(maxima_.begin(), maxima_.begin() + static_cast<std::ptrdiff_t>(take),
                                 maxima_.end(), std::greater<Cents>());
            }
            Cents v = base;
            for (std::size_t i = 0; i < take; ++i) v += maxima_[i];
            best = std::min(best, v);
        }
        return best;
    }

    // bound_cliques() when no two gift schemes that can still join exclude each other: every
    // clique is one scheme, so per K the r largest potentials (by_potential_ is in that order).
    Cents bound_singletons(int r) const {
        Cents best = kMaxCents * 64;
        for (int k : useful_k_) {
            Cents v = fixed_k_[static_cast<std::size_t>(k)] + in_k_[static_cast<std::size_t>(k)];
            int taken = 0;
            for (int a : by_potential_) {
                if (v >= best || (r >= 0 && taken == r)) break;
                if (!available(a) || !(not_within_[static_cast<std::size_t>(a)] >> k & 1)) continue;
                v += pot_[static_cast<std::size_t>(a)];
                ++taken;
            }
            best = std::min(best, v);
        }
        return best;
    }

    // A chosen subsidiary scheme needs every other gift scheme in the plan or kept out by a
    // non-subsidiary member. False if some gift that can no longer join can no longer be kept out.
    bool subsidiary_still_possible() const {
        if (in_subsidiary_ == 0) return true;
        for (int s = 0; s < g_; ++s) {
            if (state_[static_cast<std::size_t>(s)] != State::In || !subsidiary_[static_cast<std::size_t>(s)])
                continue;
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

    PlanRun evaluate() const {
        std::vector<char> in(static_cast<std::size_t>(p_.n), 0);
        for (int a = 0; a < g_; ++a) {
            if (state_[static_cast<std::size_t>(a)] == State::In)
                in[static_cast<std::size_t>(scheme_of(a))] = 1;
        }
        return run_plan(p_, in);
    }

    // Search 1: the lowest own payment (best_own_; best_count_ schemes of one subset reaching it).
    // Past its budget, every node still to search is left out, remembering the most its
    // completions could pay (the lower bound on the own payment of an unproven plan).
    void search_lowest(std::size_t pos) {
        ++nodes_;
        const Cents must_pay = p_.total - best_own_;  // paying this much ties the best plan
        const Cents flow = bound_flow();
        if (flow <= must_pay) return;
        // no completion pays more than the best plan so far
        if (conflict_among_available() && bound_cliques(-1) <= must_pay) return;
        if (nodes_ > budget_.own_payment_nodes) {
            own_cut_ = true;
            cut_most_paid_ = std::max(cut_most_paid_, flow);
            return;
        }
        if (!subsidiary_still_possible()) return;
        while (pos < by_potential_.size() && !available(by_potential_[pos])) ++pos;
        if (pos == by_potential_.size()) {
            const PlanRun run = evaluate();
            if (run.feasible &&
                (run.own_payment < best_own_ || (run.own_payment == best_own_ && in_count_ < best_count_))) {
                best_own_ = run.own_payment;
                best_count_ = in_count_;
                for (int a = 0; a < g_; ++a)
                    best_set_[static_cast<std::size_t>(a)] = state_[static_cast<std::size_t>(a)] == State::In;
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

    // Searches 2 and 3: the first subset of `need` more schemes, in id order, with the best own
    // payment. `before` false: the choices so far equal best_set_'s (which is an answer itself),
    // and branches that would sort after it are cut (search 3 only).
    bool search_first(std::size_t pos, int need, bool before) {
        const std::vector<int>& order = by_id_;
        ++nodes_;
        if (++tie_nodes_ > budget_.tie_break_nodes) tie_cut_ = true;
        if (tie_cut_) return false;
        if (need == 0) {
            const PlanRun run = evaluate();
            if (run.feasible && run.own_payment == best_own_) {
                found_.clear();
                for (int a = 0; a < g_; ++a) {
                    if (state_[static_cast<std::size_t>(a)] == State::In) found_.push_back(scheme_of(a));
                }
                return true;
            }
            return false;
        }
        while (pos < order.size() && !available(order[pos])) {
            if (!before && best_set_[static_cast<std::size_t>(order[pos])]) return false;  // would sort after
            ++pos;
        }
        int left = 0;
        for (std::size_t i = pos; i < order.size(); ++i) left += available(order[i]) ? 1 : 0;
        if (left < need) return false;
        const Cents must_pay = p_.total - best_own_;
        if (bound_flow() < must_pay || bound_cliques(need) < must_pay) return false;
        if (!subsidiary_still_possible()) return false;
        const int a = order[pos];
        const bool in_best = best_set_[static_cast<std::size_t>(a)] != 0;
        include(a);
        const bool hit = search_first(pos + 1, need - 1, before || !in_best);
        undo_include(a);
        if (hit) return true;
        if (!before && in_best) return false;  // leaving out a scheme of best_set_ sorts after it
        exclude(a);
        const bool later = search_first(pos + 1, need, before);
        undo_exclude(a);
        return later;
    }

    const Prepared& p_;
    int g_;
    Budget budget_;
    std::int64_t tie_nodes_ = 0;  // nodes of searches 2 and 3
    bool tie_cut_ = false;        // searches 2 and 3 ran out of budget
    bool own_cut_ = false;        // search 1 ran out of budget
    Cents cut_most_paid_ = 0;     // the most a completion left out by search 1's budget could pay
    std::vector<int> scheme_of_;
    std::vector<std::vector<int>> adj_;
    std::vector<std::uint64_t> conflict_mask_;  // only with at most 64 gift schemes
    std::vector<char> obligation_keeps_out_;
    std::vector<Cents> pot_;
    std::vector<std::uint64_t> not_within_;
    std::vector<char> subsidiary_;
    std::vector<State> state_;
    std::vector<int> blocked_;
    std::vector<int> by_potential_;
    std::vector<int> by_id_;
    std::vector<int> in_conflict_;  // gift schemes that exclude at least one other
    struct Obligation {
        Cents potential = 0;
        std::uint64_t not_within = 0;
        std::vector<int> required_gifts;  // local gift indices that must be in the plan
    };
    std::vector<Obligation> obligations_;    // those that may apply at all
    std::vector<int> useful_k_;              // the component sets K worth trying
    std::array<Cents, kSubsets> cost_k_{};   // cost(K)
    std::array<Cents, kSubsets> fixed_k_{};  // cost(K) + possible obligations (refresh_fixed)
    std::array<Cents, kSubsets> avail_k_{};
    std::array<Cents, kSubsets> in_k_{};
    std::vector<std::vector<int>> cliques_;  // scratch of bound_cliques()
    std::vector<std::uint64_t> clique_common_;
    std::vector<Cents> maxima_;
    int in_count_ = 0;
    int in_subsidiary_ = 0;  // chosen subsidiary schemes
    Cents best_own_ = 0;
    int best_count_ = 0;
    std::vector<char> best_set_;  // per gift: in the best subset of search 1
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

Choice optimise(const Prepared& prep, const Budget& budget) {
    Budget applied = budget;
    if (prep.gifts.size() <= budget.exact_up_to_gifts) {
        applied.own_payment_nodes = std::numeric_limits<std::int64_t>::max();
        applied.tie_break_nodes = std::numeric_limits<std::int64_t>::max();
    }
    Search search(prep, applied);
    return search.run();
}

}  // namespace sw::engine::stacking
